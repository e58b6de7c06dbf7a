import type { Metadata } from 'next';
import { getFormatter, getTranslations, setRequestLocale } from 'next-intl/server';
import type { Locale } from '@/i18n/routing';
import { getArticles } from '@/lib/content';
import { pageSocial } from '@/lib/export/metadata';

export async function generateMetadata({
  params,
}: {
  params: Promise<{ locale: Locale }>;
}): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'About' });
  return {
    // The title already names the site ("About Duizhao"); the layout's "· Duizhao" suffix would repeat it.
    title: { absolute: t('title') },
    description: t('intro'),
    alternates: {
      canonical: `/${locale}/about`,
      languages: { en: '/en/about', 'zh-Hans': '/zh/about', 'x-default': '/en/about' },
    },
    ...pageSocial(t('title'), t('intro'), locale, `/${locale}/about`),
  };
}

export default async function AboutPage({ params }: { params: Promise<{ locale: Locale }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: 'About' });
  const format = await getFormatter({ locale });
  const lang = locale === 'zh' ? 'zh' : 'en';
  const h2 = 'mt-10 text-xl font-semibold';
  return (
    <div className="about mx-auto max-w-3xl px-gutter py-8 leading-relaxed">
      <h1 className="text-3xl font-semibold tracking-tight">{t('title')}</h1>
      <p className="mt-4 text-lg">{t('intro')}</p>
      {getArticles().map((a) => (
        <section key={a.slug} aria-labelledby={`source-${a.slug}`}>
          <h2 id={`source-${a.slug}`} className={h2}>
            {t('sourceTitle', { title: a.meta.title[lang] })}
          </h2>
          <p className="mt-3">
            {t('sourceBy', {
              title: lang === 'zh' ? a.meta.title.zh : `${a.meta.title.zh} (${a.meta.title.en})`,
              reporter: lang === 'zh' ? a.meta.reporter.zh : `${a.meta.reporter.en} (${a.meta.reporter.zh})`,
              // ICU select: 'none' drops the series clause for an article outside any series.
              series: a.meta.series?.[lang] ?? 'none',
              year: String(a.meta.publicationYear),
            })}{' '}
            {a.meta.outlet && a.meta.publicationDate
              ? t('sourceKnown', {
                  outlet: a.meta.outlet[lang],
                  date: format.dateTime(new Date(a.meta.publicationDate), {
                    dateStyle: 'long',
                    timeZone: 'UTC',
                  }),
                  file: a.meta.sourceFile,
                })
              : t('sourceUnknown', { file: a.meta.sourceFile })}{' '}
            {t('sourceExact')}
          </p>
          <p className="mt-3">{t('status')}</p>
          <p className="mt-3">
            <a href={`/${locale}/articles/${a.slug}`} className="underline">
              {a.meta.title[lang]}
            </a>
          </p>
          <h2 id={`notes-${a.slug}`} className={h2}>
            {t('notesTitle')}
          </h2>
          <p className="sr-only">
            {t.rich('notesFor', {
              title: a.meta.title.zh,
              zh: (chunks) => <span lang="zh-Hans">{chunks}</span>,
            })}
          </p>
          <ol className="mt-3 list-decimal space-y-2 pl-6">
            {a.editorialNotes.map((n) => (
              <li key={n.id} id={`${a.slug}-${n.id}`}>
                {n[lang]}{' '}
                {n.blocks.map((b) => (
                  <a
                    key={b}
                    href={`/${locale}/articles/${a.slug}#${b}`}
                    className="mr-1 inline-flex min-h-11 min-w-11 items-center justify-center font-mono text-sm underline"
                  >
                    {b}
                  </a>
                ))}
              </li>
            ))}
          </ol>
          <h2 id={`changes-${a.slug}`} className={h2}>
            {t('changesTitle')}
          </h2>
          {/* Newest first, as stored: citations name a version, so readers can see what each one changed. */}
          <dl className="mt-3 space-y-3">
            {a.meta.translation.changes.map((c) => (
              <div key={c.version} id={`${a.slug}-v${c.version}`}>
                <dt className="font-semibold">{t('changeVersion', { version: c.version, date: c.date })}</dt>
                <dd className="mt-1">{c[lang]}</dd>
              </div>
            ))}
          </dl>
        </section>
      ))}
      <section aria-labelledby="policy">
        <h2 id="policy" className={h2}>
          {t('policyTitle')}
        </h2>
        <p className="mt-3">{t('policy1')}</p>
        <p className="mt-3">{t('policy2')}</p>
        <p className="mt-3">{t('policyBrackets')}</p>
        {getArticles()
          .slice(0, 1)
          .map((a) => (
            <p key={a.slug} className="mt-3">
              {t('policy3', {
                version: a.meta.translation.version,
                date: format.dateTime(new Date(a.meta.translation.date), {
                  dateStyle: 'long',
                  timeZone: 'UTC',
                }),
              })}
            </p>
          ))}
      </section>
      <section aria-labelledby="data">
        <h2 id="data" className={h2}>
          {t('dataTitle')}
        </h2>
        <p className="mt-3">{t('dataBody')}</p>
        <p className="mt-3">
          <a href="/schemas/article-export-v1.json" type="application/schema+json" className="underline">
            {t('schemaLink')}
          </a>
        </p>
      </section>
      <section aria-labelledby="credits">
        <h2 id="credits" className={h2}>
          {t('creditsTitle')}
        </h2>
        <ul className="mt-3 list-disc space-y-2 pl-6">
          {getArticles()
            .slice(0, 1)
            .map((a) => (
              <li key={a.slug}>{t('creditTranslation', { credit: a.meta.translation.credit[lang] })}</li>
            ))}
          <li>{t('creditCedict')}</li>
          <li>{t('creditPinyin')}</li>
          <li>{t('creditSoftware')}</li>
          <li>{t('creditCitations')}</li>
        </ul>
      </section>
    </div>
  );
}
