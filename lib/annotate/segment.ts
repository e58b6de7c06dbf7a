import { addDict, OutputFormat, polyphonic as ppPolyphonic, segment } from 'pinyin-pro';
import modern from '@pinyin-pro/data/modern';

/**
 * pinyin-pro with its modern word list, wrapped so the rest of lib/annotate never calls it directly.
 * Pure logic (no content I/O, no server-only): tests and scripts/pinyin-report.mjs import it too.
 */
addDict(modern);

/** A word as pinyin-pro segments it: its characters and one citation-tone syllable per character. */
export interface RawWord {
  chars: string[];
  py: string[];
}

/**
 * pinyin-pro 3.29.4's max-probability segmenter drops back to single characters once a string's
 * running probability falls under 1e-300 (its "unknown character" step resets the exponent), so in a
 * long sentence words such as 增长 come out as 增 cháng + 长. A window of 20 characters can never get
 * there (20 unknown characters = 1e-260), so longer Han runs are segmented window by window; only the
 * words that end well inside a window are kept, and the next window starts right after them.
 */
const WINDOW = 20;
const MARGIN = 8; // longer than any word the windowed cut could split

function segmentPlain(text: string): RawWord[] {
  const words = segment(text, { format: OutputFormat.AllArray, toneSandhi: false });
  return words.map((w) => ({ chars: w.map((c) => c.origin), py: w.map((c) => c.result) }));
}

/** Segments a run of Han characters (no punctuation, digits or Latin inside). */
export function segmentHanRun(run: string): RawWord[] {
  const chars = [...run];
  if (chars.length <= WINDOW) return segmentPlain(run);
  const out: RawWord[] = [];
  let start = 0;
  while (start < chars.length) {
    const end = Math.min(chars.length, start + WINDOW);
    const words = segmentPlain(chars.slice(start, end).join(''));
    if (end === chars.length) {
      out.push(...words);
      break;
    }
    let used = 0;
    let k = 0;
    for (; k < words.length; k++) {
      const w = words[k]!;
      if (used > 0 && used + w.chars.length > WINDOW - MARGIN) break;
      out.push(w);
      used += w.chars.length;
    }
    // Never start the next window with a one-character word: read without its left neighbour,
    // pinyin-pro takes a sentence-initial 了 as liǎo (了解) where 吸引了 needs le. Such words
    // are kept here, read with their context, while they sit well inside the window.
    // At most two characters past the usual cut, so they keep six characters of right context.
    for (; k < words.length && words[k]!.chars.length === 1 && used + 1 <= WINDOW - MARGIN + 2; k++) {
      out.push(words[k]!);
      used += 1;
    }
    start += used;
  }
  return out;
}

/** Every reading pinyin-pro knows for one Han character (citation tones, deduplicated). */
export function readingsOf(ch: string): string[] {
  const [list] = ppPolyphonic(ch, { type: 'array', toneType: 'symbol' });
  return [...new Set(list ?? [])];
}

/**
 * pinyin-pro's reading of every Han character when the whole sentence is segmented in one call, as
 * the naive use of the library would do (the report measures how far the final reading is from it).
 */
export function naiveReadings(zh: string): string[] {
  return segmentPlain(zh).flatMap((w) => w.py.filter((_, i) => /^\p{Script=Han}$/u.test(w.chars[i]!)));
}

const pairCache = new Map<string, string[] | undefined>();

/**
 * The readings pinyin-pro's dictionary gives two characters when they form one word (适应 →
 * shì yìng), else undefined. Lets a context rule see a word the segmenter split (不适 | 应).
 */
export function wordReadings(two: string): string[] | undefined {
  if (pairCache.has(two)) return pairCache.get(two);
  const words = segmentPlain(two);
  const out = words.length === 1 && words[0]!.chars.length === 2 ? words[0]!.py : undefined;
  pairCache.set(two, out);
  return out;
}
