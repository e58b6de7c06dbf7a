import { auditArticle, isPolyphonic, type CharOccurrence } from '@/lib/annotate/report';
import type { OverrideSet } from '@/lib/annotate/overrides';
import type { Article } from '@/lib/content/schema';

/** One polyphonic character read by pinyin-pro's default, grouped by the reading it got. */
export interface ReviewGroup {
  ch: string;
  reading: string;
  candidates: string[];
  occurrences: { sentenceId: string; context: string }[];
}

export interface PinyinReview {
  hanChars: number;
  polyphonic: number;
  /** Settled by a dictionary word (pinyin-pro's segmentation), an override or a context rule. */
  settled: number;
  groups: ReviewGroup[];
}

/**
 * A polyphonic character is settled when its reading comes from a word of two or more characters
 * (pinyin-pro's dictionary), a reviewed override or a context rule. One standing alone as a word with
 * none of these gets the library's default reading: that is the list an editor reviews.
 */
export function isLibraryDefault(c: CharOccurrence): boolean {
  return isPolyphonic(c) && !c.override && !c.rule && [...c.word].length === 1;
}

export function pinyinReview(article: Article, overrides: OverrideSet): PinyinReview {
  const { chars } = auditArticle(article, overrides);
  const poly = chars.filter(isPolyphonic);
  const groups = new Map<string, ReviewGroup>();
  for (const c of poly.filter(isLibraryDefault)) {
    const key = `${c.ch} ${c.final}`;
    let g = groups.get(key);
    if (!g) groups.set(key, (g = { ch: c.ch, reading: c.final, candidates: c.candidates, occurrences: [] }));
    g.occurrences.push({ sentenceId: c.sentenceId, context: c.context });
  }
  const list = [...groups.values()].sort(
    (a, b) => b.occurrences.length - a.occurrences.length || a.ch.localeCompare(b.ch),
  );
  const pending = list.reduce((n, g) => n + g.occurrences.length, 0);
  return { hanChars: chars.length, polyphonic: poly.length, settled: poly.length - pending, groups: list };
}
