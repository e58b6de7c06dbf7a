import type { Article } from '@/lib/content/schema';
import { splitEnglishSentences } from './english';

/**
 * Sentences the English may not carry one to one: a long Chinese sentence rendered as one long
 * English sentence (hard to read, a sign the English should split inside its `en`), and English
 * whose length is far from what the article's other sentences need for as much Chinese (a sign
 * of an omission, an addition or a misalignment).
 */
export interface LengthLimits {
  /** Chinese characters (no whitespace) above which one English sentence is questioned. */
  longZh: number;
  /** Words in one English sentence above which it is questioned. */
  longEn: number;
  /** Ratio outliers: below median / factor or above median × factor. */
  ratioFactor: number;
  /** Units shorter than this (Chinese characters) are too noisy for the ratio. */
  minZhForRatio: number;
}

export const DEFAULT_LIMITS: LengthLimits = { longZh: 90, longEn: 55, ratioFactor: 1.8, minZhForRatio: 20 };

export interface LengthWarning {
  sentenceIds: string[];
  message: string;
}

interface Unit {
  ids: string[];
  zhChars: number;
  en: string;
  words: number;
}

const countWords = (en: string) => en.split(/\s+/).filter((w) => /[A-Za-z0-9]/.test(w)).length;

/** One English string with the Chinese sentences it renders (itself and those merged into it). */
function units(article: Article): Unit[] {
  const out: Unit[] = [];
  for (const b of article.blocks)
    for (const s of b.sentences) {
      const zhChars = [...s.zh.replace(/\s+/gu, '')].length;
      const last = out.at(-1);
      if (s.enMergedWithPrevious && last) {
        last.ids.push(s.id);
        last.zhChars += zhChars;
      } else out.push({ ids: [s.id], zhChars, en: s.en ?? '', words: countWords(s.en ?? '') });
    }
  return out;
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? (s[Math.floor((s.length - 1) / 2)]! + s[Math.ceil((s.length - 1) / 2)]!) / 2 : 0;
};

export function lengthWarnings(article: Article, limits: LengthLimits = DEFAULT_LIMITS): LengthWarning[] {
  const list = units(article);
  const warnings: LengthWarning[] = [];
  for (const u of list) {
    const sentences = splitEnglishSentences(u.en);
    const longest = Math.max(0, ...sentences.map(countWords));
    if (u.zhChars > limits.longZh && sentences.length === 1)
      warnings.push({
        sentenceIds: u.ids,
        message: `${u.zhChars} Chinese characters carried by one English sentence of ${u.words} words: consider splitting the English inside "en"`,
      });
    else if (longest > limits.longEn)
      warnings.push({
        sentenceIds: u.ids,
        message: `an English sentence of ${longest} words: consider splitting it`,
      });
  }
  const measured = list.filter((u) => u.zhChars >= limits.minZhForRatio && u.words > 0);
  const m = median(measured.map((u) => u.words / u.zhChars));
  if (measured.length >= 5 && m > 0)
    for (const u of measured) {
      const r = u.words / u.zhChars;
      if (r < m / limits.ratioFactor || r > m * limits.ratioFactor)
        warnings.push({
          sentenceIds: u.ids,
          message:
            `English ${r < m ? 'short' : 'long'} for its Chinese: ${u.words} words for ${u.zhChars} characters ` +
            `(${(100 * r).toFixed(0)} words per 100 characters; the article's median is ${(100 * m).toFixed(0)}): ` +
            `check for something left out, added or misaligned`,
        });
    }
  return warnings;
}
