/**
 * The glossary filter: Chinese matches the term and its forms; Latin text matches the pinyin
 * (tone marks optional: "pingji" finds 平急两用 píngjí liǎngyòng; a query with marks must match
 * them) and the English rendering and literal gloss. Pure, for the client filter and unit tests.
 */
export interface Searchable {
  zh: string;
  pinyin: string;
  en: string;
}

const HAN = /\p{Script=Han}/u;
const MARKS = /[\u0300-\u036f]/g;

/** Lowercase, no spaces or punctuation, tone marks kept (ü kept). */
function compact(s: string): string {
  return s
    .normalize('NFC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]/gu, '');
}

/** As compact, and toneless: ǚ → u. Also reads tone numbers ("ping2ji2" → "pingji"). */
export function toneless(s: string): string {
  return compact(s.normalize('NFD').replace(MARKS, '').replace(/ü/g, 'u').replace(/[1-5]/g, ''));
}

export function matchesQuery(entry: Searchable, query: string): boolean {
  const q = query.trim();
  if (!q) return true;
  if (HAN.test(q)) return compact(entry.zh).includes(compact(q));
  const hasMarks = q.normalize('NFD') !== q.normalize('NFD').replace(MARKS, '');
  const py = hasMarks
    ? compact(entry.pinyin).includes(compact(q))
    : toneless(entry.pinyin).includes(toneless(q));
  if (py) return true;
  const words = q.toLowerCase().split(/\s+/).filter(Boolean);
  const en = entry.en.toLowerCase();
  return words.every((w) => en.includes(w));
}

/** An entry with the slugs of the articles it occurs in (data-articles on the page). */
export interface FilterableEntry extends Searchable {
  articles: readonly string[];
}

/** Shown when it matches the query and, if an article is chosen (its slug), occurs in it. */
export function entryVisible(entry: FilterableEntry, query: string, article: string): boolean {
  if (article && !entry.articles.includes(article)) return false;
  return matchesQuery(entry, query);
}
