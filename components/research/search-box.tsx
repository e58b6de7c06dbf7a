'use client';

import { lazy, Suspense, useRef, useState } from 'react';
import { Icon } from '@/components/icons';

// The find bar and its matching code load when the search first opens: most readers never search,
// and it keeps the reader's first-load JavaScript within its budget.
const SearchPanel = lazy(() => import('./search-panel'));

export interface SearchLabels {
  open: string;
  label: string;
  placeholder: string;
  hint: string;
  prev: string;
  next: string;
  close: string;
  count: string;
  none: string;
  tooLong: string;
  glossary: string;
  results: string;
}

/** The reader's "Search this article" button; the find bar (search-panel.tsx) stays mounted once opened. */
export function SearchBox({
  labels,
  dataUrl,
  locale,
}: {
  labels: SearchLabels;
  dataUrl: string;
  locale: string;
}) {
  const [open, setOpen] = useState(false);
  const [opened, setOpened] = useState(false);
  const opener = useRef<HTMLButtonElement>(null);
  const close = () => {
    setOpen(false);
    opener.current?.focus();
  };
  return (
    <>
      <button
        ref={opener}
        type="button"
        className="dz-btn dz-tool"
        aria-expanded={open}
        aria-controls="dz-search"
        onClick={() => {
          if (open) return close();
          setOpen(true);
          setOpened(true);
        }}
        data-search-open
      >
        <Icon>
          <circle cx="11" cy="11" r="7" />
          <path d="m20 20-3.5-3.5" />
        </Icon>
        <span>{labels.open}</span>
      </button>
      {(open || opened) && (
        <Suspense fallback={null}>
          <SearchPanel labels={labels} dataUrl={dataUrl} locale={locale} open={open} onClose={close} />
        </Suspense>
      )}
    </>
  );
}
