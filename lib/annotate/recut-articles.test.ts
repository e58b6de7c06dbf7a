import { describe, expect, it } from 'vitest';
import { loadCedict } from '@/lib/cedict';
import { loadContent } from '@/lib/content/load';
import { lexiconFromCedict } from './lexicon';
import { compileOverrides } from './overrides';
import { annotateSentence } from './sentence';
import { buildTermMatcher } from './terms';
import type { Piece } from './types';
import { words } from './test-helpers';

// The real content, glossary and CC-CEDICT: the re-cut must move word boundaries only.
const content = loadContent();
const overrides = compileOverrides(content.overrides);
const matcher = buildTermMatcher(content.glossary);
const lexicon = lexiconFromCedict(loadCedict());
const all = content.articles.flatMap((a) =>
  a.blocks.flatMap((b) => b.sentences.map((s) => ({ ...s, slug: a.slug }))),
);

/** Every Han character with everything the reader shows for it. */
const readings = (pieces: readonly Piece[]) => words(pieces).flatMap((w) => w.chars.map((c) => ({ ...c })));
const terms = (pieces: readonly Piece[]) =>
  pieces.flatMap((p) => (p.kind === 'term' ? [`${p.termId}:${p.text}`] : []));
const texts = (pieces: readonly Piece[]) => words(pieces).map((w) => w.text);

describe('dictionary re-cut on every article', () => {
  // "before" is the old path: the same pipeline without the lexicon
  const pairs = all.map((s) => ({
    s,
    before: annotateSentence(s.id, s.zh, { overrides, matcher }).pieces,
    after: annotateSentence(s.id, s.zh, { overrides, matcher, lexicon }).pieces,
  }));

  it('changes no character’s pinyin, tone or sandhi in any sentence', () => {
    expect(all.length).toBeGreaterThan(100);
    for (const { s, before, after } of pairs)
      expect(readings(after), `${s.slug} ${s.id}`).toEqual(readings(before));
  });

  it('finds the same glossary terms with the same text', () => {
    for (const { s, before, after } of pairs)
      expect(terms(after), `${s.slug} ${s.id}`).toEqual(terms(before));
  });

  it('gives fewer words than pinyin-pro alone, and puts known names back together', () => {
    const count = (key: 'before' | 'after') => pairs.reduce((n, p) => n + words(p[key]).length, 0);
    expect(count('after')).toBeLessThan(count('before'));
    const pboc = pairs.find((p) => p.s.slug === 'pboc-mpc-2023q4' && p.s.id === 'p1.s1')!;
    expect(texts(pboc.before)).toEqual(expect.arrayContaining(['银', '行', '北', '京']));
    // 中国 is a reviewed override word, so 中国人民银行 stays 中国 | 人民银行
    expect(texts(pboc.after)).toEqual(expect.arrayContaining(['中国', '人民银行', '货币', '北京']));
    expect(texts(pboc.after)).not.toContain('行');
  });
});
