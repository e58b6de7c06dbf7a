import type { Article } from '@/lib/content/schema';

/**
 * schema.org JSON-LD for a reader page: the original Chinese report as a NewsArticle, which has the
 * English translation as its `workTranslation`; the translation points back with
 * `translationOfWork` (schema.org: translationOfWork is on the translation, workTranslation on the
 * original). Unknown facts (outlet, exact date) are omitted; the year is given as an ISO 8601 year.
 */
export function articleJsonLd(article: Article, locale: 'en' | 'zh', siteUrl: string, siteName: string) {
  const m = article.meta;
  const page = `${siteUrl}/${locale}/articles/${article.slug}`;
  const originalId = `${siteUrl}/articles/${article.slug}#original`;
  const translationId = `${siteUrl}/articles/${article.slug}#translation-en`;
  const project = {
    '@type': 'Organization',
    name: m.translation.credit.en,
    alternateName: m.translation.credit.zh,
    url: siteUrl,
  };
  return {
    '@context': 'https://schema.org',
    '@graph': [
      {
        '@type': 'NewsArticle',
        '@id': originalId,
        headline: m.title.zh,
        alternativeHeadline: m.subtitle?.zh,
        inLanguage: 'zh-Hans',
        author: { '@type': 'Person', name: m.reporter.zh, alternateName: m.reporter.en },
        datePublished: String(m.publicationYear),
        ...(m.series
          ? { isPartOf: { '@type': 'CreativeWorkSeries', name: m.series.zh, alternateName: m.series.en } }
          : {}),
        about: { '@type': 'Place', name: '槐荫区', alternateName: 'Huaiyin District, Jinan' },
        workTranslation: { '@id': translationId },
      },
      {
        '@type': 'NewsArticle',
        '@id': translationId,
        headline: m.title.en,
        alternativeHeadline: m.subtitle?.en,
        inLanguage: 'en',
        author: { '@type': 'Person', name: m.reporter.en },
        translator: project,
        version: m.translation.version,
        dateModified: m.translation.date,
        translationOfWork: { '@id': originalId },
        url: `${siteUrl}/en/articles/${article.slug}`,
      },
      {
        '@type': 'WebPage',
        '@id': page,
        url: page,
        name: locale === 'zh' ? m.title.zh : m.title.en,
        description: m.summary[locale],
        inLanguage: locale === 'zh' ? 'zh-Hans' : 'en',
        isPartOf: { '@type': 'WebSite', name: siteName, url: siteUrl },
        mainEntity: { '@id': originalId },
        hasPart: { '@id': translationId },
      },
    ],
  };
}

/** JSON for a <script type="application/ld+json">: `<` escaped so no text can close the script. */
export function serializeJsonLd(data: unknown): string {
  return JSON.stringify(data)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}
