import { applyContextRules, type RuledReading } from './context';
import type { AnnotatedSentence, CharReading, Token } from './types';
import { applyOverrides, NO_OVERRIDES, type AppliedOverride, type OverrideSet } from './overrides';
import type { Lexicon } from './lexicon';
import { recutTokens } from './recut';
import { applySandhi } from './sandhi';
import { segmentHanRun } from './segment';
import { attachTerms, findTerms, type TermMatcher } from './terms';
import { HAN_RUN, toneOf } from './tone';

export interface AnnotateOptions {
  overrides?: OverrideSet;
  matcher?: TermMatcher;
  /** Dictionary headwords: when given, word boundaries are re-cut with them (recut.ts). */
  lexicon?: Lexicon;
}

/** The reading of a sentence with what produced it, for tests and the pinyin report. */
export interface SentenceReading {
  tokens: Token[];
  /** pinyin-pro's own reading of every Han character, in order (before overrides). */
  raw: { ch: string; py: string }[];
  /** Overrides applied; `index` counts Han characters from the start of the sentence. */
  applied: AppliedOverride[];
  /** Readings set by a context rule (lib/annotate/context.ts), by Han-character index. */
  ruled: RuledReading[];
}

function pushText(tokens: Token[], text: string) {
  const last = tokens.at(-1);
  if (last?.kind === 'text') last.text += text;
  else tokens.push({ kind: 'text', text });
}

/**
 * Segments a sentence into words, reads every Han character, applies overrides, the context rules
 * and 一/不 sandhi.
 */
export function readSentence(zh: string, overrides: OverrideSet = NO_OVERRIDES): SentenceReading {
  const tokens: Token[] = [];
  const raw: SentenceReading['raw'] = [];
  const applied: AppliedOverride[] = [];
  let last = 0;
  for (const m of zh.matchAll(HAN_RUN)) {
    if (m.index > last) pushText(tokens, zh.slice(last, m.index));
    const words = segmentHanRun(m[0]);
    for (const w of words) w.chars.forEach((ch, i) => raw.push({ ch, py: w.py[i]! }));
    const base = raw.length - [...m[0]].length;
    const fixed = applyOverrides(words, overrides);
    for (const a of fixed.applied) applied.push({ ...a, index: base + a.index });
    for (const w of fixed.words) {
      const chars: CharReading[] = w.chars.map((ch, i) => ({ ch, py: w.py[i]!, tone: toneOf(w.py[i]!) }));
      tokens.push({ kind: 'word', text: w.chars.join(''), chars });
    }
    last = m.index + m[0].length;
  }
  if (last < zh.length) pushText(tokens, zh.slice(last));
  const ruled = applyContextRules(tokens);
  applySandhi(tokens);
  return { tokens, raw, applied, ruled };
}

/** The words of the applied overrides, as Han-character spans [start, end) of the sentence. */
function overrideWords(applied: readonly AppliedOverride[]): [number, number][] {
  const spans: [number, number][] = [];
  for (const a of applied) {
    let at = a.index;
    for (const len of a.override.words) spans.push([at, (at += len)]);
  }
  return spans;
}

export function annotateSentence(id: string, zh: string, opts: AnnotateOptions = {}): AnnotatedSentence {
  const read = readSentence(zh, opts.overrides);
  const terms = opts.matcher ? findTerms(zh, opts.matcher) : [];
  const tokens = opts.lexicon
    ? recutTokens(read.tokens, {
        lexicon: opts.lexicon,
        frozen: overrideWords(read.applied),
        cuts: new Set(terms.flatMap((t) => [t.start, t.end])),
      })
    : read.tokens;
  const pieces = opts.matcher ? attachTerms(tokens, terms) : tokens;
  return { id, pieces };
}
