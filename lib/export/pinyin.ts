import type { Piece, Token } from '@/lib/annotate/types';

// Full-width punctuation as it is written in pinyin text.
const PUNCT: Record<string, string> = {
  '，': ',',
  '。': '.',
  '、': ',',
  '；': ';',
  '：': ':',
  '！': '!',
  '？': '?',
  '（': '(',
  '）': ')',
  '“': '“',
  '”': '”',
  '‘': '‘',
  '’': '’',
  '《': '«',
  '》': '»',
  '—': '—',
  '·': '·',
  '％': '%',
};

export function tokensOf(pieces: Piece[]): Token[] {
  return pieces.flatMap((p) => (p.kind === 'term' ? p.tokens : [p]));
}

export type PinyinPart = { word: string } | { text: string };

/**
 * A readable pinyin line from words (their syllables joined) and the text between them: one word
 * per space-separated group, tone marks kept, full-width punctuation as in pinyin text. Shared by
 * the exports (from the annotation) and the reader's "copy with pinyin" (from the page's <rt>s).
 */
export function joinPinyin(parts: PinyinPart[]): string {
  let out = '';
  for (const p of parts) {
    if ('word' in p) {
      out += (out && !/[\s“‘(«—]$/.test(out) ? ' ' : '') + p.word;
    } else {
      const s = [...p.text].map((c) => PUNCT[c] ?? c).join('');
      const opens = /^[“‘(«]/.test(s) || /^[0-9A-Za-z]/.test(s);
      out += (opens && out && !/\s$/.test(out) ? ' ' : '') + s;
    }
  }
  return out.replace(/\s+/g, ' ').trim();
}

/** The pinyin line of an annotated sentence. */
export function pinyinLine(pieces: Piece[]): string {
  return joinPinyin(
    tokensOf(pieces).map((t) =>
      t.kind === 'word' ? { word: t.chars.map((c) => c.py).join('') } : { text: t.text },
    ),
  );
}
