import { describe, expect, it } from 'vitest';
import { plecoUrl } from './pleco';

const query = (url: string) => new URL(url.replace(/^plecoapi:/, 'https:')).searchParams;

describe('plecoUrl', () => {
  it('percent-encodes Chinese as UTF-8 in the q parameter', () => {
    expect(plecoUrl('发展')).toBe('plecoapi://x-callback-url/s?q=%E5%8F%91%E5%B1%95');
    expect(query(plecoUrl('高质量发展')).get('q')).toBe('高质量发展');
  });

  it('keeps &, #, ?, =, + and % inside the one search value', () => {
    const word = '甲&x=1#乙?丙+丁%20';
    const url = plecoUrl(word);
    expect(url).not.toMatch(/[&#]/);
    expect(url.split('?')).toHaveLength(2);
    const q = query(url);
    expect([...q.keys()]).toEqual(['q']);
    expect(q.get('q')).toBe(word);
  });

  it('drops surrounding white space', () => {
    expect(query(plecoUrl(' 槐荫 \n')).get('q')).toBe('槐荫');
  });
});
