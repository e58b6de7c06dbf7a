import { annotateArticle } from '@/lib/annotate';
import { getArticles, getGlossary } from '@/lib/content';
import { searchCharMap } from '@/lib/convert';
import { searchTerms, type SearchData } from '@/lib/export/search-data';

// The glossary entries each article uses and its Traditional → Simplified character map, for the
// reader's search box (loaded on first search).
export const dynamic = 'force-static';
export const dynamicParams = false;

export function generateStaticParams() {
  return getArticles().map((a) => ({ file: `${a.slug}.json` }));
}

export async function GET(_req: Request, { params }: { params: Promise<{ file: string }> }) {
  const { file } = await params;
  const article = getArticles().find((a) => `${a.slug}.json` === file);
  if (!article) return new Response('Not found', { status: 404 });
  const glossary = getGlossary();
  const data: SearchData = {
    terms: searchTerms(annotateArticle(article, glossary), glossary),
    toSimp: searchCharMap(article, glossary),
  };
  const body = JSON.stringify(data);
  return new Response(body, { headers: { 'content-type': 'application/json; charset=utf-8' } });
}
