import { notFound } from 'next/navigation';
import { routing } from '@/i18n/routing';
import { annotateArticle } from '@/lib/annotate';
import { getArticle, getArticles, getGlossary } from '@/lib/content';
import { toTraditional } from '@/lib/convert';
import { alsoIn } from '@/lib/glossary/across';
import { getGlossaryIndex } from '@/lib/glossary/library';
import { articleTermIds, termInfoMap } from '@/lib/glossary/term-info';

// Per-article, per-locale glossary data for the popover, as static JSON files. Kept out of the page's
// props so it is not repeated in every reader page's HTML and RSC payload; the popover fetches it
// when the browser is idle or on the first tap of a term.
export const dynamic = 'force-static';
export const dynamicParams = false;

const fileFor = (locale: string) => `terms.${locale}.json`;

export function generateStaticParams() {
  return getArticles().flatMap((a) => routing.locales.map((l) => ({ slug: a.slug, file: fileFor(l) })));
}

export async function GET(_req: Request, { params }: { params: Promise<{ slug: string; file: string }> }) {
  const { slug, file } = await params;
  const locale = routing.locales.find((l) => fileFor(l) === file);
  const article = getArticle(slug);
  if (!article || !locale) notFound();
  const glossary = getGlossary();
  const ids = articleTermIds(article, annotateArticle(article, glossary), glossary);
  const index = getGlossaryIndex();
  const also = (id: string) => alsoIn(index, id, slug, locale);
  return new Response(JSON.stringify(termInfoMap(ids, glossary, locale, toTraditional, also)), {
    headers: { 'content-type': 'application/json; charset=utf-8' },
  });
}
