import { notFound } from 'next/navigation';
import { getArticles } from '@/lib/content';
import { getArticleDictionary } from '@/lib/dictionary';

// The per-article CC-CEDICT extract, written as a static JSON file at build time and fetched by the
// word popover on first use.
export const dynamic = 'force-static';
export const dynamicParams = false;

export function generateStaticParams() {
  return getArticles().map((a) => ({ slug: a.slug }));
}

export async function GET(_req: Request, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const dict = getArticleDictionary(slug);
  if (!dict) notFound();
  return new Response(JSON.stringify(dict), {
    headers: { 'content-type': 'application/json; charset=utf-8' },
  });
}
