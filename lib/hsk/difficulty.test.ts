import { describe, expect, it } from 'vitest';
import { annotateArticleWith, type AnnotatedArticle } from '@/lib/annotate/article';
import { readLexicon } from '@/lib/annotate/inputs';
import { overrides } from '@/lib/annotate/test-helpers';
import { buildTermMatcher } from '@/lib/annotate/terms';
import { loadContent } from '@/lib/content/load';
import type { WordToken } from '@/lib/annotate/types';
import { articleDifficulty, READING_SPEED_CPM } from './difficulty';
import { hskLevel } from './level';

const word = (text: string): WordToken => ({
  kind: 'word',
  text,
  chars: [...text].map((ch) => ({ ch, py: 'x', tone: 1 as const })),
});

/** 我们 发展 我们 槐荫 ，「平急 两用」: two distinct listed words, one name, a glossary term. */
const sample: AnnotatedArticle = {
  sentences: {
    s1: {
      id: 's1',
      pieces: [word('我们'), word('发展'), word('我们'), word('槐荫'), { kind: 'text', text: '，' }],
    },
    s2: {
      id: 's2',
      pieces: [{ kind: 'term', termId: 'pj', text: '平急两用', tokens: [word('平急'), word('两用')] }],
    },
  },
  occurrences: [{ termId: 'pj', blockId: 'p1', sentenceId: 's2' }],
  words: ['我们', '发展', '槐荫', '平急', '两用'],
};
const levels: Record<string, number> = { 我们: 1, 发展: 4 };

describe('articleDifficulty', () => {
  it('counts running words and distinct words per level, and what lies beyond the list', () => {
    const d = articleDifficulty(sample, (w) => levels[w], 6);
    expect(d.wordTokens).toBe(6);
    expect(d.distinctWords).toBe(5);
    expect(d.levels.map((l) => [l.level, l.tokens, l.words])).toEqual([
      [1, 2, 1],
      [2, 0, 0],
      [3, 0, 0],
      [4, 1, 1],
      [5, 0, 0],
      [6, 0, 0],
    ]);
    expect(d.levels[0]!.tokenShare).toBeCloseTo(2 / 6);
    expect(d.levels[0]!.wordShare).toBeCloseTo(1 / 5);
    // the name and the words of the glossary term are beyond the list
    expect(d.beyond).toMatchObject({ tokens: 3, words: 3, tokenShare: 0.5, wordShare: 0.6 });
    expect(d.glossaryTerms).toBe(1);
    expect(d.termOccurrences).toBe(1);
    expect(d.hanChars).toBe(12);
    expect(d.readingMinutes).toBe(1); // never 0 for a short text
  });

  it('an empty article has no shares and no division by zero', () => {
    const d = articleDifficulty({ sentences: {}, occurrences: [], words: [] }, () => 1, 6);
    expect(d.beyond.tokenShare).toBe(0);
    expect(d.levels.every((l) => l.tokenShare === 0 && l.wordShare === 0)).toBe(true);
  });

  it('on the real article: shares add up to one, characters match the text, time follows the speed', () => {
    const content = loadContent();
    const article = content.articles.find((a) => a.slug === 'huaiyin-2024')!;
    const glossary = content.glossary;
    const annotated = annotateArticleWith(article, {
      overrides,
      matcher: buildTermMatcher(glossary),
      lexicon: readLexicon(),
    });
    const d = articleDifficulty(annotated, hskLevel, 6);
    const sum = (k: 'tokenShare' | 'wordShare') => d.levels.reduce((n, l) => n + l[k], d.beyond[k]);
    expect(sum('tokenShare')).toBeCloseTo(1);
    expect(sum('wordShare')).toBeCloseTo(1);
    expect(d.distinctWords).toBe(annotated.words.length);
    const han = article.blocks
      .flatMap((b) => b.sentences.map((s) => s.zh))
      .join('')
      .match(/\p{Script=Han}/gu)!.length;
    expect(d.hanChars).toBe(han);
    expect(d.readingMinutes).toBe(Math.round(han / READING_SPEED_CPM));
    expect(d.glossaryTerms).toBe(new Set(annotated.occurrences.map((o) => o.termId)).size);
    expect(d.glossaryTerms).toBeGreaterThan(0);
  });
});
