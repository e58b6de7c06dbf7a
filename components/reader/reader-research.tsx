import { getTranslations } from 'next-intl/server';
import { ResearchClient } from '@/components/research/research-client';
import { SearchBox } from '@/components/research/search-box';
import { articleJsonLd, serializeJsonLd } from '@/lib/cite/jsonld';
import { citeSource } from '@/lib/cite/source';
import { EXPORT_FILES, exportPath, type ExportFile } from '@/lib/export/build';
import { SITE_URL } from '@/lib/site/config';
import type { CiteLabels } from '@/components/research/cite-dialog';
import { readerPath, type ReaderSlotProps } from './slots';
import { Icon } from '@/components/icons';

const EXPORTS: { file: ExportFile; key: 'json' | 'tsv' | 'tmx' | 'txt' }[] = [
  { file: 'article.json', key: 'json' },
  { file: 'aligned.tsv', key: 'tsv' },
  { file: 'aligned.tmx', key: 'tmx' },
  { file: 'article.txt', key: 'txt' },
];

// Slot: Search, export links and structured data — issue 7.
export async function ReaderResearch({ article, locale, script }: ReaderSlotProps) {
  const [ta, tc, ts, te, tm] = await Promise.all([
    getTranslations({ locale, namespace: 'Actions' }),
    getTranslations({ locale, namespace: 'Cite' }),
    getTranslations({ locale, namespace: 'Search' }),
    getTranslations({ locale, namespace: 'Export' }),
    getTranslations({ locale, namespace: 'Meta' }),
  ]);
  // Raw message strings with their {placeholders}; the client fills them.
  const raw = <K extends string>(t: { raw: (k: K) => unknown }, keys: readonly K[]) =>
    Object.fromEntries(keys.map((k) => [k, String(t.raw(k))])) as Record<K, string>;
  const actionLabels = raw(ta, [
    'copyLink',
    'cite',
    'copyZh',
    'copyEn',
    'copyPinyin',
    'copyAll',
    'copied',
    'linkCopied',
    'copyFailed',
    'arrivedBlock',
    'arrivedSentence',
    'arrivedRange',
  ] as const);
  const citeLabels = raw(tc, [
    'title',
    'passage',
    'wholeBlock',
    'sentence',
    'through',
    'locator',
    'copyText',
    'copyZh',
    'copyEn',
    'copyBoth',
    'link',
    'copy',
    'copied',
    'apa',
    'mla',
    'chicago',
    'gbt',
    'reference',
    'worksCited',
    'inText',
    'note',
    'bibliography',
    'gbtEntry',
    'download',
    'bibtex',
    'ris',
    'accessed',
    'close',
  ] as const) as CiteLabels;
  const searchLabels = raw(ts, [
    'open',
    'label',
    'placeholder',
    'hint',
    'prev',
    'next',
    'close',
    'count',
    'none',
    'tooLong',
    'glossary',
    'results',
  ] as const);
  const siteName = tm('siteName');
  // Citations quote the source in its own script and link to the Simplified page; on the
  // Traditional page the cite dialog says so.
  if (script === 'hant') citeLabels.scriptNote = String(tc.raw('scriptNote'));
  const source = citeSource(article, locale, SITE_URL, siteName);

  return (
    <div className="dz-research" data-research>
      <script
        type="application/ld+json"
        dangerouslySetInnerHTML={{
          __html: serializeJsonLd(articleJsonLd(article, locale, SITE_URL, siteName)),
        }}
      />
      <SearchBox labels={searchLabels} dataUrl={`/search-data/${article.slug}.json`} locale={locale} />
      <details className="dz-exports" data-exports>
        <summary className="dz-btn dz-tool">
          <Icon>
            <path d="M12 4v11m0 0-4-4m4 4 4-4M5 19h14" />
          </Icon>
          <span>{te('title')}</span>
        </summary>
        <ul className="dz-export-list">
          {EXPORTS.map(({ file, key }) => (
            <li key={file}>
              {te.rich('item', {
                label: te(key),
                hint: te(`${key}Hint`),
                link: (chunks) => (
                  <a
                    href={exportPath(article.slug, file)}
                    download={`${article.slug}-${file}`}
                    type={EXPORT_FILES[file].mime}
                    data-export={file}
                  >
                    {chunks}
                  </a>
                ),
                muted: (chunks) => <span className="dz-muted">{chunks}</span>,
              })}
            </li>
          ))}
          <li>
            <a href="/schemas/article-export-v1.json" type="application/schema+json">
              {te('schema')}
            </a>
          </li>
        </ul>
      </details>
      <ResearchClient
        labels={actionLabels}
        citeLabels={citeLabels}
        source={source}
        pageUrl={`${SITE_URL}${readerPath(locale, article.slug, script)}`}
      />
    </div>
  );
}
