import { getTranslations } from 'next-intl/server';
import { routing, type Locale } from '@/i18n/routing';
import './offline.css';

// Server-rendered markup that offline-client.ts brings to life after load: the same HTML whether or
// not anything is cached (what is cached is only known in the browser).

/** The reader's offline section, inside the settings sheet. Shown only once a worker can run. */
export async function OfflineSection({ locale }: { locale: Locale }) {
  const t = await getTranslations({ locale, namespace: 'Offline' });
  return (
    <section
      className="rx-field offline-section"
      aria-labelledby="offline-title"
      data-offline-section=""
      data-locales={routing.locales.join(' ')}
      data-opened={t('opened')}
      data-saving={t('saving')}
      data-saved={t('saved')}
      data-failed={t('failed')}
    >
      <h3 id="offline-title" className="offline-title">
        {t('title')}
      </h3>
      <p className="rx-hint" id="offline-hint">
        {t('hint')}
      </p>
      <button type="button" className="rx-btn" data-offline-save="" aria-describedby="offline-hint">
        {t('save')}
      </button>
      <p className="rx-hint" aria-live="polite" data-offline-status="" />
    </section>
  );
}

/** "Available offline" on a library card; offline-client.ts unhides it when the article is cached. */
export async function OfflineMark({ locale, slug }: { locale: Locale; slug: string }) {
  const t = await getTranslations({ locale, namespace: 'Offline' });
  return (
    <span className="offline-mark" data-offline-mark={slug} hidden>
      <svg aria-hidden="true" viewBox="0 0 16 16" width="14" height="14">
        <path d="M3 8.5l3 3 7-7" stroke="currentColor" strokeWidth="2" fill="none" strokeLinecap="round" />
      </svg>
      {t('available')}
    </span>
  );
}

/** The quiet "Updated — reload" prompt (every page): a status region whose body shows when a new build waits. */
export async function UpdatePrompt({ locale }: { locale: Locale }) {
  const t = await getTranslations({ locale, namespace: 'Offline' });
  return (
    <div role="status" className="sw-update">
      <div className="sw-update-body" data-sw-update-body="" hidden>
        <span>{t('updated')}</span>
        <button type="button" className="sw-update-btn">
          {t('reload')}
        </button>
      </div>
    </div>
  );
}
