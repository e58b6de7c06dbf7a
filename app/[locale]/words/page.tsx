import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import type { Locale } from '@/i18n/routing';
import { WordsList } from './words-list';

export async function generateMetadata({
  params,
}: {
  params: Promise<{ locale: Locale }>;
}): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'Words' });
  return {
    title: t('title'),
    description: t('intro'),
    robots: { index: false },
    alternates: { canonical: `/${locale}/words`, languages: { en: '/en/words', 'zh-Hans': '/zh/words' } },
  };
}

export default async function WordsPage({ params }: { params: Promise<{ locale: Locale }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: 'Words' });
  return (
    <div className="mx-auto max-w-3xl px-gutter py-8">
      <h1 className="text-3xl font-semibold tracking-tight">{t('title')}</h1>
      <p className="mt-3 text-muted">{t('intro')}</p>
      <noscript>
        <p className="mt-6">{t('noscript')}</p>
      </noscript>
      <WordsList
        locale={locale}
        labels={{
          empty: t('empty'),
          count: t.raw('count') as string,
          exportAnki: t('exportAnki'),
          exportPleco: t('exportPleco'),
          exportNote: t('exportNote'),
          remove: t('remove'),
          removeWord: t.raw('removeWord') as string,
          back: t('back'),
          storageFailed: t('storageFailed'),
          pleco: t('pleco'),
          copy: t('copy'),
          copied: t('copied'),
          copyFailed: t('copyFailed'),
          plecoWord: t.raw('plecoWord') as string,
          copyWord: t.raw('copyWord') as string,
        }}
      />
    </div>
  );
}
