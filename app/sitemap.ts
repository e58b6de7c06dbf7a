import type { MetadataRoute } from 'next';
import { routing } from '@/i18n/routing';
import { getArticles } from '@/lib/content';
import { SITE_URL } from '@/lib/site/config';

export const dynamic = 'force-static';

const HREFLANG = { en: 'en', zh: 'zh-Hans' } as const;

/**
 * Every page in both UI locales, each listing its language alternates (hreflang). An article's cluster
 * also has its Traditional page in the Chinese UI as `zh-Hant`, as the article pages' own
 * <link rel="alternate"> tags say, and that page is listed too (it is its own canonical).
 */
export default function sitemap(): MetadataRoute.Sitemap {
  const articles = getArticles();
  const entry = (path: string, languages: Record<string, string>, lastModified?: string) => ({
    url: `${SITE_URL}${path}`,
    ...(lastModified ? { lastModified } : {}),
    alternates: { languages },
  });
  const cluster = (p: string) => ({
    ...Object.fromEntries(routing.locales.map((l) => [HREFLANG[l], `${SITE_URL}/${l}${p}`])),
    'x-default': `${SITE_URL}/en${p}`,
  });
  const pages = ['', '/glossary', '/about'].flatMap((p) =>
    routing.locales.map((locale) => entry(`/${locale}${p}`, cluster(p))),
  );
  const readers = articles.flatMap((a) => {
    const p = `/articles/${a.slug}`;
    const languages = { ...cluster(p), 'zh-Hant': `${SITE_URL}/zh${p}/traditional` };
    const date = a.meta.translation.date;
    return [
      ...routing.locales.map((locale) => entry(`/${locale}${p}`, languages, date)),
      entry(`/zh${p}/traditional`, languages, date),
    ];
  });
  return [...pages, ...readers];
}
