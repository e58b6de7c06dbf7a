'use client';

import { useState } from 'react';
import { matchesQuery } from './filter-match';

/**
 * Filters the server-rendered entries in place (each `[data-entry]` carries data-zh, data-py and
 * data-en); empty categories hide too. Hidden until scripts run (html[data-js]).
 */
export function GlossaryFilter({
  label,
  hint,
  countTemplate,
  noMatch,
  total,
}: {
  label: string;
  hint: string;
  countTemplate: string;
  noMatch: string;
  total: number;
}) {
  const [query, setQuery] = useState('');
  const [shown, setShown] = useState(total);

  const apply = (q: string) => {
    setQuery(q);
    let n = 0;
    for (const el of document.querySelectorAll<HTMLElement>('[data-entry]')) {
      const ok = matchesQuery(
        { zh: el.dataset.zh ?? '', pinyin: el.dataset.py ?? '', en: el.dataset.en ?? '' },
        q,
      );
      el.hidden = !ok;
      if (ok) n++;
    }
    document.querySelectorAll<HTMLElement>('[data-category]').forEach((sec) => {
      sec.hidden = !sec.querySelector('[data-entry]:not([hidden])');
    });
    setShown(n);
  };

  return (
    <div className="gl-filter mt-6" role="search">
      <label htmlFor="gl-q" className="block font-medium">
        {label}
      </label>
      <input
        id="gl-q"
        type="search"
        value={query}
        onChange={(e) => apply(e.target.value)}
        placeholder={hint}
        aria-describedby="gl-count"
        autoComplete="off"
        spellCheck={false}
        className="mt-1 min-h-11 w-full rounded-md border border-rule bg-paper px-3 text-base"
      />
      <p id="gl-count" className="mt-1 text-sm text-muted" aria-live="polite">
        {shown === 0
          ? noMatch
          : countTemplate.replace('{shown}', String(shown)).replace('{total}', String(total))}
      </p>
    </div>
  );
}
