import 'server-only';
import { annotateArticle } from '@/lib/annotate';
import { getArticles, getGlossary } from '@/lib/content';
import { buildGlossaryIndex, type GlossaryIndex } from './across';

let cached: { key: unknown; index: GlossaryIndex } | undefined;

/** The glossary index over every article of the library (built once per loaded content). */
export function getGlossaryIndex(): GlossaryIndex {
  const articles = getArticles();
  if (cached?.key === articles) return cached.index;
  const glossary = getGlossary();
  const index = buildGlossaryIndex(
    articles.map((a) => ({
      slug: a.slug,
      title: { zh: a.meta.title.zh, en: a.meta.title.en },
      occurrences: annotateArticle(a, glossary).occurrences,
    })),
  );
  cached = { key: articles, index };
  return index;
}
