import { MAX_WORD, plainSyllable, type Lexicon } from './lexicon';
import type { CharReading, Token, WordToken } from './types';

/**
 * Re-cuts word boundaries with dictionary headwords. pinyin-pro's segmenter only knows words that
 * matter for pinyin, so 中国人民银行 comes out as 中 | 国 | 人民 | 银 | 行货 | …; each word is a
 * dictionary popover in the reader. This runs on the finished tokens (after overrides, context rules
 * and sandhi), so it only moves boundaries: every character keeps its reading object untouched.
 *
 * Algorithm: shortest-path segmentation over a word DAG (fewest words), per run of Han characters.
 * Edges: every CC-CEDICT headword of 2–MAX_WORD characters whose CEDICT reading matches the
 * current pinyin syllable by syllable, tones ignored (行货 xíng huò is no edge where 行 reads háng);
 * every word of pinyin-pro's own cut (split at term edges), so no word is lost that CEDICT lacks;
 * and every character pinyin-pro's cut leaves alone.
 * Ties: MMSEG's smallest-variance rule (smallest sum of squared word lengths), then the path keeping
 * more of pinyin-pro's boundaries, then the first found.
 * A word of pinyin-pro's is only split where each of its characters joins a dictionary word: no
 * character of it is left alone (精细 | 化 | 管理 does not become 精 | 细化管理).
 * Constraints: a reviewed override's word (`frozen`) is never split or merged with a neighbour;
 * a glossary term edge (`cuts`) is always a word boundary, so no merged word straddles a term.
 * Names CEDICT lacks (田国立) are not recognised: they keep whatever cut pinyin-pro and the other
 * headwords give (田 | 国立).
 */
export interface RecutOptions {
  lexicon: Lexicon;
  /** Han-character spans [start, end) of the sentence that stay one word each (override words). */
  frozen?: readonly (readonly [number, number])[];
  /** UTF-16 offsets into the sentence where a word must end (glossary term edges). */
  cuts?: ReadonlySet<number>;
}

/** One Han run's constraints, by position between characters (0..n). */
export interface RunConstraints {
  /** Word lengths of the current cut. */
  original: readonly number[];
  /** forced[p]: a word boundary must fall at p. */
  forced: readonly boolean[];
  /** forbidden[p]: no word boundary at p (inside a frozen word), unless forced. */
  forbidden: readonly boolean[];
}

type Cost = [words: number, squares: number, lost: number];

function less(a: Cost, b: Cost): boolean {
  for (let k = 0; k < 3; k++) if (a[k] !== b[k]) return a[k]! < b[k]!;
  return false;
}

function matches(lexicon: Lexicon, chars: readonly CharReading[], i: number, j: number): boolean {
  const word = chars
    .slice(i, j)
    .map((c) => c.ch)
    .join('');
  const plain = chars.slice(i, j).map((c) => plainSyllable(c.py).replace(/ü/g, 'u'));
  return lexicon.readings(word)?.some((r) => r.every((s, k) => s === plain[k])) ?? false;
}

/** New word lengths for one run of Han characters. */
export function recutRun(chars: readonly CharReading[], c: RunConstraints, lexicon: Lexicon): number[] {
  const n = chars.length;
  const original = new Array<boolean>(n + 1).fill(false);
  let at = 0;
  for (const len of c.original) {
    original[at] = true;
    at += len;
  }
  original[n] = true;
  const cuttable = (p: number) => p === 0 || p === n || c.forced[p] === true || !c.forbidden[p];
  // The current cut with the forced boundaries added: always a valid path.
  const pieceEnd = new Map<number, number>();
  for (let i = 0; i < n;) {
    let j = i + 1;
    while (!original[j] && !c.forced[j]) j++;
    pieceEnd.set(i, j);
    i = j;
  }

  const best: (Cost | undefined)[] = new Array<Cost | undefined>(n + 1).fill(undefined);
  const from = new Array<number>(n + 1).fill(-1);
  best[0] = [0, 0, 0];
  for (let i = 0; i < n; i++) {
    const base = best[i];
    if (!base || !cuttable(i)) continue;
    const ends = new Set<number>();
    if (pieceEnd.has(i)) ends.add(pieceEnd.get(i)!);
    for (let j = i + 1; j <= Math.min(n, i + MAX_WORD); j++) {
      if (j > i + 1 && c.forced[j - 1]) break; // a forced boundary lies inside [i, j)
      // a character of a longer pinyin-pro word is never left on its own (精细 | 化 is not 精 | 细化…)
      if (j > i + 1 ? matches(lexicon, chars, i, j) : original[i] && original[j]) ends.add(j);
    }
    for (const j of ends) {
      if (!cuttable(j)) continue;
      const len = j - i;
      const cost: Cost = [base[0] + 1, base[1] + len * len, base[2] + (j < n && original[j] ? 0 : 1)];
      const cur = best[j];
      if (!cur || less(cost, cur)) {
        best[j] = cost;
        from[j] = i;
      }
    }
  }
  const lengths: number[] = [];
  for (let j = n; j > 0; j = from[j]!) lengths.unshift(j - from[j]!);
  return lengths;
}

/**
 * Re-cuts every run of word tokens in a sentence's tokens (text tokens are left as they are).
 * Returns new tokens; character readings are shared, not copied or changed.
 */
export function recutTokens(tokens: readonly Token[], opts: RecutOptions): Token[] {
  const out: Token[] = [];
  let offset = 0; // UTF-16 offset of the next token in the sentence
  let han = 0; // Han characters before the next token
  for (let k = 0; k < tokens.length;) {
    const t = tokens[k]!;
    if (t.kind !== 'word') {
      out.push(t);
      offset += t.text.length;
      k++;
      continue;
    }
    const run: WordToken[] = [];
    while (tokens[k]?.kind === 'word') run.push(tokens[k++] as WordToken);
    const chars = run.flatMap((w) => w.chars);
    const n = chars.length;
    const forced = new Array<boolean>(n + 1).fill(false);
    const forbidden = new Array<boolean>(n + 1).fill(false);
    let u = offset;
    for (let p = 0; p <= n; p++) {
      if (opts.cuts?.has(u)) forced[p] = true;
      u += chars[p]?.ch.length ?? 0;
    }
    for (const [s, e] of opts.frozen ?? []) {
      if (e <= han || s >= han + n) continue;
      for (let p = Math.max(s - han + 1, 1); p < Math.min(e - han, n); p++) forbidden[p] = true;
      if (s - han > 0) forced[s - han] = true;
      if (e - han < n) forced[e - han] = true;
    }
    const lengths = recutRun(
      chars,
      { original: run.map((w) => w.chars.length), forced, forbidden },
      opts.lexicon,
    );
    let i = 0;
    for (const len of lengths) {
      const part = chars.slice(i, i + len);
      out.push({ kind: 'word', text: part.map((ch) => ch.ch).join(''), chars: part });
      i += len;
    }
    offset = u;
    han += n;
  }
  return out;
}
