import type { Metadata } from 'next';
import { hasLocale } from 'next-intl';
import { setRequestLocale } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { ReaderPage } from '@/components/reader/reader-page';
import { routing } from '@/i18n/routing';
import { getArticle, getArticles } from '@/lib/content';
import { readerMetadata } from '../reader-metadata';

type Params = { locale: string; slug: string };

// The article in Traditional characters (issue 18): its own static page, so the Simplified page
// does not carry both scripts.
export const dynamicParams = false;

export function generateStaticParams() {
  return routing.locales.flatMap((locale) => getArticles().map((a) => ({ locale, slug: a.slug })));
}

export async function generateMetadata({ params }: { params: Promise<Params> }): Promise<Metadata> {
  const { locale, slug } = await params;
  const article = getArticle(slug);
  if (!article || !hasLocale(routing.locales, locale)) return {};
  return readerMetadata(article, locale, 'hant');
}

export default async function TraditionalReaderPage({ params }: { params: Promise<Params> }) {
  const { locale, slug } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  setRequestLocale(locale);
  const article = getArticle(slug);
  if (!article) notFound();
  return <ReaderPage article={article} locale={locale} script="hant" />;
}
