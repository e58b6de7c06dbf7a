import type { Cedict, RawEntry } from '@/lib/cedict';
import { numberedToMarked, tidyDefinition } from './pinyin';
import type { ArticleDictionary, DictEntry } from './types';

const HAN = /\p{Script=Han}/u;

/** A definition that only points at another form ("variant of X", "old variant of X"). */
const VARIANT_ONLY = /^(?:old |archaic |Japanese |erhua )?variant of /i;

function toEntry(e: RawEntry, cedict: Cedict): DictEntry {
  const raw = typeof e[3] === 'string' ? [e[3]] : e[3];
  const defs = raw.map(tidyDefinition).filter((d) => d.length > 0);
  const entry: DictEntry = { py: numberedToMarked(e[2]), defs };
  if (e[0] !== e[1]) entry.trad = e[0];
  const cl = (e[5] ?? [])
    .map((i) => cedict.classifiers[i])
    .filter((c): c is [string, string, string] => Array.isArray(c))
    .map((c) => `${c[1]} ${numberedToMarked(c[2])}`);
  if (cl.length) entry.cl = cl;
  return entry;
}

/**
 * Entries for one headword, merged by reading (CC-CEDICT may list the same simplified form twice
 * for two traditional forms: 机制 機制 and 機製, 这里 這裏 and 這裡). The merged entry shows
 * `preferTrad` when one of them is that form (the word as the Traditional page writes it), else the
 * first. Common readings before proper names; entries that are only "variant of …" go last, and are
 * dropped when a full entry exists.
 */
export function lookup(word: string, cedict: Cedict, preferTrad?: string): DictEntry[] {
  const raw = cedict.bySimplified.get(word) ?? [];
  const merged = new Map<string, DictEntry>();
  for (const e of raw) {
    const entry = toEntry(e, cedict);
    const prev = merged.get(entry.py);
    if (!prev) merged.set(entry.py, entry);
    else {
      if (preferTrad !== undefined && e[0] === preferTrad) {
        if (entry.trad) prev.trad = entry.trad;
        else delete prev.trad;
      }
      for (const d of entry.defs) if (!prev.defs.includes(d)) prev.defs.push(d);
      if (entry.cl) prev.cl = [...new Set([...(prev.cl ?? []), ...entry.cl])];
    }
  }
  const list = [...merged.values()];
  const variantOnly = (e: DictEntry) => e.defs.every((d) => VARIANT_ONLY.test(d));
  const full = list.filter((e) => !variantOnly(e));
  const kept = full.length ? full : list;
  const isName = (e: DictEntry) => /^[A-ZÀ-ÝĀ-Ž]/.test(e.py);
  return [...kept.filter((e) => !isName(e)), ...kept.filter(isName)];
}

/**
 * The dictionary for one article: every word the reader renders (`annotateArticle(...).words`),
 * with its CC-CEDICT entries. A word CC-CEDICT lacks (names, new coinages) falls back to its
 * characters' entries and is marked `fallback` so the popover can say so. `levelOf` gives a word's
 * level on the HSK list (lib/hsk), kept as `hsk` for the popover; a word off the list has none.
 * `tradOf` gives a word's form on the Traditional page (lib/convert), so the popover's traditional
 * headword matches it.
 */
export function extractDictionary(
  words: readonly string[],
  cedict: Cedict,
  {
    levelOf = () => undefined,
    tradOf,
  }: { levelOf?: (word: string) => number | undefined; tradOf?: ReadonlyMap<string, string> } = {},
): ArticleDictionary {
  const dict: ArticleDictionary = {
    version: 1,
    source: { name: 'CC-CEDICT', license: 'CC BY-SA 4.0', updated: cedict.updated },
    words: {},
    chars: {},
  };
  for (const word of words) {
    if (!HAN.test(word) || dict.words[word]) continue;
    const level = levelOf(word);
    const hsk = level === undefined ? {} : { hsk: level };
    const entries = lookup(word, cedict, tradOf?.get(word));
    if (entries.length) {
      dict.words[word] = { entries, ...hsk };
      continue;
    }
    const chars = [...word].filter((c) => HAN.test(c));
    for (const c of chars) if (!dict.chars[c]) dict.chars[c] = lookup(c, cedict);
    dict.words[word] = { entries: [], fallback: chars, ...hsk };
  }
  return dict;
}
