// First: the global stylesheet sets the cascade layers' order (theme, base, components, utilities).
import '../globals.css';
import type { Metadata, Viewport } from 'next';
import { hasLocale } from 'next-intl';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { notFound } from 'next/navigation';
import type { ReactNode } from 'react';
import { SiteFooter } from '@/components/site-footer';
import { OfflineBoot } from '@/components/offline/offline-boot';
import { UpdatePrompt } from '@/components/offline/offline-markup';
import { SiteHeader } from '@/components/site-header';
import { routing } from '@/i18n/routing';
import { SITE_URL } from '@/lib/site/config';

export function generateStaticParams() {
  return routing.locales.map((locale) => ({ locale }));
}

export async function generateMetadata({
  params,
}: {
  params: Promise<{ locale: string }>;
}): Promise<Metadata> {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) return {};
  const t = await getTranslations({ locale, namespace: 'Meta' });
  return {
    metadataBase: new URL(SITE_URL),
    title: { default: t('siteName'), template: `%s · ${t('siteName')}` },
    description: t('description'),
  };
}

export const viewport: Viewport = {
  width: 'device-width',
  initialScale: 1,
  viewportFit: 'cover',
  themeColor: [
    { media: '(prefers-color-scheme: light)', color: '#fbfaf7' },
    { media: '(prefers-color-scheme: dark)', color: '#16171a' },
  ],
};

export default async function LocaleLayout({
  children,
  params,
}: {
  children: ReactNode;
  params: Promise<{ locale: string }>;
}) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: 'Nav' });

  return (
    <html lang={locale === 'zh' ? 'zh-Hans' : 'en'} suppressHydrationWarning>
      <head>
        {/* Applies saved reader settings before first paint; external so the CSP needs no inline script. */}
        {/* eslint-disable-next-line @next/next/no-sync-scripts */}
        <script src="/settings-init.js" />
      </head>
      <body className="flex min-h-dvh flex-col">
        <a href="#main" className="skip-link">
          {t('skipToContent')}
        </a>
        {/* No NextIntlClientProvider: server components translate and pass strings to client leaves,
            which keeps the message catalogue out of every page's payload. */}
        <SiteHeader locale={locale} />
        <main id="main" tabIndex={-1} className="flex-1 outline-none">
          {children}
        </main>
        <SiteFooter locale={locale} />
        <UpdatePrompt locale={locale} />
        <OfflineBoot />
      </body>
    </html>
  );
}
