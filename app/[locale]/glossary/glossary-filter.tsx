'use client';

import { useState } from 'react';
import { entryVisible } from './filter-match';

/**
 * Filters the server-rendered entries in place (each `[data-entry]` carries data-zh, data-py,
 * data-en and data-articles, the slugs of the articles it occurs in); empty categories hide too.
 * Choosing an article also hides the other articles' occurrence rows. Hidden until scripts run
 * (html[data-js]): without JavaScript the page lists every entry with all its occurrences.
 */
export function GlossaryFilter({
  label,
  hint,
  countTemplate,
  noMatch,
  total,
  articleLabel,
  allArticles,
  articles,
}: {
  label: string;
  hint: string;
  countTemplate: string;
  noMatch: string;
  total: number;
  articleLabel: string;
  allArticles: string;
  articles: { slug: string; title: string }[];
}) {
  const [query, setQuery] = useState('');
  const [article, setArticle] = useState('');
  const [shown, setShown] = useState(total);

  const apply = (q: string, slug: string) => {
    setQuery(q);
    setArticle(slug);
    let n = 0;
    for (const el of document.querySelectorAll<HTMLElement>('[data-entry]')) {
      const entry = {
        zh: el.dataset.zh ?? '',
        pinyin: el.dataset.py ?? '',
        en: el.dataset.en ?? '',
        articles: (el.dataset.articles ?? '').split(' ').filter(Boolean),
      };
      const ok = entryVisible(entry, q, slug);
      el.hidden = !ok;
      if (ok) n++;
      for (const row of el.querySelectorAll<HTMLElement>('[data-occ-article]'))
        row.hidden = !!slug && row.dataset.occArticle !== slug;
    }
    document.querySelectorAll<HTMLElement>('[data-category]').forEach((sec) => {
      sec.hidden = !sec.querySelector('[data-entry]:not([hidden])');
    });
    setShown(n);
  };

  return (
    <div className="gl-filter mt-6" role="search">
      <div className="gl-filter-fields">
        <div>
          <label htmlFor="gl-q" className="block font-medium">
            {label}
          </label>
          <input
            id="gl-q"
            type="search"
            value={query}
            onChange={(e) => apply(e.target.value, article)}
            placeholder={hint}
            aria-describedby="gl-count"
            autoComplete="off"
            spellCheck={false}
            className="mt-1 min-h-11 w-full rounded-md border border-rule bg-paper px-3 text-base"
          />
        </div>
        {articles.length > 0 && (
          <div>
            <label htmlFor="gl-article" className="block font-medium">
              {articleLabel}
            </label>
            <select
              id="gl-article"
              value={article}
              onChange={(e) => apply(query, e.target.value)}
              aria-describedby="gl-count"
              data-article-filter
              className="mt-1 min-h-11 w-full rounded-md border border-rule bg-paper px-2 text-base"
            >
              <option value="">{allArticles}</option>
              {articles.map((a) => (
                <option key={a.slug} value={a.slug}>
                  {a.title}
                </option>
              ))}
            </select>
          </div>
        )}
      </div>
      <p id="gl-count" className="mt-1 text-sm text-muted" aria-live="polite">
        {shown === 0
          ? noMatch
          : countTemplate.replace('{shown}', String(shown)).replace('{total}', String(total))}
      </p>
    </div>
  );
}
