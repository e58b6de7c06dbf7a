import type { Metadata } from 'next';
import { hasLocale } from 'next-intl';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { DifficultyCard } from '@/components/difficulty-card';
import { ReaderChrome } from '@/components/reader/reader-chrome';
import { ReaderGlossary } from '@/components/reader/reader-glossary';
import { ReaderResearch } from '@/components/reader/reader-research';
import { StaticHtml } from '@/components/reader/static-html';
import { routing } from '@/i18n/routing';
import { annotateArticle } from '@/lib/annotate';
import { getArticle, getArticles, getGlossary } from '@/lib/content';
import { articleSocial, exportAlternates } from '@/lib/export/metadata';
import { hskLevel } from '@/lib/hsk';
import { renderArticleBody } from '@/lib/render';

type Params = { locale: string; slug: string };

export const dynamicParams = false;

export function generateStaticParams() {
  return routing.locales.flatMap((locale) => getArticles().map((a) => ({ locale, slug: a.slug })));
}

export async function generateMetadata({ params }: { params: Promise<Params> }): Promise<Metadata> {
  const { locale, slug } = await params;
  const article = getArticle(slug);
  if (!article || !hasLocale(routing.locales, locale)) return {};
  const lang = locale === 'zh' ? 'zh' : 'en';
  return {
    title: article.meta.title[lang],
    description: article.meta.summary[lang],
    alternates: {
      canonical: `/${locale}/articles/${slug}`,
      languages: {
        ...Object.fromEntries(
          routing.locales.map((l) => [l === 'zh' ? 'zh-Hans' : 'en', `/${l}/articles/${slug}`]),
        ),
        'x-default': `/en/articles/${slug}`,
      },
      // Researcher exports (issue 7): <link rel="alternate" type=…> for each static file.
      types: exportAlternates(slug),
    },
    ...articleSocial(article, lang, `/${locale}/articles/${slug}`),
  };
}

export default async function ReaderPage({ params }: { params: Promise<Params> }) {
  const { locale, slug } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  setRequestLocale(locale);
  const article = getArticle(slug);
  if (!article) notFound();
  const [t, tr, ta] = await Promise.all([
    getTranslations({ locale, namespace: 'Reader' }),
    getTranslations({ locale, namespace: 'Reveal' }),
    getTranslations({ locale, namespace: 'Actions' }),
  ]);
  const annotated = annotateArticle(article, getGlossary());
  const lang = locale === 'zh' ? 'zh' : 'en';

  return (
    <div className="reader mx-auto max-w-6xl px-gutter pt-6" data-article={article.slug}>
      <ReaderChrome article={article} annotated={annotated} locale={locale} />
      <ReaderResearch article={article} annotated={annotated} locale={locale} />
      <ReaderGlossary article={article} annotated={annotated} locale={locale} />
      <DifficultyCard article={article} annotated={annotated} locale={locale} variant="full" />
      <article aria-labelledby="t1">
        <StaticHtml
          className="article-body"
          id={`${locale}/${slug}/body`}
          html={renderArticleBody(
            article,
            annotated,
            locale,
            {
              editorialNote: t('editorialNote'),
              revealShow: tr('show'),
              revealHide: tr('hide'),
              actions: String(ta.raw('menu')),
            },
            { levelOf: hskLevel },
          )}
        />
        <footer className="article-meta mt-10 border-t border-rule pt-4 text-sm text-muted">
          <p>{t('sourceUnknown')}</p>
          <p>
            {t('translationCredit', {
              credit: article.meta.translation.credit[lang],
              version: article.meta.translation.version,
            })}
          </p>
        </footer>
      </article>
    </div>
  );
}
