import type { Metadata } from 'next';
import { getFormatter, getTranslations, setRequestLocale } from 'next-intl/server';
import { DifficultyCard } from '@/components/difficulty-card';
import { OfflineMark } from '@/components/offline/offline-markup';
import type { Locale } from '@/i18n/routing';
import { pageSocial } from '@/lib/export/metadata';
import { LibrarySearch, type LibrarySearchLabels } from '@/components/library/library-search';
import { getArticles } from '@/lib/content';
import { articleDate, newestFirst } from '@/lib/content/library';
import { searchTextUrl } from '@/lib/export/search-data';

export async function generateMetadata({
  params,
}: {
  params: Promise<{ locale: Locale }>;
}): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'Library' });
  return {
    title: t('title'),
    alternates: { canonical: `/${locale}`, languages: { en: '/en', 'zh-Hans': '/zh', 'x-default': '/en' } },
    ...pageSocial(t('title'), t('intro'), locale, `/${locale}`),
  };
}

export default async function LibraryPage({ params }: { params: Promise<{ locale: Locale }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: 'Library' });
  const ts = await getTranslations({ locale, namespace: 'LibrarySearch' });
  const format = await getFormatter({ locale });
  const articles = newestFirst(getArticles());
  const lang = locale === 'zh' ? 'zh' : 'en';
  const day = (iso: string) => format.dateTime(new Date(iso), { dateStyle: 'long', timeZone: 'UTC' });
  const searchLabels = Object.fromEntries(
    (
      [
        'label',
        'placeholder',
        'hint',
        'loading',
        'loadError',
        'none',
        'one',
        'many',
        'more',
        'tooLong',
      ] as const
    ).map((k) => [k, String(ts.raw(k))]),
  ) as unknown as LibrarySearchLabels;

  return (
    <div className="mx-auto max-w-6xl px-gutter py-8">
      <section className="mb-10 max-w-3xl">
        <h1 className="text-3xl font-semibold tracking-tight sm:text-4xl">{t('title')}</h1>
        <p className="mt-3 text-lg text-muted">{t('intro')}</p>
      </section>
      {articles.length > 0 && (
        <LibrarySearch
          labels={searchLabels}
          locale={locale}
          articles={articles.map((a) => ({
            slug: a.slug,
            title: a.meta.title[lang],
            dataUrl: searchTextUrl(a.slug),
          }))}
        />
      )}
      {articles.length === 0 ? (
        <p>{t('empty')}</p>
      ) : (
        <>
          <p className="mb-3 text-sm text-muted" data-library-order>
            {t('sorted')}
          </p>
          <ul className="grid gap-6 md:grid-cols-2" data-library-list>
            {articles.map((a) => {
              const sentences = a.blocks.reduce((n, b) => n + b.sentences.length, 0);
              const date = articleDate(a.meta);
              const outlet = a.meta.outlet?.[lang];
              return (
                <li
                  key={a.slug}
                  className="rounded-xl border border-rule bg-panel p-5 shadow-sm"
                  data-library-card={a.slug}
                >
                  <article aria-labelledby={`card-${a.slug}`}>
                    {a.meta.series && (
                      <p lang="zh-Hans" className="text-sm text-accent">
                        {a.meta.series.zh}
                      </p>
                    )}
                    <h2 id={`card-${a.slug}`} className="mt-1 text-xl font-semibold leading-snug">
                      <a href={`/${locale}/articles/${a.slug}`} className="no-underline hover:underline">
                        <span lang="zh-Hans" className="block">
                          {a.meta.title.zh}
                        </span>
                        <span lang="en" className="mt-1 block text-base font-normal text-muted">
                          {a.meta.title.en}
                        </span>
                      </a>
                    </h2>
                    <p className="mt-3">{a.meta.summary[lang]}</p>
                    <p className="mt-3 flex flex-wrap gap-x-4 gap-y-1 text-sm text-muted">
                      <span data-library-source>
                        {outlet && a.meta.sourceUrl
                          ? t.rich('source', {
                              name: outlet,
                              link: (chunks) => (
                                <a href={a.meta.sourceUrl} rel="noopener noreferrer external">
                                  {chunks}
                                </a>
                              ),
                            })
                          : outlet
                            ? t.rich('source', { name: outlet, link: (chunks) => chunks })
                            : t('sourceUnknown')}
                      </span>
                      <span data-library-date={date.kind === 'year' ? String(date.year) : date.date}>
                        {date.kind === 'published'
                          ? t('published', { date: day(date.date) })
                          : date.kind === 'session'
                            ? t('sessionYear', { date: day(date.date), year: date.year })
                            : t('year', { year: date.year })}
                      </span>
                      <span>{t('reporter', { name: a.meta.reporter[lang] })}</span>
                      <span>
                        {t('blocks', { count: a.blocks.length })} · {t('sentences', { count: sentences })}
                      </span>
                      <OfflineMark locale={locale} slug={a.slug} />
                    </p>
                    <DifficultyCard article={a} locale={locale} variant="compact" />
                    <p className="mt-4">
                      <a
                        href={`/${locale}/articles/${a.slug}`}
                        className="inline-flex min-h-11 items-center rounded-md bg-accent px-4 font-medium text-accent-ink no-underline"
                        aria-describedby={`card-${a.slug}`}
                      >
                        {t('read')}
                      </a>
                    </p>
                  </article>
                </li>
              );
            })}
          </ul>
        </>
      )}
    </div>
  );
}
