import { annotateArticle } from '@/lib/annotate';
import { getArticles, getGlossary } from '@/lib/content';
import { searchCharMap } from '@/lib/convert';
import { searchSentences, searchTerms, type SearchData } from '@/lib/export/search-data';

// Per article: the glossary entries it uses and its Traditional → Simplified character map, for the
// reader's search box (`{slug}.json`), and its sentences with their pinyin, for the library's search
// across articles (`{slug}.text.json`). Both are loaded on first search.
export const dynamic = 'force-static';
export const dynamicParams = false;

export function generateStaticParams() {
  return getArticles().flatMap((a) => [{ file: `${a.slug}.json` }, { file: `${a.slug}.text.json` }]);
}

export async function GET(_req: Request, { params }: { params: Promise<{ file: string }> }) {
  const { file } = await params;
  const text = file.endsWith('.text.json');
  const slug = file.replace(/(\.text)?\.json$/, '');
  const article = getArticles().find((a) => a.slug === slug);
  if (!article) return new Response('Not found', { status: 404 });
  const glossary = getGlossary();
  const annotated = annotateArticle(article, glossary);
  const data: SearchData = {
    terms: searchTerms(annotated, glossary),
    toSimp: searchCharMap(article, glossary),
  };
  const body = JSON.stringify(text ? searchSentences(article, annotated) : data);
  return new Response(body, { headers: { 'content-type': 'application/json; charset=utf-8' } });
}
