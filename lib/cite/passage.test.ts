import { describe, expect, it } from 'vitest';
import { apa, gbt, parsePassage as fromFormat, passageUrl, type CiteSource } from './format';
import { parsePassage, passageLocator, passageSentenceIds, resolvePassage } from './passage';

// Two articles' block shapes, built here: the resolver must use the counts it is given.
const ARTICLES: Record<string, Record<string, number>> = {
  a: { p7: 4, h1: 1 },
  b: { p7: 2, sp1: 3 },
};
const counts = (slug: string) => (block: string) => ARTICLES[slug]![block];

describe('parsePassage', () => {
  it('reads blocks, sentences and ranges', () => {
    expect(parsePassage('p7')).toEqual({ id: 'p7', blockId: 'p7' });
    expect(parsePassage('p7.s2')).toEqual({ id: 'p7.s2', blockId: 'p7', sentence: 2 });
    expect(parsePassage('p7.s2-s4')).toEqual({ id: 'p7.s2-s4', blockId: 'p7', sentence: 2, to: 4 });
    expect(fromFormat('sp1.s1-s3')?.to).toBe(3);
  });
  it('a one-sentence range is that sentence', () => {
    expect(parsePassage('p7.s2-s2')).toEqual({ id: 'p7.s2', blockId: 'p7', sentence: 2 });
  });
  it('rejects reversed ranges and malformed ids', () => {
    for (const bad of ['p7.s4-s2', 'p7.s2-p8.s1', 'p7.s0-s2', 'p7.s2-', 'p7-s2', 'P7', '', 'p7.s2–s4'])
      expect(parsePassage(bad), bad).toBeNull();
  });
});

describe('resolvePassage', () => {
  it('keeps what the article has', () => {
    expect(resolvePassage('p7.s2-s4', counts('a'))?.id).toBe('p7.s2-s4');
    expect(resolvePassage('p7.s1-s2', counts('b'))?.id).toBe('p7.s1-s2');
    expect(resolvePassage('p7', counts('b'))?.id).toBe('p7');
  });
  it('the same link resolves by each article’s own shape', () => {
    expect(resolvePassage('p7.s2-s4', counts('b'))?.id).toBe('p7.s2');
    expect(resolvePassage('sp1.s2-s3', counts('a'))).toBeNull();
    expect(resolvePassage('sp1.s2-s3', counts('b'))?.id).toBe('sp1.s2-s3');
  });
  it('falls back to the first sentence for reversed, overlong or cross-block ranges', () => {
    expect(resolvePassage('p7.s4-s2', counts('a'))?.id).toBe('p7.s4');
    expect(resolvePassage('p7.s2-s9', counts('a'))?.id).toBe('p7.s2');
    expect(resolvePassage('p7.s2-h1.s1', counts('a'))?.id).toBe('p7.s2');
    expect(resolvePassage('p7.s2-p7.s3', counts('a'))?.id).toBe('p7.s2-s3');
  });
  it('falls back to the block when its sentence is missing, to nothing when the block is', () => {
    expect(resolvePassage('p7.s9-s10', counts('a'))?.id).toBe('p7');
    expect(resolvePassage('p9.s1', counts('a'))).toBeNull();
    expect(resolvePassage('not an id', counts('a'))).toBeNull();
  });
});

describe('locators', () => {
  it('display an en dash, link with a hyphen', () => {
    const p = parsePassage('p7.s2-s4')!;
    expect(passageLocator(p)).toBe('p7.s2\u2013s4');
    expect(passageLocator(parsePassage('p7.s2')!)).toBe('p7.s2');
    expect(passageLocator(parsePassage('p7')!)).toBe('p7');
    const src = { url: 'https://x.example/en/articles/a' } as CiteSource;
    expect(passageUrl(src, p)).toBe('https://x.example/en/articles/a#p7.s2-s4');
  });
  it('list the sentences a passage covers', () => {
    expect(passageSentenceIds(parsePassage('p7.s2-s4')!)).toEqual(['p7.s2', 'p7.s3', 'p7.s4']);
    expect(passageSentenceIds(parsePassage('p7.s3')!)).toEqual(['p7.s3']);
    expect(passageSentenceIds(parsePassage('p7')!)).toEqual([]);
  });
  it('citations name the range', () => {
    const src: CiteSource = {
      slug: 'a',
      author: { family: 'Wang', given: 'Beizhi', zh: '王贝芝' },
      title: { zh: '标题', en: 'Title' },
      series: null,
      year: 2024,
      url: 'https://x.example/en/articles/a',
      translation: { credit: { en: 'Duizhao project', zh: '对照项目' }, version: '1.0.0' },
      siteName: 'Duizhao',
    };
    const p = parsePassage('p7.s2-s4')!;
    expect(apa(src, p, '2026-03-05').inText).toBe('(Wang, 2024, para. p7, sentences 2\u20134)');
    expect(gbt(src, p, '2026-03-05').reference).toContain('段落 p7 第2\u20134句');
  });
});
