import type { MetadataRoute } from 'next';
import { routing } from '@/i18n/routing';
import { getArticles } from '@/lib/content';
import { SITE_URL } from '@/lib/site/config';

export const dynamic = 'force-static';

const HREFLANG = { en: 'en', zh: 'zh-Hans' } as const;

/** Every page in both UI locales, each listing its language alternates (hreflang). */
export default function sitemap(): MetadataRoute.Sitemap {
  const articles = getArticles();
  const paths = ['', '/glossary', '/about', ...articles.map((a) => `/articles/${a.slug}`)];
  const modified = (p: string) => {
    const a = articles.find((x) => p === `/articles/${x.slug}`);
    return a ? a.meta.translation.date : undefined;
  };
  return paths.flatMap((p) =>
    routing.locales.map((locale) => ({
      url: `${SITE_URL}/${locale}${p}`,
      ...(modified(p) ? { lastModified: modified(p) } : {}),
      alternates: {
        languages: {
          ...Object.fromEntries(routing.locales.map((l) => [HREFLANG[l], `${SITE_URL}/${l}${p}`])),
          'x-default': `${SITE_URL}/en${p}`,
        },
      },
    })),
  );
}
