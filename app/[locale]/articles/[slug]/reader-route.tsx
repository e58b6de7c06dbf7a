import type { Metadata } from 'next';
import { hasLocale } from 'next-intl';
import { setRequestLocale } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { ReaderPage } from '@/components/reader/reader-page';
import { routing } from '@/i18n/routing';
import { getArticle, getArticles } from '@/lib/content';
import type { Script } from '@/lib/render';
import { readerMetadata } from './reader-metadata';

// The reader route, shared by the Simplified page (`page.tsx`) and the Traditional one
// (`traditional/page.tsx`): the two differ only in the script they render.

type Props = { params: Promise<{ locale: string; slug: string }> };

export function readerStaticParams() {
  return routing.locales.flatMap((locale) => getArticles().map((a) => ({ locale, slug: a.slug })));
}

export function readerMetadataFor(script: Script) {
  return async function generateMetadata({ params }: Props): Promise<Metadata> {
    const { locale, slug } = await params;
    const article = getArticle(slug);
    if (!article || !hasLocale(routing.locales, locale)) return {};
    return readerMetadata(article, locale, script);
  };
}

export function readerPageFor(script: Script) {
  return async function ReaderRoute({ params }: Props) {
    const { locale, slug } = await params;
    if (!hasLocale(routing.locales, locale)) notFound();
    setRequestLocale(locale);
    const article = getArticle(slug);
    if (!article) notFound();
    return <ReaderPage article={article} locale={locale} script={script} />;
  };
}
