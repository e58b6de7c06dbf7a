import { getTranslations } from 'next-intl/server';
import { PopoverHost } from '@/components/popover/popover-host';
import type { TermInfo } from '@/components/popover/logic';
import type { PopoverLabels } from '@/components/popover/popover-host';
import { getGlossary } from '@/lib/content';
import { dictionaryUrl } from '@/lib/dictionary';
import type { ReaderSlotProps } from './slots';
import '@/components/popover/keyterms.css';

/** How many key terms show before the "all terms" disclosure. */
const VISIBLE = 12;

// Slot: Key terms strip and the single shared popover (terms and words) — issues 4 and 5.
export async function ReaderGlossary({ article, annotated, locale }: ReaderSlotProps) {
  const t = await getTranslations({ locale, namespace: 'KeyTerms' });
  const tp = await getTranslations({ locale, namespace: 'Popover' });
  const glossary = new Map(getGlossary().map((e) => [e.id, e]));

  // The article's terms, distinct, in order of first occurrence (or the editor's keyTerms first).
  const order = [
    ...new Set([...(article.meta.keyTerms ?? []), ...annotated.occurrences.map((o) => o.termId)]),
  ];
  const ids = order.filter((id) => glossary.has(id));

  // Compact per-term data for the popover (UI language only); never the annotated text.
  const terms: Record<string, TermInfo> = {};
  for (const id of ids) {
    const e = glossary.get(id)!;
    terms[id] = {
      term: e.term,
      pinyin: e.pinyin,
      en: e.english.text,
      status: e.english.status,
      ...(e.english.usedBy ? { usedBy: e.english.usedBy } : {}),
      literal: e.literal,
      text: e.explanation[locale],
      conf: e.confidence,
      ...(e.note ? { note: e.note[locale] } : {}),
    };
  }

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
        terms={terms}
        labels={labels}
        locale={locale}
        slug={article.slug}
        dictUrl={dictionaryUrl(article.slug)}
        wordsHref={`/${locale}/words`}
      />
    </>
  );
}
