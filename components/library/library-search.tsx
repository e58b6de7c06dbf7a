'use client';

import { lazy, Suspense, useState } from 'react';
import './library.css';

// The matching code and the texts load on first use of the search, not with the page: the library
// keeps its first-load JavaScript to this small form (issue 15's budget).
const LibraryResults = lazy(() => import('./library-results'));

export interface LibrarySearchLabels {
  label: string;
  placeholder: string;
  hint: string;
  loading: string;
  loadError: string;
  none: string;
  one: string;
  many: string;
  more: string;
  tooLong: string;
}

export interface LibrarySearchArticle {
  slug: string;
  /** Title in the UI language. */
  title: string;
  /** The article's sentences for search (lib/export/search-data searchTextUrl). */
  dataUrl: string;
}

/** The library's search across all articles; hidden without JavaScript (it needs the texts' data). */
export function LibrarySearch({
  labels,
  articles,
  locale,
}: {
  labels: LibrarySearchLabels;
  articles: LibrarySearchArticle[];
  locale: string;
}) {
  const [query, setQuery] = useState('');
  const [used, setUsed] = useState(false);
  // The live region stays in this form from the first paint, so the first result count is announced.
  const [status, setStatus] = useState('');
  return (
    <div className="lib-search" data-library-search>
      <form role="search" aria-label={labels.label} onSubmit={(e) => e.preventDefault()}>
        <label htmlFor="lib-q" className="block font-medium">
          {labels.label}
        </label>
        <input
          id="lib-q"
          type="search"
          value={query}
          placeholder={labels.placeholder}
          aria-describedby="lib-hint lib-status"
          autoComplete="off"
          spellCheck={false}
          className="mt-1 min-h-11 w-full rounded-md border border-rule bg-paper px-3 text-base"
          onFocus={() => setUsed(true)}
          onChange={(e) => {
            setUsed(true);
            setQuery(e.target.value);
          }}
        />
        <p id="lib-hint" className="mt-1 text-sm text-muted">
          {labels.hint}
        </p>
      </form>
      <p id="lib-status" role="status" className="mt-2 text-sm" data-library-status>
        {status}
      </p>
      {used && (
        <Suspense fallback={null}>
          <LibraryResults
            query={query}
            labels={labels}
            articles={articles}
            locale={locale}
            onStatus={setStatus}
          />
        </Suspense>
      )}
    </div>
  );
}
