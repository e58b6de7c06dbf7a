import type { CharReading } from './types';

export type Tone = CharReading['tone'];

const TONE_MARKS: Record<string, 1 | 2 | 3 | 4> = {
  ā: 1,
  ē: 1,
  ī: 1,
  ō: 1,
  ū: 1,
  ǖ: 1,
  á: 2,
  é: 2,
  í: 2,
  ó: 2,
  ú: 2,
  ǘ: 2,
  ḿ: 2,
  ń: 2,
  ǎ: 3,
  ě: 3,
  ǐ: 3,
  ǒ: 3,
  ǔ: 3,
  ǚ: 3,
  ň: 3,
  à: 4,
  è: 4,
  ì: 4,
  ò: 4,
  ù: 4,
  ǜ: 4,
  ǹ: 4,
};

/** The tone of a syllable written with a tone mark: 1–4, or 5 (neutral) when it has none. */
export function toneOf(py: string): Tone {
  for (const c of py.normalize('NFC')) {
    const t = TONE_MARKS[c];
    if (t) return t;
  }
  return 5;
}

/** One Han character (the whole string is a single Han code point). */
export const HAN_CHAR = /^\p{Script=Han}$/u;
/** Runs of Han characters; everything between them is plain text. */
export const HAN_RUN = /\p{Script=Han}+/gu;
