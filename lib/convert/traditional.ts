import type { AnnotatedArticle } from '@/lib/annotate/article';
import type { AnnotatedSentence, Piece, TermPiece, TextToken, Token, WordToken } from '@/lib/annotate/types';
import type { TraditionalOverride } from '@/lib/content/schema';
import type { TextConverter } from './opencc';

/**
 * Simplified → Traditional conversion of annotated text, after annotation, so that segmentation,
 * pinyin per character, glossary marks and sentence ids stay exactly those of the Simplified page.
 *
 * A word of two or more characters is converted on its own, a one-character word inside its
 * sentence (convertTokens); the reviewed overrides are laid over the sentence; the characters go
 * back into the same tokens by position. That needs one output character per input character,
 * which OpenCC's cn → tw keeps for nearly all text. Where a sentence does not, its one-character
 * words are converted alone; a token that still changes length is converted character by
 * character. Each fallback is reported.
 */

/** A converted word; `simp` is its Simplified text (the key of the per-article dictionary). */
export interface TraditionalWord extends WordToken {
  simp: string;
}

export interface Fallback {
  sentenceId: string;
  /** 'word': the sentence changed length, so its tokens were converted alone. 'char': a token did too. */
  level: 'word' | 'char';
  simp: string;
  /** What OpenCC gave for `simp` at that level (a different number of characters). */
  opencc: string;
}

export interface ConvertContext {
  convert: TextConverter;
  overrides: CompiledTradOverrides;
}

export interface CompiledTradOverrides {
  /** By first character, longest first. */
  byFirst: Map<string, { text: string[]; trad: string[] }[]>;
}

export function compileTradOverrides(
  list: readonly Pick<TraditionalOverride, 'text' | 'trad'>[],
): CompiledTradOverrides {
  const byFirst: CompiledTradOverrides['byFirst'] = new Map();
  for (const o of list) {
    const text = [...o.text];
    const trad = [...o.trad];
    if (text.length !== trad.length)
      throw new Error(`traditional override ${o.text}: one character per character expected`);
    const bucket = byFirst.get(text[0]!) ?? [];
    bucket.push({ text, trad });
    bucket.sort((a, b) => b.text.length - a.text.length);
    byFirst.set(text[0]!, bucket);
  }
  return { byFirst };
}

/**
 * Lays the overrides over `out` (OpenCC's output for `src`, the same number of characters):
 * left to right, the longest override starting at a character wins, and overrides never overlap.
 * Returns the texts of the overrides applied.
 */
export function layOverrides(
  src: readonly string[],
  out: string[],
  overrides: CompiledTradOverrides,
): string[] {
  const applied: string[] = [];
  for (let i = 0; i < src.length;) {
    const o = overrides.byFirst.get(src[i]!)?.find((c) => c.text.every((ch, k) => src[i + k] === ch));
    if (!o) {
      i++;
      continue;
    }
    o.trad.forEach((ch, k) => (out[i + k] = ch));
    applied.push(o.text.join(''));
    i += o.text.length;
  }
  return applied;
}

/** OpenCC's characters for `text`, or undefined when it changed the number of characters. */
function aligned(text: string, convert: TextConverter): string[] | undefined {
  const out = [...convert(text)];
  return out.length === [...text].length ? out : undefined;
}

/** Character by character, keeping a character OpenCC would turn into more or fewer. */
function perChar(text: string, convert: TextConverter): string[] {
  return [...text].map((c) => aligned(c, convert)?.[0] ?? c);
}

const tokensOf = (pieces: readonly Piece[]): Token[] =>
  pieces.flatMap((p) => (p.kind === 'term' ? p.tokens : [p]));

/** The text of an annotated sentence (its tokens joined). */
export const sentenceText = (s: AnnotatedSentence): string =>
  tokensOf(s.pieces)
    .map((t) => t.text)
    .join('');

function rebuildToken(t: Token, chars: string[]): Token {
  const text = chars.join('');
  if (t.kind === 'text') return { kind: 'text', text } satisfies TextToken;
  const hanChars = [...t.text];
  if (t.chars.length !== hanChars.length)
    throw new Error(`word ${t.text}: ${t.chars.length} readings for ${hanChars.length} characters`);
  const word: TraditionalWord = {
    kind: 'word',
    text,
    simp: t.text,
    chars: t.chars.map((c, k) => ({ ...c, ch: chars[k]! })),
  };
  return word;
}

export interface ConvertedSentence {
  sentence: AnnotatedSentence;
  applied: string[];
  fallbacks: Fallback[];
}

/**
 * Converted characters of the sentence's tokens. A word of two or more characters is converted on
 * its own: the annotation's segmentation is the phrase context, and OpenCC's longest match must not
 * reach across a word boundary (源头|发现 as one string gives 源頭髮現, 'source hair appears': 头发
 * 'hair' wins over 发现). A one-character word takes its form from the whole sentence, where OpenCC
 * sees its neighbours (一只 一隻, 只有 只有).
 */
function convertTokens(
  id: string,
  toks: readonly Token[],
  convert: TextConverter,
  fallbacks: Fallback[],
): string[][] {
  const whole = toks.map((t) => t.text).join('');
  const sentence = aligned(whole, convert);
  if (!sentence) fallbacks.push({ sentenceId: id, level: 'word', simp: whole, opencc: convert(whole) });
  let at = 0;
  return toks.map((t) => {
    const n = [...t.text].length;
    const inSentence = sentence?.slice(at, at + n);
    at += n;
    const own = t.kind === 'word' && n > 1 ? aligned(t.text, convert) : undefined;
    const chars = own ?? inSentence ?? aligned(t.text, convert);
    if (chars) return chars;
    fallbacks.push({ sentenceId: id, level: 'char', simp: t.text, opencc: convert(t.text) });
    return perChar(t.text, convert);
  });
}

export function convertSentence(s: AnnotatedSentence, ctx: ConvertContext): ConvertedSentence {
  const toks = tokensOf(s.pieces);
  const fallbacks: Fallback[] = [];
  const converted = convertTokens(s.id, toks, ctx.convert, fallbacks);
  // The reviewed overrides go over the whole sentence, so they may span words.
  const out = converted.flat();
  const applied = layOverrides(
    toks.flatMap((t) => [...t.text]),
    out,
    ctx.overrides,
  );
  let at = 0;
  const next = (t: Token): Token => {
    const n = [...t.text].length;
    const token = rebuildToken(t, out.slice(at, at + n));
    at += n;
    return token;
  };
  const pieces: Piece[] = s.pieces.map((p) => {
    if (p.kind !== 'term') return next(p);
    const inner = p.tokens.map(next);
    const term: TermPiece = {
      kind: 'term',
      termId: p.termId,
      text: inner.map((t) => t.text).join(''),
      tokens: inner,
    };
    return term;
  });
  return { sentence: { id: s.id, pieces }, applied, fallbacks };
}

export interface TraditionalArticle extends AnnotatedArticle {
  /** Overrides applied, by Simplified text, with how many times. */
  applied: Record<string, number>;
  /** Every place the conversion was not one character per character (expected: none). */
  fallbacks: Fallback[];
}

/**
 * The Traditional form of an annotated article. Sentence ids, occurrences and `words` (the Simplified
 * words, keys of the per-article dictionary) are those of the Simplified article; word tokens carry
 * their Simplified text as `simp`.
 */
export function convertArticle(a: AnnotatedArticle, ctx: ConvertContext): TraditionalArticle {
  const sentences: Record<string, AnnotatedSentence> = {};
  const applied: Record<string, number> = {};
  const fallbacks: Fallback[] = [];
  for (const [id, s] of Object.entries(a.sentences)) {
    const r = convertSentence(s, ctx);
    sentences[id] = r.sentence;
    for (const t of r.applied) applied[t] = (applied[t] ?? 0) + 1;
    fallbacks.push(...r.fallbacks);
  }
  return { sentences, occurrences: a.occurrences, words: a.words, applied, fallbacks };
}

/** Each Simplified word of the article with its Traditional form where it first occurs. */
export function wordForms(a: AnnotatedArticle): Map<string, string> {
  const forms = new Map<string, string>();
  for (const s of Object.values(a.sentences))
    for (const t of tokensOf(s.pieces)) {
      const simp = t.kind === 'word' ? (t as Partial<TraditionalWord>).simp : undefined;
      if (simp !== undefined && !forms.has(simp)) forms.set(simp, t.text);
    }
  return forms;
}

/**
 * Each character of the Traditional article that differs from the Simplified character it was
 * converted from, mapped back to it: the reader's search folds both the page text and the query
 * with it, so either script finds the other. Built per article at build time and fetched with the
 * search data; OpenCC's dictionaries never reach the browser. A character that stands for two
 * Simplified ones keeps the first; one of another UTF-16 length is left out (folding keeps offsets).
 */
export function tradToSimpMap(simp: AnnotatedArticle, trad: AnnotatedArticle): Record<string, string> {
  const map: Record<string, string> = {};
  for (const [id, s] of Object.entries(simp.sentences)) {
    const t = trad.sentences[id];
    if (!t) continue;
    const a = [...sentenceText(s)];
    const b = [...sentenceText(t)];
    b.forEach((ch, i) => {
      const from = a[i];
      if (from && ch !== from && ch.length === from.length && !(ch in map)) map[ch] = from;
    });
  }
  return map;
}
