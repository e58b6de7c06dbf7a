import { describe, expect, it } from 'vitest';
import { findMarkup } from './markup';

describe('findMarkup', () => {
  it('finds HTML and entities', () => {
    expect(findMarkup('今年<b>增长</b>。')).toMatch(/HTML/);
    expect(findMarkup('growth&nbsp;of 6%')).toMatch(/HTML/);
  });

  it('finds Markdown', () => {
    expect(findMarkup('## 深化项目攻坚')).toMatch(/heading/);
    expect(findMarkup('- first item')).toMatch(/list/);
    expect(findMarkup('a **bold** claim')).toMatch(/bold/);
    expect(findMarkup('see [the report](https://example.org)')).toMatch(/link/);
    expect(findMarkup('> quoted')).toMatch(/quote/);
  });

  it('passes plain text, dashes, plus signs and formulas', () => {
    for (const s of [
      '构建“1+N”体系——全面推进。',
      'Growth of 6.5% – steady; 3 > 2 and 2 < 3.',
      '5-year plan, approx. 3 km',
    ])
      expect(findMarkup(s), s).toBeUndefined();
  });
});
