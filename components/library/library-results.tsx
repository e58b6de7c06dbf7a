'use client';

import { useEffect, useMemo, useState } from 'react';
import { MAX_QUERY, parseQuery } from '@/components/research/search-core';
import type { SearchSentence } from '@/lib/export/search-data';
import type { LibrarySearchArticle, LibrarySearchLabels } from './library-search';
import { markParts, searchLibrary, type LibraryArticle } from './search-library';

const SHOWN = 100;

let textsPromise: Promise<LibraryArticle[]> | undefined;
function loadTexts(articles: readonly LibrarySearchArticle[]): Promise<LibraryArticle[]> {
  textsPromise ??= Promise.all(
    articles.map((a) =>
      fetch(a.dataUrl)
        .then((r) => {
          if (!r.ok) throw new Error(String(r.status));
          return r.json() as Promise<SearchSentence[]>;
        })
        .then((sentences) => ({ slug: a.slug, sentences })),
    ),
  );
  textsPromise.catch(() => (textsPromise = undefined)); // retry on the next search
  return textsPromise;
}

function Marked({ text, ranges }: { text: string; ranges: [number, number][] }) {
  return <>{markParts(text, ranges).map((p, i) => (p.mark ? <mark key={i}>{p.text}</mark> : p.text))}</>;
}

/**
 * Results of the library search: every sentence of every article that matches (Chinese, English,
 * pinyin with or without tones), grouped by article, each linking to the sentence in the reader.
 */
export default function LibraryResults({
  query,
  labels,
  articles,
  locale,
  onStatus,
}: {
  query: string;
  labels: LibrarySearchLabels;
  articles: LibrarySearchArticle[];
  locale: string;
  /** The count or state in words, for the form's live region. */
  onStatus: (status: string) => void;
}) {
  const [texts, setTexts] = useState<LibraryArticle[] | 'error' | null>(null);
  useEffect(() => {
    let live = true;
    loadTexts(articles).then(
      (t) => live && setTexts(t),
      () => live && setTexts('error'),
    );
    return () => {
      live = false;
    };
  }, [articles]);

  const q = useMemo(() => parseQuery(query), [query]);
  const hits = useMemo(() => (q && Array.isArray(texts) ? searchLibrary(q, texts) : []), [q, texts]);

  const trimmed = query.trim();
  let status = '';
  if (trimmed.length > MAX_QUERY) status = labels.tooLong.replace('{max}', String(MAX_QUERY));
  else if (!q) status = '';
  else if (texts === null) status = labels.loading;
  else if (texts === 'error') status = labels.loadError;
  else if (!hits.length) status = labels.none.replace('{query}', trimmed);
  else
    status = (hits.length === 1 ? labels.one : labels.many)
      .replace('{count}', String(hits.length))
      .replace('{query}', trimmed);

  if (hits.length > SHOWN) status += ` ${labels.more.replace('{shown}', String(SHOWN))}`;
  useEffect(() => onStatus(status), [status, onStatus]);

  const shown = hits.slice(0, SHOWN);
  const groups = articles
    .map((a) => ({ article: a, hits: shown.filter((h) => h.slug === a.slug) }))
    .filter((g) => g.hits.length > 0);

  return (
    <>
      {groups.map(({ article, hits }) => (
        <section key={article.slug} className="lib-hits" aria-labelledby={`lib-h-${article.slug}`}>
          <h2 id={`lib-h-${article.slug}`} className="lib-hits-title">
            {article.title}
          </h2>
          <ol>
            {hits.map((h) => (
              <li key={h.sentence.id}>
                <a
                  href={`/${locale}/articles/${h.slug}#${h.sentence.id}`}
                  data-library-hit={`${h.slug}#${h.sentence.id}`}
                >
                  <span className="lib-hit-id">{h.sentence.id}</span>
                  <span lang="zh-Hans" className="lib-hit-zh">
                    <Marked text={h.sentence.zh} ranges={h.zh} />
                  </span>
                  {h.sentence.en && (
                    <span lang="en" className="lib-hit-en">
                      <Marked text={h.sentence.en} ranges={h.en} />
                    </span>
                  )}
                </a>
              </li>
            ))}
          </ol>
        </section>
      ))}
    </>
  );
}
