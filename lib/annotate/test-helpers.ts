import { readPinyinInputs } from './inputs';
import { compileOverrides } from './overrides';
import type { Piece, Token, WordToken } from './types';

/** The real content, read once per test file. */
export const content = readPinyinInputs();
export const overrides = compileOverrides(content.overrides);
export const sentences = content.articles.flatMap((a) =>
  a.blocks.flatMap((b) => b.sentences.map((s) => ({ ...s, blockId: b.id, slug: a.slug }))),
);

/** A sentence by id; ids repeat across articles, so the article is named (the first article by default). */
export function sentence(id: string, slug = 'huaiyin-2024') {
  const s = sentences.find((x) => x.id === id && x.slug === slug);
  if (!s) throw new Error(`no sentence ${id} in ${slug}`);
  return s;
}

export function flatTokens(pieces: readonly Piece[]): Token[] {
  return pieces.flatMap((p) => (p.kind === 'term' ? p.tokens : [p]));
}

export function words(pieces: readonly Piece[]): WordToken[] {
  return flatTokens(pieces).filter((t): t is WordToken => t.kind === 'word');
}

/** Pinyin of the characters at [start, start+length) of the sentence's Han characters. */
export function readingAt(tokens: readonly Token[], hanIndex: number, length: number): string {
  const chars = tokens.flatMap((t) => (t.kind === 'word' ? t.chars : []));
  return chars
    .slice(hanIndex, hanIndex + length)
    .map((c) => c.py)
    .join(' ');
}

/** Han-character indices where `text` occurs in `zh` (counting Han characters only). */
export function hanIndicesOf(zh: string, text: string): number[] {
  const out: number[] = [];
  for (let i = zh.indexOf(text); i !== -1; i = zh.indexOf(text, i + 1))
    out.push([...zh.slice(0, i)].filter((c) => /\p{Script=Han}/u.test(c)).length);
  return out;
}
