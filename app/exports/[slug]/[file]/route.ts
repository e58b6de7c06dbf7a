import { annotateArticle } from '@/lib/annotate';
import { getArticle, getArticles, getGlossary } from '@/lib/content';
import { buildExport, EXPORT_FILES, isExportFile } from '@/lib/export/build';
import { SITE_URL } from '@/lib/site/config';

// Static files built once: /exports/{slug}/{article.json|aligned.tsv|aligned.tmx|article.txt}.
// Anything else (other names, encoded "..", slashes) is not a generated param and answers 404.
export const dynamic = 'force-static';
export const dynamicParams = false;

export function generateStaticParams() {
  return getArticles().flatMap((a) => Object.keys(EXPORT_FILES).map((file) => ({ slug: a.slug, file })));
}

export async function GET(_req: Request, { params }: { params: Promise<{ slug: string; file: string }> }) {
  const { slug, file } = await params;
  const article = getArticle(slug);
  if (!article || !isExportFile(file)) return new Response('Not found', { status: 404 });
  const body = buildExport(
    {
      article,
      annotated: annotateArticle(article, getGlossary()),
      glossary: getGlossary(),
      siteUrl: SITE_URL,
    },
    file,
  );
  return new Response(body, {
    headers: {
      'content-type': EXPORT_FILES[file].type,
      'content-disposition': `inline; filename="${slug}-${file}"`,
      'x-content-type-options': 'nosniff',
    },
  });
}
