import { describe, expect, it } from 'vitest';
import { compileOverrides, NO_OVERRIDES } from '@/lib/annotate/overrides';
import { articleOf } from './article-helpers';
import { pinyinReview } from './pinyin-review';

const review = (zh: string, overrides = NO_OVERRIDES) => pinyinReview(articleOf([[[zh, 'x']]]), overrides);
const listed = (zh: string, overrides = NO_OVERRIDES) =>
  review(zh, overrides).groups.map((g) => `${g.ch} ${g.reading}`);

describe('pinyin review list', () => {
  it('lists a polyphonic character standing alone, read by the library default', () => {
    expect(listed('槐荫区将打好项目。')).toContain('将 jiāng');
  });

  it('leaves out one settled by a dictionary word', () => {
    // 银行: 行 háng inside a word of two characters.
    expect(listed('银行').some((l) => l.startsWith('行'))).toBe(false);
  });

  it('leaves out one set by a reviewed override', () => {
    const overrides = compileOverrides([{ text: '将', pinyin: 'jiāng' }]);
    expect(listed('槐荫区将打好项目。', overrides)).not.toContain('将 jiāng');
    const r = review('槐荫区将打好项目。', overrides);
    expect(r.settled).toBe(r.polyphonic - r.groups.reduce((n, g) => n + g.occurrences.length, 0));
  });

  it('leaves out one set by a context rule (以 X 为 Y)', () => {
    expect(listed('坚持以人民为中心。').some((l) => l.startsWith('为'))).toBe(false);
  });
});
