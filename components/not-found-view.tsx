import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/i18n/routing';

/** The localised "page not found" body, shared by the prerendered 404 page and `notFound()`. */
export async function NotFoundView({ locale }: { locale: Locale }) {
  const t = await getTranslations({ locale, namespace: 'NotFound' });
  return (
    <div className="mx-auto max-w-2xl px-gutter py-16 text-center">
      <p className="text-6xl font-semibold text-accent" aria-hidden="true">
        404
      </p>
      <h1 className="mt-4 text-2xl font-semibold">{t('title')}</h1>
      <p className="mt-3 text-muted">{t('body')}</p>
      <p className="mt-8">
        <a
          href={`/${locale}`}
          className="inline-flex min-h-11 items-center rounded-md bg-accent px-4 text-accent-ink no-underline"
        >
          {t('back')}
        </a>
      </p>
    </div>
  );
}
