import { getTranslations } from 'next-intl/server';
import { PopoverHost } from '@/components/popover/popover-host';
import type { PopoverLabels } from '@/components/popover/popover-host';
import { getGlossary } from '@/lib/content';
import { dictionaryUrl } from '@/lib/dictionary';
import { articleTermIds, termsUrl } from '@/lib/glossary/term-info';
import type { ReaderSlotProps } from './slots';
import '@/components/popover/keyterms.css';

/** How many key terms show before the "all terms" disclosure. */
const VISIBLE = 12;

// Slot: Key terms strip and the single shared popover (terms and words) — issues 4 and 5.
export async function ReaderGlossary({ article, annotated, locale }: ReaderSlotProps) {
  const t = await getTranslations({ locale, namespace: 'KeyTerms' });
  const tp = await getTranslations({ locale, namespace: 'Popover' });
  const entries = getGlossary();
  const glossary = new Map(entries.map((e) => [e.id, e]));
  const ids = articleTermIds(article, annotated, entries);

  const chip = (id: string) => {
    const e = glossary.get(id)!;
    return (
      <li key={id}>
        <a className="keyterm" href={`/${locale}/glossary#${id}`} data-keyterm={id}>
          <span lang="zh-Hans" className="keyterm-zh">
            {e.term}
          </span>
          <span lang="en" className="keyterm-en">
            {e.english.text}
          </span>
        </a>
      </li>
    );
  };

  const labels = Object.fromEntries(
    (
      [
        'close',
        'fullEntry',
        'literal',
        'official',
        'own',
        'partial',
        'unconfirmed',
        'wordsInTerm',
        'loading',
        'loadError',
        'fallback',
        'noEntry',
        'otherReadings',
        'measureWords',
        'save',
        'saved',
        'remove',
        'saveFailed',
        'myWords',
        'inTerm',
        'credit',
        'navHint',
        'termDialog',
        'wordDialog',
        'pleco',
        'copy',
        'copied',
        'copyFailed',
      ] as const
    ).map((k) => [k, k === 'official' ? tp.raw(k) : tp(k)]),
  ) as unknown as PopoverLabels;

  return (
    <>
      {ids.length > 0 && (
        <section className="keyterms" aria-labelledby="keyterms-title">
          <h2 id="keyterms-title" className="keyterms-title">
            {t('title')}
          </h2>
          <p className="keyterms-intro">{t('intro')}</p>
          <ul className="keyterms-list">{ids.slice(0, VISIBLE).map(chip)}</ul>
          {ids.length > VISIBLE && (
            <details className="keyterms-more">
              <summary>{t('more', { count: ids.length })}</summary>
              <ul className="keyterms-list">{ids.slice(VISIBLE).map(chip)}</ul>
            </details>
          )}
        </section>
      )}
      <PopoverHost
        termIds={ids}
        termsUrl={termsUrl(article.slug, locale)}
        labels={labels}
        locale={locale}
        slug={article.slug}
        dictUrl={dictionaryUrl(article.slug)}
        wordsHref={`/${locale}/words`}
      />
    </>
  );
}
