/**
 * The per-article dictionary served as static JSON (`/data/{slug}/dictionary.json`) and read by the
 * word popover. Built from CC-CEDICT at build time; only the article's words are included.
 */

/** One CC-CEDICT reading of a headword. */
export interface DictEntry {
  /** Pinyin with tone marks, one syllable per character (`xíng zhèng`); capitalised for names. */
  py: string;
  /** English definitions in CC-CEDICT order. */
  defs: string[];
  /** Traditional form, only where it differs from the simplified headword. */
  trad?: string;
  /** Measure words (classifiers) as "个 gè". */
  cl?: string[];
}

export interface DictWord {
  /** CC-CEDICT entries for the whole word (empty when CC-CEDICT lacks the word). */
  entries: DictEntry[];
  /** Set when the word is missing from CC-CEDICT: its Han characters, each looked up in `chars`. */
  fallback?: string[];
  /** Level on the HSK 2.0 word list (1–6, lib/hsk); absent when the word is not on the list. */
  hsk?: number;
}

export interface ArticleDictionary {
  version: 1;
  source: { name: 'CC-CEDICT'; license: 'CC BY-SA 4.0'; updated: string };
  words: Record<string, DictWord>;
  /** Entries of single characters used by fallback words. */
  chars: Record<string, DictEntry[]>;
}
