import { getFormatter, getTranslations } from 'next-intl/server';
import { annotateArticle, type AnnotatedArticle } from '@/lib/annotate';
import { getGlossary, type Article } from '@/lib/content';
import { articleDifficulty, hskLevel, HSK_LIST, READING_SPEED_CPM, type Difficulty } from '@/lib/hsk';

type Share = Difficulty['beyond'];

/** Running-word shares of levels lo…hi together. */
function band(d: Difficulty, lo: number, hi: number): number {
  return d.levels.filter((l) => l.level >= lo && l.level <= hi).reduce((n, l) => n + l.tokenShare, 0);
}

/**
 * How hard an article is by the HSK word list: on the library card (compact: three bands of
 * running words and the totals) and at the top of the reader (full: adds the table of every
 * level). Every figure is text; nothing is told by colour alone.
 */
export async function DifficultyCard({
  article,
  annotated,
  locale,
  variant,
}: {
  article: Article;
  annotated?: AnnotatedArticle;
  locale: 'en' | 'zh';
  variant: 'compact' | 'full';
}) {
  const t = await getTranslations({ locale, namespace: 'Difficulty' });
  const format = await getFormatter({ locale });
  const d = articleDifficulty(
    annotated ?? annotateArticle(article, getGlossary()),
    hskLevel,
    HSK_LIST.levels,
  );
  const pct = (n: number) => format.number(n, { style: 'percent', maximumFractionDigits: 0 });
  const list = HSK_LIST.name;
  const mid = Math.floor(HSK_LIST.levels / 2);
  const id = `difficulty-${article.slug}`;

  const summary = (
    <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
      <dt className="text-muted">{t('levels', { list, from: 1, to: mid })}</dt>
      <dd>{pct(band(d, 1, mid))}</dd>
      <dt className="text-muted">{t('levels', { list, from: mid + 1, to: HSK_LIST.levels })}</dt>
      <dd>{pct(band(d, mid + 1, HSK_LIST.levels))}</dd>
      <dt className="text-muted">{t('beyond', { list })}</dt>
      <dd>{pct(d.beyond.tokenShare)}</dd>
      <dt className="text-muted">{t('characters')}</dt>
      <dd>{format.number(d.hanChars)}</dd>
      <dt className="text-muted">{t('readingTime')}</dt>
      <dd>{t('minutes', { minutes: d.readingMinutes, cpm: READING_SPEED_CPM })}</dd>
      <dt className="text-muted">{t('glossaryTerms')}</dt>
      <dd>{t('termsValue', { terms: d.glossaryTerms, occurrences: d.termOccurrences })}</dd>
    </dl>
  );

  if (variant === 'compact')
    return (
      // Not a landmark: one per library card, each would have the same name.
      <div className="mt-4 rounded-lg border border-rule p-3">
        <h3 id={id} className="text-sm font-semibold">
          {t('title', { list })}
        </h3>
        <p className="text-xs text-muted">{t('sharesOf')}</p>
        {summary}
      </div>
    );

  const row = (label: string, s: Share, key: string) => (
    <tr key={key} className="border-t border-rule">
      <th scope="row" className="py-1 pr-4 text-left font-normal">
        {label}
      </th>
      <td className="py-1 pr-4 text-right tabular-nums">{pct(s.tokenShare)}</td>
      <td className="py-1 pr-4 text-right tabular-nums">{pct(s.wordShare)}</td>
      <td className="py-1 text-right tabular-nums">{format.number(s.words)}</td>
    </tr>
  );

  // At the top of the reader the card is one line until opened, so on a phone the article still
  // starts on the first screen.
  return (
    <section aria-labelledby={id} className="mb-6 rounded-xl border border-rule bg-panel" data-difficulty="">
      <details>
        <summary className="cursor-pointer p-4">
          <h2 id={id} className="inline text-base font-semibold">
            {t('title', { list })}
          </h2>
          <span className="mt-1 block text-sm text-muted">
            {t('line', {
              low: pct(band(d, 1, mid)),
              high: pct(band(d, mid + 1, HSK_LIST.levels)),
              beyond: pct(d.beyond.tokenShare),
              mid,
              mid1: mid + 1,
              top: HSK_LIST.levels,
              minutes: d.readingMinutes,
            })}
          </span>
        </summary>
        <div className="px-4 pb-4">
          <p className="text-sm text-muted">{t('sharesOf')}</p>
          {summary}
          <details className="mt-3">
            <summary className="cursor-pointer text-sm">{t('byLevel', { list })}</summary>
            <table className="mt-2 text-sm">
              <caption className="sr-only">{t('byLevel', { list })}</caption>
              <thead>
                <tr>
                  <th scope="col" className="pr-4 text-left font-semibold">
                    {t('colLevel')}
                  </th>
                  <th scope="col" className="pr-4 text-right font-semibold">
                    {t('colTokens')}
                  </th>
                  <th scope="col" className="pr-4 text-right font-semibold">
                    {t('colWords')}
                  </th>
                  <th scope="col" className="text-right font-semibold">
                    {t('colCount')}
                  </th>
                </tr>
              </thead>
              <tbody>
                {d.levels.map((l) => row(t('level', { list, level: l.level }), l, String(l.level)))}
                {row(t('beyond', { list }), d.beyond, 'beyond')}
              </tbody>
              <tfoot>
                <tr className="border-t border-rule">
                  <th scope="row" className="py-1 pr-4 text-left font-normal">
                    {t('total')}
                  </th>
                  <td className="py-1 pr-4 text-right tabular-nums">{pct(d.wordTokens ? 1 : 0)}</td>
                  <td className="py-1 pr-4 text-right tabular-nums">{pct(d.distinctWords ? 1 : 0)}</td>
                  <td className="py-1 text-right tabular-nums">{format.number(d.distinctWords)}</td>
                </tr>
              </tfoot>
            </table>
            <p className="mt-2 text-xs text-muted">
              {t('totalNote', { tokens: d.wordTokens, words: d.distinctWords })}
            </p>
          </details>
          <p className="mt-3 text-xs text-muted">
            {t('listNote', { list })} {t('speedNote', { cpm: READING_SPEED_CPM })}
          </p>
        </div>
      </details>
    </section>
  );
}
