import type { Token, WordToken } from './types';

/** Token helpers shared by the context rules (context.ts, neighbours.ts). */
export const CLAUSE_END = /[，。；：！？,;:!?\n]/;

export const isWord = (t: Token): t is WordToken => t.kind === 'word';

/** Up to six Han characters right before tokens[at], with no punctuation or digits between. */
export function adjacentText(tokens: readonly Token[], at: number): string {
  let out = '';
  for (let j = at - 1; j >= 0 && out.length < 6; j--) {
    const t = tokens[j]!;
    if (!isWord(t)) break;
    out = t.text + out;
  }
  return out;
}

/** The words from tokens[from] to the end of the clause. */
export function restOfClause(tokens: readonly Token[], from: number): string[] {
  const out: string[] = [];
  for (let j = from; j < tokens.length; j++) {
    const t = tokens[j]!;
    if (!isWord(t)) {
      if (CLAUSE_END.test(t.text)) break;
      continue;
    }
    out.push(t.text);
  }
  return out;
}
