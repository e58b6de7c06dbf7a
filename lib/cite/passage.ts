/**
 * Passage ids as deep links and citation locators: a block (`p7`), a sentence (`p7.s2`) or a run of
 * sentences in one block (`p7.s2-s4`, as SuttaCentral writes segment ranges). The URL hash uses a
 * hyphen; the displayed locator an en dash (`p7.s2–s4`). Pure: the reader's arrival highlight, the
 * cite dialog and the citation formatters share it.
 */

export interface Passage {
  /** The canonical deep-link target: `p7`, `p7.s2` or `p7.s2-s4`. */
  id: string;
  blockId: string;
  /** 1-based number of the (first) sentence cited. */
  sentence?: number;
  /** 1-based number of the last sentence of a range; always greater than `sentence`. */
  to?: number;
}

const BLOCK = '[a-z][a-z0-9]*';
const N = '[1-9][0-9]*';
/** Strict: what a canonical id looks like. */
const STRICT = new RegExp(`^(${BLOCK})(?:\\.s(${N})(?:-s(${N}))?)?$`);
/** Lenient: also a range whose end names a block (`p7.s2-p8.s1`) or is not after its start. */
const LENIENT = new RegExp(`^(${BLOCK})(?:\\.s(${N})(?:-(?:(${BLOCK})\\.)?s(${N}))?)?$`);

function make(blockId: string, sentence?: number, to?: number): Passage {
  if (sentence === undefined) return { id: blockId, blockId };
  if (to === undefined || to === sentence) return { id: `${blockId}.s${sentence}`, blockId, sentence };
  return { id: `${blockId}.s${sentence}-s${to}`, blockId, sentence, to };
}

/**
 * A well-formed passage id, or null. A range must end after it starts; `p7.s2-s2` is the sentence
 * `p7.s2` (its canonical id).
 */
export function parsePassage(id: string): Passage | null {
  const m = STRICT.exec(id);
  if (!m) return null;
  const from = m[2] ? Number(m[2]) : undefined;
  const to = m[3] ? Number(m[3]) : undefined;
  if (from !== undefined && to !== undefined && to < from) return null;
  return make(m[1]!, from, to);
}

/**
 * What a link should highlight, given how many sentences each block has (undefined: no such block).
 * A link that cannot be honoured as written falls back to the most it can honour, never to
 * something it did not name: a range that is reversed, runs past the block or ends in another block
 * becomes its first sentence; a sentence the block does not have becomes the block; an unknown
 * block or a malformed id gives null (nothing is highlighted).
 */
export function resolvePassage(
  id: string,
  sentencesIn: (blockId: string) => number | undefined,
): Passage | null {
  const m = LENIENT.exec(id);
  if (!m) return null;
  const blockId = m[1]!;
  const count = sentencesIn(blockId);
  if (count === undefined) return null;
  if (!m[2]) return make(blockId);
  const from = Number(m[2]);
  if (from > count) return make(blockId);
  if (!m[4]) return make(blockId, from);
  const to = Number(m[4]);
  const sameBlock = m[3] === undefined || m[3] === blockId;
  if (!sameBlock || to < from || to > count) return make(blockId, from);
  return make(blockId, from, to);
}

/** The locator as shown to readers: `p7`, `p7.s2`, `p7.s2–s4` (en dash). */
export function passageLocator(p: Passage): string {
  if (p.sentence === undefined) return p.blockId;
  return `${p.blockId}.s${p.sentence}${p.to !== undefined ? `\u2013s${p.to}` : ''}`;
}

/** The sentence ids a passage covers, in order (empty for a whole block: the block's own id is used). */
export function passageSentenceIds(p: Passage): string[] {
  if (p.sentence === undefined) return [];
  const last = p.to ?? p.sentence;
  const out: string[] = [];
  for (let n = p.sentence; n <= last; n++) out.push(`${p.blockId}.s${n}`);
  return out;
}
