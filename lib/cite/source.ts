import type { Article } from '@/lib/content/schema';
import type { CiteSource } from './format';

/**
 * The citation data of an article for one UI locale (small and plain: it is passed to the cite
 * dialog). Chinese reporters' romanised names are family name first ("Wang Beizhi").
 */
export function citeSource(
  article: Article,
  locale: 'en' | 'zh',
  siteUrl: string,
  siteName: string,
): CiteSource {
  const m = article.meta;
  const [family = m.reporter.en, ...given] = m.reporter.en.split(/\s+/);
  return {
    slug: article.slug,
    author: { family, given: given.join(' '), zh: m.reporter.zh },
    title: { zh: m.title.zh, en: m.title.en },
    series: m.series ? { zh: m.series.zh, en: m.series.en } : null,
    year: m.publicationYear,
    url: `${siteUrl}/${locale}/articles/${article.slug}`,
    translation: { credit: m.translation.credit, version: m.translation.version },
    siteName,
  };
}
