import { loadHskLevels } from './list';

/**
 * The HSK level (1–6, HSK 2.0; see ./list.ts) of a word exactly as segmented, or undefined when the
 * word is not on the list. Never derived from the word's characters: a name such as 淮阴 has no
 * level even though 阴 alone might.
 */
export function hskLevel(word: string): number | undefined {
  return loadHskLevels().get(word);
}
