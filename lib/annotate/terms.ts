import type { GlossaryEntry } from '@/lib/content/schema';
import type { Piece, TermPiece, Token } from './types';

/**
 * Glossary occurrences in a sentence. Every form of every entry is searched; where matches overlap,
 * the longest wins (equal lengths: the leftmost), and accepted matches never overlap. Quotation marks
 * match across styles: “ ” " ＂ 「 」 are one double quote, ‘ ’ ' ＇ 『 』 one single quote, so a form
 * written “平急两用” also finds "平急两用" and 「平急两用」.
 */
const QUOTE_CLASS: Record<string, string> = {
  '“': '"',
  '”': '"',
  '"': '"',
  '＂': '"',
  '「': '"',
  '」': '"',
  '‘': "'",
  '’': "'",
  "'": "'",
  '＇': "'",
  '『': "'",
  '』': "'",
};

/** Same length as the input (every quote is one UTF-16 unit), so offsets carry over. */
export function normalizeQuotes(s: string): string {
  return s.replace(/[“”"＂「」‘’'＇『』]/g, (q) => QUOTE_CLASS[q] ?? q);
}

interface Form {
  form: string;
  termId: string;
}

export interface TermMatcher {
  byFirst: Map<string, Form[]>;
}

export function buildTermMatcher(entries: readonly Pick<GlossaryEntry, 'id' | 'forms'>[]): TermMatcher {
  const byFirst = new Map<string, Form[]>();
  for (const e of entries)
    for (const raw of e.forms) {
      const form = normalizeQuotes(raw);
      if (!form) continue;
      const list = byFirst.get(form[0]!) ?? [];
      if (!list.some((f) => f.form === form)) list.push({ form, termId: e.id });
      byFirst.set(form[0]!, list);
    }
  return { byFirst };
}

export interface TermMatch {
  termId: string;
  /** UTF-16 offsets into the sentence, end exclusive. */
  start: number;
  end: number;
}

export function findTerms(zh: string, matcher: TermMatcher): TermMatch[] {
  const text = normalizeQuotes(zh);
  const candidates: TermMatch[] = [];
  for (let i = 0; i < text.length; i++)
    for (const f of matcher.byFirst.get(text[i]!) ?? [])
      if (text.startsWith(f.form, i)) candidates.push({ termId: f.termId, start: i, end: i + f.form.length });
  candidates.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const taken: TermMatch[] = [];
  for (const c of candidates) if (taken.every((t) => c.end <= t.start || c.start >= t.end)) taken.push(c);
  return taken.sort((a, b) => a.start - b.start);
}

function tokenLength(t: Token): number {
  return t.text.length;
}

/** Cuts a token at `at` UTF-16 units from its start; a word keeps each character's reading. */
function splitToken(t: Token, at: number): [Token, Token] {
  if (t.kind === 'text')
    return [
      { kind: 'text', text: t.text.slice(0, at) },
      { kind: 'text', text: t.text.slice(at) },
    ];
  let used = 0;
  let k = 0;
  while (used < at) used += t.chars[k++]!.ch.length;
  const a = t.chars.slice(0, k);
  const b = t.chars.slice(k);
  return [
    { kind: 'word', text: a.map((c) => c.ch).join(''), chars: a },
    { kind: 'word', text: b.map((c) => c.ch).join(''), chars: b },
  ];
}

/**
 * Groups tokens into term pieces. A term boundary inside a token splits it (a segmented word whose
 * first half belongs to a term becomes two words, each with its own characters' pinyin).
 */
export function attachTerms(tokens: readonly Token[], matches: readonly TermMatch[]): Piece[] {
  if (!matches.length) return [...tokens];
  const cuts = new Set(matches.flatMap((m) => [m.start, m.end]));
  const pieces: Token[] = [];
  let offset = 0;
  for (const t of tokens) {
    let rest: Token = t;
    let restStart = offset;
    for (let p = restStart + 1; p < offset + tokenLength(t); p++)
      if (cuts.has(p)) {
        const [a, b] = splitToken(rest, p - restStart);
        pieces.push(a);
        rest = b;
        restStart = p;
      }
    pieces.push(rest);
    offset += tokenLength(t);
  }

  const out: Piece[] = [];
  let m = 0;
  let pos = 0;
  let current: TermPiece | undefined;
  for (const t of pieces) {
    while (m < matches.length && matches[m]!.end <= pos) m++;
    const match = matches[m];
    if (match && pos >= match.start && pos < match.end) {
      if (!current || current.termId !== match.termId || pos === match.start) {
        current = { kind: 'term', termId: match.termId, text: '', tokens: [] };
        out.push(current);
      }
      current.tokens.push(t);
      current.text += t.text;
    } else {
      current = undefined;
      out.push(t);
    }
    pos += tokenLength(t);
  }
  return out;
}
