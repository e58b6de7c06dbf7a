import { describe, expect, it } from 'vitest';
import type { AnnotatedArticle } from '@/lib/annotate';
import { buildTermMatcher, findTerms } from '@/lib/annotate/terms';
import type { Article, GlossaryEntry } from '@/lib/content';
import { loadContent } from '@/lib/content/load';
import { alsoIn, buildGlossaryIndex } from './across';
import { articleTermIds, termInfoMap } from './term-info';

const entry = (id: string) => ({ id }) as GlossaryEntry;
const withKeyTerms = (keyTerms?: string[]) => ({ meta: { keyTerms } }) as unknown as Article;
const occurring = (...ids: string[]) =>
  ({ occurrences: ids.map((termId) => ({ termId })) }) as unknown as AnnotatedArticle;

describe('articleTermIds', () => {
  const glossary = ['jinan', 'reporter', '342', 'ping-ji', 'yi-lao'].map(entry);

  it("puts the editor's key terms first, in their order, then the rest by first occurrence", () => {
    const ids = articleTermIds(
      withKeyTerms(['ping-ji', '342']),
      occurring('jinan', 'reporter', '342', 'yi-lao', 'ping-ji'),
      glossary,
    );
    expect(ids).toEqual(['ping-ji', '342', 'jinan', 'reporter', 'yi-lao']);
  });

  it('falls back to occurrence order without key terms, and drops ids the glossary does not know', () => {
    expect(
      articleTermIds(withKeyTerms(), occurring('reporter', 'gone', 'jinan', 'reporter'), glossary),
    ).toEqual(['reporter', 'jinan']);
  });
});

describe('editor-chosen key terms of the real articles', () => {
  const { articles, glossary } = loadContent();
  const byId = new Map(glossary.map((e) => [e.id, e]));
  const matcher = buildTermMatcher(glossary);

  for (const article of articles)
    it(`${article.slug}: about ten, formulas and slogans first, each one in the text`, () => {
      const keys = article.meta.keyTerms ?? [];
      expect(keys.length).toBeGreaterThanOrEqual(8);
      expect(keys.length).toBeLessThanOrEqual(14);
      // A strip that opens with the city or the reporter tells a reader nothing.
      for (const id of keys) expect(['place', 'person'], id).not.toContain(byId.get(id)?.category);
      expect(byId.get(keys[0]!)?.category).toBe('slogan');
      const found = new Set(
        article.blocks.flatMap((b) =>
          b.sentences.flatMap((s) => findTerms(s.zh, matcher).map((m) => m.termId)),
        ),
      );
      for (const id of keys) expect(found.has(id), id).toBe(true);
    });
});

describe('termInfoMap › also in', () => {
  const { glossary } = loadContent();
  const [first, second] = glossary;
  const index = buildGlossaryIndex([
    {
      slug: 'a',
      title: { zh: '甲', en: 'A' },
      occurrences: [{ termId: first!.id, blockId: 'p1', sentenceId: 'p1.s2' }],
    },
    {
      slug: 'b',
      title: { zh: '乙', en: 'B' },
      occurrences: [
        { termId: first!.id, blockId: 'p4', sentenceId: 'p4.s1' },
        { termId: second!.id, blockId: 'p5', sentenceId: 'p5.s1' },
      ],
    },
  ]);
  const info = termInfoMap([first!.id, second!.id], glossary, 'en', undefined, (id) =>
    alsoIn(index, id, 'b', 'en'),
  );

  it('links a term to the other articles it occurs in', () => {
    expect(info[first!.id]?.also).toEqual([{ t: 'A', h: '/en/articles/a#p1.s2' }]);
  });
  it('carries nothing for a term found in this article only', () => {
    expect(info[second!.id]).not.toHaveProperty('also');
  });
});
