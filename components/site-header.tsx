import { getTranslations } from 'next-intl/server';
import { routing, type Locale } from '@/i18n/routing';
import { LocaleSwitcher } from './locale-switcher';
import { NavLinks } from './nav-links';

export async function SiteHeader({ locale }: { locale: Locale }) {
  const t = await getTranslations({ locale, namespace: 'Nav' });
  const tl = await getTranslations({ locale, namespace: 'LocaleSwitcher' });
  const tm = await getTranslations({ locale, namespace: 'Meta' });
  const tw = await getTranslations({ locale, namespace: 'Words' });
  return (
    <header className="site-header border-b border-rule bg-paper/95 backdrop-blur supports-[backdrop-filter]:bg-paper/80">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-4 gap-y-1 px-gutter py-2">
        <a
          href={`/${locale}`}
          className="flex min-h-11 items-center gap-2 no-underline"
          aria-label={t('home')}
        >
          <span
            aria-hidden="true"
            className="grid size-8 place-items-center rounded-md bg-accent text-accent-ink"
            lang="zh-Hans"
          >
            对
          </span>
          <span className="text-lg font-semibold tracking-tight">{tm('siteName')}</span>
          {locale === 'en' && (
            <span lang="zh-Hans" className="text-muted">
              对照
            </span>
          )}
        </a>
        <nav aria-label={t('label')} className="order-3 w-full sm:order-none sm:w-auto sm:flex-1">
          <NavLinks
            links={[
              { href: '', label: t('library') },
              { href: '/glossary', label: t('glossary') },
              { href: '/words', label: tw('title') },
              { href: '/about', label: t('about') },
            ]}
            locale={locale}
          />
        </nav>
        <LocaleSwitcher
          current={locale}
          label={tl('label')}
          options={routing.locales.map((l) => ({ locale: l, label: tl(l) }))}
        />
      </div>
    </header>
  );
}
