import type { OverrideSet } from './overrides';
import { readSentence } from './sentence';
import { HAN_CHAR } from './tone';

/**
 * Where a context rule or an override changes pinyin-pro's own reading, for measuring each rule's
 * precision on text nobody tuned it on (scripts/pinyin-audit). An override is named by its text and
 * counts once per occurrence that changes at least one of its characters.
 */
export interface RuleChange {
  /** A context rule name ('地 de') or `override:<text>`. */
  rule: string;
  general: boolean;
  /** Index of the first changed character among the sentence's Han characters. */
  index: number;
  /** pinyin-pro's reading → the final reading of the changed characters, e.g. 'dì → de'. */
  from: string;
  to: string;
  /** The sentence with the changed characters marked 【like this】. */
  context: string;
}

function mark(zh: string, hanIndex: number, length: number): string {
  const units = [...zh];
  const pos = units.flatMap((u, i) => (HAN_CHAR.test(u) ? [i] : []));
  const a = pos[hanIndex]!;
  const b = pos[hanIndex + length - 1]!;
  return [...units.slice(0, a), '【', ...units.slice(a, b + 1), '】', ...units.slice(b + 1)].join('');
}

/** Every change the rules and overrides make to pinyin-pro's reading of one sentence. */
export function changesIn(zh: string, overrides: OverrideSet): RuleChange[] {
  const r = readSentence(zh, overrides);
  const final = r.tokens.flatMap((t) => (t.kind === 'word' ? t.chars.map((c) => c.py) : []));
  const raw = r.raw.map((c) => c.py);
  const out: RuleChange[] = [];
  const ruled = new Set(r.ruled.map((x) => x.index));
  for (const a of r.applied) {
    const n = a.override.chars.length;
    const idx = Array.from({ length: n }, (_, k) => a.index + k);
    // what the override itself set; a context rule may change one of its characters afterwards
    const set = idx.map((i, k) => (ruled.has(i) ? final[i]! : a.override.py[k]!));
    if (idx.every((i, k) => raw[i] === set[k])) continue;
    out.push({
      rule: `override:${a.override.text}`,
      general: a.override.general,
      index: a.index,
      from: idx.map((i) => raw[i]).join(' '),
      to: set.join(' '),
      context: mark(zh, a.index, n),
    });
  }
  for (const x of r.ruled) {
    if (raw[x.index] === final[x.index]) continue;
    out.push({
      rule: x.rule,
      general: true,
      index: x.index,
      from: raw[x.index]!,
      to: final[x.index]!,
      context: mark(zh, x.index, 1),
    });
  }
  return out.sort((a, b) => a.index - b.index);
}

/** A document of the audit corpus as its manifest describes it. */
export interface CorpusDocument {
  file: string;
  title?: string;
  titleEn?: string;
  issuer?: string;
  date?: string;
}

/**
 * The 2025 State Council government work report is kept aside for independent checks: true for a
 * document dated 2025 from the State Council, one with 2025 in its title or file name, or a text whose
 * opening names the session it was delivered at (5 March 2025, 14th NPC, 3rd session).
 */
export function keptAside(doc: CorpusDocument, text: string): boolean {
  const year = Number((doc.date ?? '').slice(0, 4));
  const stateCouncil = /国务院|State Council/.test(doc.issuer ?? '');
  return (
    (year === 2025 && stateCouncil) ||
    /2025/.test(`${doc.title ?? ''} ${doc.titleEn ?? ''} ${doc.file}`) ||
    /2025年3月5日|第十四届全国人民代表大会第三次会议/.test(text.slice(0, 400))
  );
}
