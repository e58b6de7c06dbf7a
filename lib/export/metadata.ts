import type { Metadata } from 'next';
import type { Article } from '@/lib/content/schema';
import { EXPORT_FILES, exportPath, type ExportFile } from './build';

const TITLES: Record<ExportFile, string> = {
  'article.json': 'Annotated article (JSON)',
  'aligned.tsv': 'Aligned sentences (TSV)',
  'aligned.tmx': 'Translation memory (TMX 1.4b)',
  'article.txt': 'Plain text',
};

/** `alternates.types` for an article: one <link rel="alternate" type=…> per export file. */
export function exportAlternates(slug: string): NonNullable<Metadata['alternates']>['types'] {
  return Object.fromEntries(
    (Object.keys(EXPORT_FILES) as ExportFile[]).map((f) => [
      EXPORT_FILES[f].mime,
      [{ url: exportPath(slug, f), title: TITLES[f] }],
    ]),
  );
}

export const OG_LOCALE = { en: 'en_US', zh: 'zh_CN' } as const;

/** Open Graph and Twitter card metadata for a reader page. */
export function articleSocial(
  article: Article,
  lang: 'en' | 'zh',
  path: string,
): Pick<Metadata, 'openGraph' | 'twitter'> {
  const m = article.meta;
  const title = m.title[lang];
  const description = m.summary[lang];
  return {
    openGraph: {
      type: 'article',
      title,
      description,
      url: path,
      siteName: 'Duizhao 对照',
      locale: OG_LOCALE[lang],
      alternateLocale: OG_LOCALE[lang === 'en' ? 'zh' : 'en'],
      authors: [lang === 'zh' ? m.reporter.zh : m.reporter.en],
      section: m.series?.[lang],
      tags: ['Chinese', 'bilingual', 'pinyin'],
    },
    twitter: { card: 'summary', title, description },
  };
}

/** Open Graph and Twitter metadata for the other pages. */
export function pageSocial(
  title: string,
  description: string,
  lang: 'en' | 'zh',
  path: string,
): Pick<Metadata, 'openGraph' | 'twitter'> {
  return {
    openGraph: {
      type: 'website',
      title,
      description,
      url: path,
      siteName: 'Duizhao 对照',
      locale: OG_LOCALE[lang],
      alternateLocale: OG_LOCALE[lang === 'en' ? 'zh' : 'en'],
    },
    twitter: { card: 'summary', title, description },
  };
}
