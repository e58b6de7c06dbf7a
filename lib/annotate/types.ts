/**
 * The annotated form of a Chinese sentence, computed at build time and rendered by
 * components/reader/zh-text.tsx. Kept small and plain: it ends up in the RSC payload.
 */

/** One Han character and its reading in context. `py` has a tone mark (neutral tone: none). */
export interface CharReading {
  ch: string;
  py: string;
  /** 1–4, or 5 for the neutral tone. */
  tone: 1 | 2 | 3 | 4 | 5;
  /** Spoken form where tone sandhi of 一/不 changes the citation tone (e.g. 一个 yī → yí). */
  spoken?: string;
  spokenTone?: 1 | 2 | 3 | 4 | 5;
}

/** A segmented word of Han characters. */
export interface WordToken {
  kind: 'word';
  text: string;
  chars: CharReading[];
}

/** Anything that is not Han: punctuation, digits, Latin letters, spaces. No pinyin. */
export interface TextToken {
  kind: 'text';
  text: string;
}

export type Token = WordToken | TextToken;

/** A glossary occurrence: a run of tokens that matched one of the entry's forms. */
export interface TermPiece {
  kind: 'term';
  termId: string;
  text: string;
  tokens: Token[];
}

export type Piece = Token | TermPiece;

export interface AnnotatedSentence {
  id: string;
  pieces: Piece[];
}
