import { describe, expect, it } from 'vitest';
import { loadContent } from '@/lib/content/load';
import { entryVisible, matchesQuery, toneless } from './filter-match';

const glossary = loadContent().glossary;
const searchable = (id: string) => {
  const e = glossary.find((x) => x.id === id || x.term.includes(id));
  if (!e) throw new Error(`no glossary entry ${id}`);
  return { zh: [e.term, ...e.forms].join(' '), pinyin: e.pinyin, en: `${e.english.text} ${e.literal}` };
};
const hits = (q: string) =>
  glossary.filter((e) =>
    matchesQuery(
      { zh: [e.term, ...e.forms].join(' '), pinyin: e.pinyin, en: `${e.english.text} ${e.literal}` },
      q,
    ),
  );

describe('glossary filter', () => {
  const pj = searchable('平急两用');

  it('matches Chinese in the term', () => {
    expect(matchesQuery(pj, '平急')).toBe(true);
    expect(matchesQuery(pj, '两用')).toBe(true);
    expect(matchesQuery(pj, '医养')).toBe(false);
  });

  it('matches pinyin without tones, with tones, or with tone numbers', () => {
    expect(matchesQuery(pj, 'pingji')).toBe(true);
    expect(matchesQuery(pj, 'ping ji liang')).toBe(true);
    expect(matchesQuery(pj, 'píngjí')).toBe(true);
    expect(matchesQuery(pj, 'ping2ji2')).toBe(true);
    expect(matchesQuery(pj, 'pìngjí')).toBe(false); // wrong tone given explicitly
    expect(hits('pingji').map((e) => e.term)).toContain(
      glossary.find((e) => e.term.includes('平急两用'))!.term,
    );
  });

  it('matches English words in any order', () => {
    const en = pj.en
      .toLowerCase()
      .split(/\W+/)
      .filter((w) => w.length > 3);
    expect(en.length).toBeGreaterThan(1);
    expect(matchesQuery(pj, `${en[1]} ${en[0]}`)).toBe(true);
    expect(matchesQuery(pj, 'zzzz')).toBe(false);
  });

  it('an empty filter shows everything', () => {
    expect(hits('  ')).toHaveLength(glossary.length);
  });

  it('toneless folds marks and ü', () => {
    expect(toneless('Lǜ Huà')).toBe('luhua');
  });
});

describe('article filter', () => {
  // Two articles' worth of entries, built from real glossary entries with made-up placements.
  const [a, b, c] = glossary.slice(0, 3).map((e) => ({
    zh: [e.term, ...e.forms].join(' '),
    pinyin: e.pinyin,
    en: `${e.english.text} ${e.literal}`,
  }));
  const entries = [
    { ...a!, articles: ['one', 'two'] },
    { ...b!, articles: ['two'] },
    { ...c!, articles: [] },
  ];
  const shown = (q: string, article: string) => entries.filter((e) => entryVisible(e, q, article)).length;

  it('keeps the entries that occur in the chosen article', () => {
    expect(shown('', '')).toBe(3);
    expect(shown('', 'one')).toBe(1);
    expect(shown('', 'two')).toBe(2);
    expect(shown('', 'three')).toBe(0);
  });
  it('combines with the text filter', () => {
    const term = glossary[1]!.term;
    expect(shown(term, 'two')).toBeGreaterThanOrEqual(1);
    expect(entries.filter((e) => entryVisible(e, term, 'one')).map((e) => e.zh)).not.toContain(b!.zh);
  });
});
