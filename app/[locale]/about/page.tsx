import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import type { Locale } from '@/i18n/routing';
import { getArticles } from '@/lib/content';

export async function generateMetadata({
  params,
}: {
  params: Promise<{ locale: Locale }>;
}): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'About' });
  return {
    title: t('title'),
    alternates: { canonical: `/${locale}/about`, languages: { en: '/en/about', 'zh-Hans': '/zh/about' } },
  };
}

export default async function AboutPage({ params }: { params: Promise<{ locale: Locale }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: 'About' });
  const tr = await getTranslations({ locale, namespace: 'Reader' });
  const lang = locale === 'zh' ? 'zh' : 'en';
  return (
    <div className="mx-auto max-w-3xl px-gutter py-8">
      <h1 className="text-3xl font-semibold tracking-tight">{t('title')}</h1>
      {getArticles().map((a) => (
        <section key={a.slug} className="mt-8" aria-labelledby={`notes-${a.slug}`}>
          <h2 id={`notes-${a.slug}`} className="text-xl font-semibold">
            <span lang="zh-Hans">{a.meta.title.zh}</span> — {tr('editorialNotes')}
          </h2>
          <ol className="mt-3 list-decimal space-y-2 pl-6">
            {a.editorialNotes.map((n) => (
              <li key={n.id} id={`${a.slug}-${n.id}`}>
                {n[lang]}{' '}
                {n.blocks.map((b) => (
                  <a
                    key={b}
                    href={`/${locale}/articles/${a.slug}#${b}`}
                    className="mr-1 font-mono text-sm underline"
                  >
                    {b}
                  </a>
                ))}
              </li>
            ))}
          </ol>
        </section>
      ))}
    </div>
  );
}
