import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/i18n/routing';

export async function SiteFooter({ locale }: { locale: Locale }) {
  const t = await getTranslations({ locale, namespace: 'Footer' });
  return (
    <footer className="site-footer mt-16 border-t border-rule bg-panel text-sm text-muted">
      <div className="mx-auto max-w-6xl space-y-2 px-gutter py-6 pb-[max(1.5rem,env(safe-area-inset-bottom))]">
        <p>{t('credits')}</p>
        <p>
          {t.rich('source', {
            link: (chunks) => (
              <a className="underline" href={`/${locale}/about`}>
                {chunks}
              </a>
            ),
          })}
        </p>
      </div>
    </footer>
  );
}
