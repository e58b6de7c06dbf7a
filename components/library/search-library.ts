/**
 * The library's search across articles: the reader's search core (components/research/search-core)
 * run over every article's sentences (lib/export/search-data's SearchSentence, one static file per
 * article). Pure, so unit tests can feed it any number of articles.
 */
import type { SearchSentence } from '@/lib/export/search-data';
import { matchSentence, type Query } from '@/components/research/search-core';

export interface LibraryArticle {
  slug: string;
  sentences: readonly SearchSentence[];
}

export interface LibraryHit {
  slug: string;
  sentence: SearchSentence;
  /** [start, end) ranges in sentence.zh and in sentence.en. */
  zh: [number, number][];
  en: [number, number][];
}

/** Every sentence that matches, article by article in the order given, at most `limit`. */
export function searchLibrary(q: Query, articles: readonly LibraryArticle[], limit = 200): LibraryHit[] {
  const out: LibraryHit[] = [];
  for (const a of articles)
    for (const s of a.sentences) {
      if (out.length >= limit) return out;
      const m = matchSentence(q, { text: s.zh, syllables: s.py.split(' ') }, s.en);
      // English ranges are found in the folded text; they mark the original only where folding kept
      // the length (no decomposed accents).
      const en = s.en.normalize('NFD').length === s.en.length ? m.en : [];
      if (m.zh.length || m.en.length) out.push({ slug: a.slug, sentence: s, zh: m.zh, en });
    }
  return out;
}

/** A text cut into plain and marked parts by [start, end) ranges (sorted, non-overlapping). */
export function markParts(
  text: string,
  ranges: readonly [number, number][],
): { text: string; mark: boolean }[] {
  const out: { text: string; mark: boolean }[] = [];
  let at = 0;
  for (const [a, b] of ranges) {
    if (a < at || b > text.length) continue;
    if (a > at) out.push({ text: text.slice(at, a), mark: false });
    out.push({ text: text.slice(a, b), mark: true });
    at = b;
  }
  if (at < text.length) out.push({ text: text.slice(at), mark: false });
  return out;
}
