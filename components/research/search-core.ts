/**
 * Pure search logic for the reader: Chinese substring, English (case- and accent-insensitive)
 * substring, and pinyin with or without tones, tone numbers or spaces ("pingji", "píng jí",
 * "ping2ji2" all find 平急). Works on plain strings so it can be tested without a DOM.
 */

import { plainPinyin } from '@/lib/dictionary/pinyin';

export const MAX_QUERY = 80;
export const MAX_HITS = 500;

const HAN = /\p{Script=Han}/u;

/** Lowercase, without diacritics (ǖ → u), for comparing Latin text and pinyin. */
export function fold(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
}

export interface Query {
  raw: string;
  /** Han substring to look for (when the query contains Han characters). */
  zh: string | null;
  /** Folded Latin text for English matching. */
  en: string | null;
  /** Pinyin letters only (no tones, spaces, digits, apostrophes), or null if not pinyin-like. */
  pinyin: string | null;
}

export function parseQuery(input: string): Query | null {
  const raw = input.replace(/\s+/g, ' ').trim();
  if (!raw || raw.length > MAX_QUERY) return null;
  if (HAN.test(raw)) return { raw, zh: raw.replace(/\s+/g, ''), en: null, pinyin: null };
  const en = fold(raw);
  const letters = en.replace(/[\s'’\-·1-5]/g, '').replace(/v/g, 'u');
  return {
    raw,
    zh: null,
    en: en.length >= 1 ? en : null,
    pinyin: /^[a-z]{2,}$/.test(letters) ? letters : null,
  };
}

/**
 * Folds Chinese text to one script with a per-character map (Traditional → Simplified, from the
 * search data), keeping its length, so offsets into the folded text are offsets into the original.
 */
export function foldScript(text: string, toSimp: Readonly<Record<string, string>>): string {
  let out = '';
  for (const ch of text) {
    const to = Object.hasOwn(toSimp, ch) ? toSimp[ch]! : ch;
    out += to.length === ch.length ? to : ch;
  }
  return out;
}

/** [start, end) ranges of `needle` in `hay` (non-overlapping). */
export function findAll(hay: string, needle: string, limit = MAX_HITS): [number, number][] {
  const out: [number, number][] = [];
  if (!needle) return out;
  for (
    let i = hay.indexOf(needle);
    i !== -1 && out.length < limit;
    i = hay.indexOf(needle, i + needle.length)
  )
    out.push([i, i + needle.length]);
  return out;
}

/**
 * Folds a syllable as written in <rt> (tone marks, ü) to the letters a query is folded to: the
 * dictionary's toneless form (`lǚ` → `lu`), so search and word lookup fold pinyin one way.
 */
export const foldSyllable: (py: string) => string = plainPinyin;

/**
 * Where a pinyin key matches whole syllables of consecutive characters. `syllables[i]` is the
 * folded syllable of character i, or '' for a character without pinyin (punctuation, digits).
 */
export function findPinyin(syllables: readonly string[], key: string, limit = MAX_HITS): [number, number][] {
  const out: [number, number][] = [];
  for (let i = 0; i < syllables.length && out.length < limit; i++) {
    if (!syllables[i]) continue;
    let pos = 0;
    let j = i;
    while (pos < key.length && j < syllables.length && syllables[j] && key.startsWith(syllables[j]!, pos)) {
      pos += syllables[j]!.length;
      j++;
    }
    if (pos === key.length) {
      out.push([i, j]);
      i = j - 1;
    }
  }
  return out;
}

/**
 * Matches of a query in one Chinese text (with per-character syllables) and one English text.
 * With `toSimp`, Chinese query and text are both folded to Simplified: a query in either script
 * finds the text in either.
 */
export function matchSentence(
  q: Query,
  zh: { text: string; syllables: readonly string[] },
  en: string,
  toSimp: Readonly<Record<string, string>> = {},
): { zh: [number, number][]; en: [number, number][] } {
  const zhHits = q.zh
    ? findAll(foldScript(zh.text, toSimp), foldScript(q.zh, toSimp))
    : q.pinyin
      ? findPinyin(zh.syllables, q.pinyin)
      : [];
  const enHits = q.en ? findAll(fold(en), q.en) : [];
  return { zh: zhHits, en: enHits };
}

export interface TermLike {
  id: string;
  term: string;
  pinyin: string;
  en: string;
  literal: string;
}

/**
 * Glossary entries whose term, pinyin, English rendering or literal gloss match the query (a
 * Traditional query is folded with `toSimp`: terms are Simplified).
 */
export function matchTerms<T extends TermLike>(
  q: Query,
  terms: readonly T[],
  toSimp: Readonly<Record<string, string>> = {},
): T[] {
  return terms.filter((t) => {
    if (q.zh) return t.term.includes(foldScript(q.zh, toSimp));
    if (q.en && (fold(t.en).includes(q.en) || fold(t.literal).includes(q.en))) return true;
    return (
      !!q.pinyin &&
      fold(t.pinyin)
        .replace(/[^a-z]/g, '')
        .includes(q.pinyin)
    );
  });
}
