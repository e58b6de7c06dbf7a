import type { ArticleMeta } from './schema';

/**
 * The date the library shows and sorts an article by: its publication date when known, else the date
 * of the event reported (a session), else its publication year alone. Never an invented day.
 */
export type ArticleDate =
  | { kind: 'published'; date: string }
  | { kind: 'session'; date: string; year: number }
  | { kind: 'year'; year: number };

export function articleDate(meta: Pick<ArticleMeta, 'publicationDate' | 'sessionDate' | 'publicationYear'>): ArticleDate {
  if (meta.publicationDate) return { kind: 'published', date: meta.publicationDate };
  if (meta.sessionDate) return { kind: 'session', date: meta.sessionDate, year: meta.publicationYear };
  return { kind: 'year', year: meta.publicationYear };
}

/** A sortable key: YYYY-MM-DD, or YYYY alone, which sorts before every day of its year. */
function sortKey(d: ArticleDate): string {
  return d.kind === 'year' ? String(d.year) : d.date;
}

/** Articles newest first by articleDate; equal dates keep slug order, so the order is stable. */
export function newestFirst<T extends { slug: string; meta: Pick<ArticleMeta, 'publicationDate' | 'sessionDate' | 'publicationYear'> }>(
  articles: readonly T[],
): T[] {
  return [...articles].sort((a, b) => {
    const ka = sortKey(articleDate(a.meta));
    const kb = sortKey(articleDate(b.meta));
    return ka === kb ? a.slug.localeCompare(b.slug) : kb.localeCompare(ka);
  });
}
