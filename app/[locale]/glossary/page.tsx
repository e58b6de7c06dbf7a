import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import type { Locale } from '@/i18n/routing';
import { getGlossary } from '@/lib/content';

export async function generateMetadata({
  params,
}: {
  params: Promise<{ locale: Locale }>;
}): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'Glossary' });
  return {
    title: t('title'),
    alternates: {
      canonical: `/${locale}/glossary`,
      languages: { en: '/en/glossary', 'zh-Hans': '/zh/glossary' },
    },
  };
}

export default async function GlossaryPage({ params }: { params: Promise<{ locale: Locale }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: 'Glossary' });
  const lang = locale === 'zh' ? 'zh' : 'en';
  const entries = getGlossary();
  return (
    <div className="mx-auto max-w-4xl px-gutter py-8">
      <h1 className="text-3xl font-semibold tracking-tight">{t('title')}</h1>
      <p className="mt-3 text-muted">{t('intro')}</p>
      <ul className="mt-8 space-y-6">
        {entries.map((e) => (
          <li key={e.id} id={e.id} className="scroll-mt-24">
            <h2 className="text-xl font-semibold">
              <span lang="zh-Hans">{e.term}</span>{' '}
              <span className="text-base font-normal text-muted">{e.pinyin}</span>
            </h2>
            <p className="font-medium">{e.english.text}</p>
            <p className="mt-1">{e.explanation[lang]}</p>
          </li>
        ))}
      </ul>
    </div>
  );
}
