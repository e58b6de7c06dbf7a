import { getTranslations } from 'next-intl/server';
import { PopoverHost } from '@/components/popover/popover-host';
import type { PopoverLabels } from '@/components/popover/popover-host';
import { getGlossary } from '@/lib/content';
import { toTraditional } from '@/lib/convert';
import { dictionaryUrl } from '@/lib/dictionary';
import { HSK_LIST } from '@/lib/hsk';
import { articleTermIds, termsUrl } from '@/lib/glossary/term-info';
import { renderKeyTerms } from '@/lib/render';
import { StaticHtml } from './static-html';
import type { ReaderSlotProps } from './slots';
import '@/components/popover/keyterms.css';

// Slot: Key terms strip and the single shared popover (terms and words) — issues 4 and 5.
export async function ReaderGlossary({
  article,
  annotated,
  locale,
  script,
  region,
}: ReaderSlotProps & { region: string }) {
  const t = await getTranslations({ locale, namespace: 'KeyTerms' });
  const tp = await getTranslations({ locale, namespace: 'Popover' });
  const entries = getGlossary();
  const glossary = new Map(entries.map((e) => [e.id, e]));
  const ids = articleTermIds(article, annotated, entries);

  const labels = Object.fromEntries(
    (
      [
        'close',
        'fullEntry',
        'literal',
        'official',
        'common',
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
        'listSep',
        'termLoading',
        'termLoadError',
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
        'alsoIn',
      ] as const
    ).map((k) => [k, k === 'official' || k === 'common' ? tp.raw(k) : tp(k)]),
  ) as unknown as PopoverLabels;
  // the level is only known in the browser: leave its placeholder for the popover to fill
  labels.hskLevel = tp('hskLevel', { list: HSK_LIST.name, level: '{level}' });

  return (
    <>
      <StaticHtml
        id={`${region}/keyterms`}
        html={renderKeyTerms(
          ids,
          glossary,
          locale,
          { title: t('title'), intro: t('intro'), more: t('more', { count: ids.length }) },
          script === 'hant' ? toTraditional : undefined,
        )}
      />
      <PopoverHost
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
