import type { EnglishStatus } from '@/lib/content/schema';
import type { ArticleDictionary, DictEntry } from '@/lib/dictionary/types';

/** Compact, per-locale glossary data for one term, passed from the server to the popover host. */
export interface TermInfo {
  term: string;
  /** The term in Traditional characters (OpenCC cn → tw with the reviewed overrides, lib/convert). */
  termTrad?: string;
  pinyin: string;
  en: string;
  status: EnglishStatus;
  usedBy?: string;
  literal: string;
  /** Explanation in the UI language. */
  text: string;
  conf: 'confirmed' | 'partial' | 'unconfirmed';
  /** Confidence note in the UI language (what is and is not documented). */
  note?: string;
  /** Other articles the term occurs in: title (UI language) and a link to its first sentence there. */
  also?: { t: string; h: string }[];
}

const compact = (py: string) => py.toLowerCase().replace(/[^\p{L}]/gu, '');

/**
 * CC-CEDICT entries for a word, the reading that matches the reader's pinyin first (so 行 in 银行
 * shows háng before xíng). Stable otherwise.
 */
export function orderEntries(entries: readonly DictEntry[], contextPinyin: string): DictEntry[] {
  const want = compact(contextPinyin);
  if (!want) return [...entries];
  const hit = entries.filter((e) => compact(e.py) === want);
  return [...hit, ...entries.filter((e) => !hit.includes(e))];
}

export type WordLookup =
  | { kind: 'word'; entries: DictEntry[] }
  | { kind: 'chars'; chars: { ch: string; entries: DictEntry[] }[] }
  | { kind: 'none' };

/** What the dictionary says about a word, with the characters' entries when it lacks the word. */
export function lookupWord(dict: ArticleDictionary, word: string, contextPinyin: string): WordLookup {
  const w = dict.words[word];
  if (w && w.entries.length) return { kind: 'word', entries: orderEntries(w.entries, contextPinyin) };
  const chars = (w?.fallback ?? [...word]).map((ch, i) => ({
    ch,
    entries: orderEntries(dict.chars[ch] ?? [], contextPinyin.split(/\s+/)[i] ?? ''),
  }));
  if (chars.some((c) => c.entries.length)) return { kind: 'chars', chars };
  return { kind: 'none' };
}

/** Definitions to store with a saved word: the in-context reading's, or each character's first. */
export function definitionsFor(found: WordLookup): string[] {
  if (found.kind === 'word') return found.entries[0]?.defs.slice(0, 8) ?? [];
  if (found.kind === 'chars')
    return found.chars
      .filter((c) => c.entries[0])
      .map((c) => `${c.ch}: ${c.entries[0]!.defs.slice(0, 3).join(', ')}`);
  return [];
}
