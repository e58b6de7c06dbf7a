import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { NotFoundView } from '@/components/not-found-view';
import { routing, type Locale } from '@/i18n/routing';

// The localised 404 page, prerendered as /en/404 and /zh/404: the proxy answers every unknown
// address inside a locale with this HTML and status 404 (see proxy.ts for why not notFound()).
export function generateStaticParams() {
  return routing.locales.map((locale) => ({ locale, rest: ['404'] }));
}
export const dynamicParams = false;

export async function generateMetadata({
  params,
}: {
  params: Promise<{ locale: Locale }>;
}): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'NotFound' });
  return { title: t('title'), robots: { index: false } };
}

export default async function NotFoundPage({ params }: { params: Promise<{ locale: Locale }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  return <NotFoundView locale={locale} />;
}
