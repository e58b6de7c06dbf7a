import { describe, expect, it } from 'vitest';
import {
  findAll,
  findPinyin,
  foldScript,
  foldSyllable,
  matchSentence,
  matchTerms,
  parseQuery,
} from './search-core';

// 推进“平急两用”公共基础设施建设 — syllables written by hand, '' where there is no pinyin.
const ZH = '推进“平急两用”设施';
const SYL = ['tuī', 'jìn', '', 'píng', 'jí', 'liǎng', 'yòng', '', 'shè', 'shī'].map(foldSyllable);

describe('parseQuery', () => {
  it('classifies Chinese, English and pinyin queries', () => {
    expect(parseQuery('平急 两用')).toMatchObject({ zh: '平急两用', en: null, pinyin: null });
    expect(parseQuery('píng jí')).toMatchObject({ pinyin: 'pingji', en: 'ping ji' });
    expect(parseQuery('ping2ji2')?.pinyin).toBe('pingji');
    expect(parseQuery("Xi'an")?.pinyin).toBe('xian');
    expect(parseQuery('lǜ')?.pinyin).toBe('lu');
  });
  it('empty, blank and absurdly long input is no query', () => {
    expect(parseQuery('')).toBeNull();
    expect(parseQuery('   ')).toBeNull();
    expect(parseQuery('a'.repeat(81))).toBeNull();
    expect(parseQuery('<script>alert(1)</script>')?.pinyin).toBeNull();
  });
});

describe('pinyin matching on whole syllables', () => {
  it('"pingji" and "píng jí" find 平急', () => {
    for (const q of ['pingji', 'píng jí', 'PingJi', 'ping ji liang yong']) {
      const hits = findPinyin(SYL, parseQuery(q)!.pinyin!);
      expect(hits.length).toBe(1);
      expect([...ZH].slice(hits[0]![0], hits[0]![1]).join('')).toMatch(/^平急/);
    }
  });
  it('does not match across punctuation or inside a syllable', () => {
    expect(findPinyin(SYL, 'jinping')).toEqual([]);
    expect(findPinyin(SYL, 'ingji')).toEqual([]);
    expect(findPinyin(SYL, 'yongshe')).toEqual([]);
  });
});

describe('matchSentence and matchTerms', () => {
  it('English is case-insensitive; Chinese is a substring', () => {
    const r = matchSentence(parseQuery('Dual')!, { text: ZH, syllables: SYL }, 'for dual use; DUAL.');
    expect(r.en).toEqual([
      [4, 8],
      [14, 18],
    ]);
    expect(matchSentence(parseQuery('两用')!, { text: ZH, syllables: SYL }, '').zh).toEqual([[5, 7]]);
    expect(findAll('aaaa', 'aa')).toEqual([
      [0, 2],
      [2, 4],
    ]);
  });
  it('finds glossary entries by term, pinyin and English', () => {
    const terms = [
      {
        id: 'a',
        term: '平急两用',
        pinyin: 'píngjí liǎngyòng',
        en: 'dual-use',
        literal: 'normal and emergency',
      },
      { id: 'b', term: '槐荫区', pinyin: 'Huáiyīn Qū', en: 'Huaiyin District', literal: 'x' },
    ];
    expect(matchTerms(parseQuery('pingji')!, terms).map((t) => t.id)).toEqual(['a']);
    expect(matchTerms(parseQuery('emergency')!, terms).map((t) => t.id)).toEqual(['a']);
    expect(matchTerms(parseQuery('槐荫')!, terms).map((t) => t.id)).toEqual(['b']);
    expect(matchTerms(parseQuery('huaiyin qu')!, terms).map((t) => t.id)).toEqual(['b']);
  });
});

describe('either script (issue 18)', () => {
  // A Traditional → Simplified map as the search data carries it (lib/convert tradToSimpMap).
  const TO_SIMP = { 進: '进', 兩: '两', 設: '设', 施: '施' };
  const TRAD = '推進“平急兩用”設施';
  it('folds Traditional to Simplified character by character, keeping offsets', () => {
    expect(foldScript(TRAD, TO_SIMP)).toBe(ZH);
    expect(foldScript(TRAD, TO_SIMP).length).toBe(TRAD.length);
    expect(foldScript(TRAD, {})).toBe(TRAD);
    // a mapping that would change the length is ignored
    expect(foldScript('進', { 進: '𠀀' })).toBe('進');
  });
  it('a Traditional query finds Simplified text, and a Simplified query Traditional text', () => {
    const q = parseQuery('急兩用')!;
    expect(matchSentence(q, { text: ZH, syllables: SYL }, '', TO_SIMP).zh).toEqual([[4, 7]]);
    expect(matchSentence(q, { text: ZH, syllables: SYL }, '').zh).toEqual([]);
    const s = parseQuery('急两用')!;
    expect(matchSentence(s, { text: TRAD, syllables: SYL }, '', TO_SIMP).zh).toEqual([[4, 7]]);
    expect(matchSentence(s, { text: TRAD, syllables: SYL }, '').zh).toEqual([]);
  });
  it('a Traditional query finds a Simplified glossary term', () => {
    const terms = [{ id: 'pj', term: '平急两用', pinyin: 'píngjí liǎngyòng', en: 'dual-use', literal: '' }];
    expect(matchTerms(parseQuery('平急兩用')!, terms, TO_SIMP).map((t) => t.id)).toEqual(['pj']);
    expect(matchTerms(parseQuery('平急兩用')!, terms)).toEqual([]);
  });
});
