import { describe, expect, it } from 'vitest';
import { annotateArticleWith } from '@/lib/annotate/article';
import { buildTermMatcher } from '@/lib/annotate/terms';
import type { Article } from '@/lib/content';
import { alsoIn, articlesOf, buildGlossaryIndex, passageHref, type ArticleTerms } from './across';

// Fixture articles built here: blocks of Chinese sentences, annotated with a two-term glossary.
const matcher = buildTermMatcher([
  { id: 'ping-ji', forms: ['平急两用'] },
  { id: 'yi-yang', forms: ['医养结合'] },
]);
function article(slug: string, blocks: Record<string, string[]>): ArticleTerms {
  const a = {
    slug,
    blocks: Object.entries(blocks).map(([id, zh]) => ({
      id,
      kind: 'paragraph',
      sentences: zh.map((text, i) => ({ id: `${id}.s${i + 1}`, zh: text, en: 'x' })),
    })),
  } as unknown as Article;
  return {
    slug,
    title: { zh: `${slug}标题`, en: `${slug} title` },
    occurrences: annotateArticleWith(a, { matcher }).occurrences,
  };
}

const A = article('a', {
  p1: ['推进平急两用公共基础设施建设。', '没有术语。', '平急两用，平急两用。'],
  p2: ['发展医养结合。'],
});
const B = article('b', { p3: ['这里也有平急两用设施。'] });
const C = article('c', { p1: ['什么也没有。'] });

describe('buildGlossaryIndex', () => {
  const index = buildGlossaryIndex([A, B, C]);

  it('lists every article and sentence a term occurs in, each sentence once, in reading order', () => {
    expect(index.get('ping-ji')?.map((p) => [p.slug, p.sentences])).toEqual([
      ['a', ['p1.s1', 'p1.s3']],
      ['b', ['p3.s1']],
    ]);
    expect(index.get('yi-yang')?.map((p) => [p.slug, p.sentences])).toEqual([['a', ['p2.s1']]]);
    expect(articlesOf(index, 'ping-ji')).toEqual(['a', 'b']);
    expect(articlesOf(index, 'nowhere')).toEqual([]);
  });

  it('follows the library: a term in one article only has one place', () => {
    const one = buildGlossaryIndex([A]);
    expect(one.get('ping-ji')).toHaveLength(1);
    expect(buildGlossaryIndex([C]).size).toBe(0);
  });
});

describe('alsoIn', () => {
  const index = buildGlossaryIndex([A, B, C]);
  it('names the other articles, linked to the first occurrence there', () => {
    expect(alsoIn(index, 'ping-ji', 'a', 'en')).toEqual([{ t: 'b title', h: '/en/articles/b#p3.s1' }]);
    expect(alsoIn(index, 'ping-ji', 'b', 'zh')).toEqual([{ t: 'a标题', h: '/zh/articles/a#p1.s1' }]);
    expect(alsoIn(index, 'ping-ji', 'c', 'en')).toHaveLength(2);
  });
  it('says nothing when the term occurs in no other article', () => {
    expect(alsoIn(index, 'yi-yang', 'a', 'en')).toEqual([]);
    expect(alsoIn(index, 'unknown', 'a', 'en')).toEqual([]);
  });
  it('builds deep links with the passage id', () => {
    expect(passageHref('zh', 'a', 'p7.s2-s4')).toBe('/zh/articles/a#p7.s2-s4');
  });
});
