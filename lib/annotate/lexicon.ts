import type { Cedict } from '@/lib/cedict';

/**
 * Dictionary headwords for re-cutting word boundaries (recut.ts): each word of 2..MAX_WORD Han
 * characters with its readings as toneless syllables. Built from CC-CEDICT by lib/annotate/index.ts;
 * tests build small ones. Pure: no I/O here.
 */
export const MAX_WORD = 6;

export interface Lexicon {
  /** Toneless readings of a headword (one syllable per character), or undefined if not a headword. */
  readings(word: string): readonly string[][] | undefined;
}

const ALL_HAN = /^\p{Script=Han}+$/u;

/** `Zhong1 guo2` / `lu:3` → `zhong`, `guo` / `lu` (ü and u compare equal, as plainSyllable does). */
function tonelessNumbered(pinyin: string): string[] {
  return pinyin
    .toLowerCase()
    .split(/\s+/)
    .map((s) => s.replace(/[1-5]$/, '').replace(/u:|ü|v/g, 'u'));
}

/** A tone-marked syllable (`lǜ`, `zhōng`) to its toneless form (`lu`, `zhong`). */
export function plainSyllable(py: string): string {
  return py
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
}

/** Builds a lexicon from (simplified headword, numbered pinyin) pairs; other words are skipped. */
export function buildLexicon(entries: Iterable<readonly [string, string]>): Lexicon {
  const map = new Map<string, string[][]>();
  for (const [word, pinyin] of entries) {
    const chars = [...word];
    if (chars.length < 2 || chars.length > MAX_WORD || !ALL_HAN.test(word)) continue;
    const syl = tonelessNumbered(pinyin);
    if (syl.length !== chars.length) continue;
    const list = map.get(word) ?? [];
    if (!list.some((r) => r.join(' ') === syl.join(' '))) list.push(syl);
    map.set(word, list);
  }
  return { readings: (w) => map.get(w) };
}

/** Every simplified headword of CC-CEDICT with each of its readings. */
export function lexiconFromCedict(cedict: Pick<Cedict, 'bySimplified'>): Lexicon {
  function* pairs(): Generator<[string, string]> {
    for (const [word, entries] of cedict.bySimplified) for (const e of entries) yield [word, e[2]];
  }
  return buildLexicon(pairs());
}
