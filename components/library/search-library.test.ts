import { describe, expect, it } from 'vitest';
import { parseQuery } from '@/components/research/search-core';
import { annotateArticleWith } from '@/lib/annotate/article';
import type { Article } from '@/lib/content';
import { searchSentences } from '@/lib/export/search-data';
import { markParts, searchLibrary, type LibraryArticle } from './search-library';

// Two fixture articles, annotated here (real pinyin from the annotator), then searched together.
function article(slug: string, sentences: [string, string][]): LibraryArticle {
  const a = {
    slug,
    blocks: [
      {
        id: 'p1',
        kind: 'paragraph',
        sentences: sentences.map(([zh, en], i) => ({ id: `p1.s${i + 1}`, zh, en })),
      },
    ],
  } as unknown as Article;
  return { slug, sentences: searchSentences(a, annotateArticleWith(a, {})) };
}
const LIBRARY = [
  article('one', [
    ['推进平急两用公共基础设施建设。', 'Promote public infrastructure for both normal and emergency use.'],
    ['发展银发经济。', 'Develop the silver economy.'],
  ]),
  article('two', [
    ['实施城中村改造。', 'Carry out urban-village renovation.'],
    ['平急两用设施要加快建设。', 'Dual-use facilities must be built faster.'],
  ]),
];
const find = (q: string) => searchLibrary(parseQuery(q)!, LIBRARY).map((h) => `${h.slug}#${h.sentence.id}`);

describe('searchLibrary', () => {
  it('finds Chinese in every article, in library order', () => {
    expect(find('平急两用')).toEqual(['one#p1.s1', 'two#p1.s2']);
    expect(find('城中村')).toEqual(['two#p1.s1']);
  });
  it('finds English, case-insensitively', () => {
    expect(find('Silver economy')).toEqual(['one#p1.s2']);
  });
  it('finds pinyin without tones, with tone marks and with tone numbers', () => {
    for (const q of ['pingji', 'píngjí', 'ping2 ji2', 'ping ji liang yong'])
      expect(find(q), q).toEqual(['one#p1.s1', 'two#p1.s2']);
    expect(find('chengzhongcun')).toEqual(['two#p1.s1']);
    expect(find('zzzz')).toEqual([]);
  });
  it('marks where the pinyin matched in the Chinese', () => {
    const [hit] = searchLibrary(parseQuery('chengzhongcun')!, LIBRARY);
    expect(markParts(hit!.sentence.zh, hit!.zh)).toEqual([
      { text: '实施', mark: false },
      { text: '城中村', mark: true },
      { text: '改造。', mark: false },
    ]);
  });
  it('stops at the limit', () => {
    expect(searchLibrary(parseQuery('平急')!, LIBRARY, 1)).toHaveLength(1);
  });
});
