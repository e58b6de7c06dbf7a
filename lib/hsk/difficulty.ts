import type { AnnotatedArticle } from '@/lib/annotate/article';
import type { Token } from '@/lib/annotate/types';

/**
 * Assumed reading speed of an intermediate learner, in Han characters per minute. An assumption,
 * not a measurement: native readers read about 255 characters a minute aloud (Trauzettel-Klosinski
 * et al. 2012) and faster silently; learners describe 100–200 for texts they can mostly read.
 */
export const READING_SPEED_CPM = 150;

const HAN = /\p{Script=Han}/gu;

export interface Share {
  /** Word tokens (running words) in this band. */
  tokens: number;
  /** Distinct words in this band. */
  words: number;
  /** tokens / all word tokens, 0–1. */
  tokenShare: number;
  /** words / all distinct words, 0–1. */
  wordShare: number;
}

export interface Difficulty {
  wordTokens: number;
  distinctWords: number;
  /** One entry per list level, 1 first. */
  levels: (Share & { level: number })[];
  /** Words not on the list (names, policy vocabulary, rarer words). */
  beyond: Share;
  /** Distinct glossary terms, and how often they occur. */
  glossaryTerms: number;
  termOccurrences: number;
  /** Han characters of the Chinese text. */
  hanChars: number;
  /** Whole minutes at READING_SPEED_CPM, at least 1. */
  readingMinutes: number;
}

function* wordTokens(annotated: AnnotatedArticle): Generator<string> {
  for (const s of Object.values(annotated.sentences))
    for (const p of s.pieces)
      for (const t of (p.kind === 'term' ? p.tokens : [p]) as Token[]) if (t.kind === 'word') yield t.text;
}

/**
 * How hard an article is by a word list: the share of running words and of distinct words at each
 * level, what lies beyond the list, glossary terms, characters and an estimated reading time.
 */
export function articleDifficulty(
  annotated: AnnotatedArticle,
  levelOf: (word: string) => number | undefined,
  levelCount: number,
): Difficulty {
  const tokensAt = new Array<number>(levelCount + 1).fill(0); // index 0 = beyond the list
  const wordsAt = new Array<number>(levelCount + 1).fill(0);
  const seen = new Set<string>();
  let total = 0;
  let hanChars = 0;
  for (const w of wordTokens(annotated)) {
    const lv = levelOf(w) ?? 0;
    total++;
    hanChars += w.match(HAN)?.length ?? 0;
    tokensAt[lv]!++;
    if (!seen.has(w)) {
      seen.add(w);
      wordsAt[lv]!++;
    }
  }
  const share = (i: number): Share => ({
    tokens: tokensAt[i]!,
    words: wordsAt[i]!,
    tokenShare: total ? tokensAt[i]! / total : 0,
    wordShare: seen.size ? wordsAt[i]! / seen.size : 0,
  });
  return {
    wordTokens: total,
    distinctWords: seen.size,
    levels: Array.from({ length: levelCount }, (_, i) => ({ level: i + 1, ...share(i + 1) })),
    beyond: share(0),
    glossaryTerms: new Set(annotated.occurrences.map((o) => o.termId)).size,
    termOccurrences: annotated.occurrences.length,
    hanChars,
    readingMinutes: Math.max(1, Math.round(hanChars / READING_SPEED_CPM)),
  };
}
