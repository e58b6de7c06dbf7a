import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { readerPath } from '@/components/reader/slots';
import { routing } from '@/i18n/routing';
import type { Article } from '@/lib/content';
import { articleSocial, exportAlternates } from '@/lib/export/metadata';
import type { Script } from '@/lib/render';

/**
 * Metadata of a reader page. Each script's page is canonical for itself (it is its own page, not
 * a duplicate); both list the same alternates: the Simplified page per UI locale, and the zh
 * Traditional page as `zh-Hant`, so search engines can offer Traditional readers that page.
 */
export async function readerMetadata(
  article: Article,
  locale: 'en' | 'zh',
  script: Script,
): Promise<Metadata> {
  const t = await getTranslations({ locale, namespace: 'Reader' });
  const lang = locale === 'zh' ? 'zh' : 'en';
  const slug = article.slug;
  const path = readerPath(locale, slug, script);
  const title = article.meta.title[lang];
  return {
    title: script === 'hant' ? t('traditionalTitle', { title }) : title,
    description: article.meta.summary[lang],
    alternates: {
      canonical: path,
      languages: {
        ...Object.fromEntries(
          routing.locales.map((l) => [l === 'zh' ? 'zh-Hans' : 'en', readerPath(l, slug, 'hans')]),
        ),
        'zh-Hant': readerPath('zh', slug, 'hant'),
        'x-default': readerPath('en', slug, 'hans'),
      },
      // Researcher exports (issue 7): <link rel="alternate" type=…> for each static file.
      types: exportAlternates(slug),
    },
    ...articleSocial(article, lang, path),
  };
}
