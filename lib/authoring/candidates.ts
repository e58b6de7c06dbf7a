import type { OverrideSet } from '@/lib/annotate/overrides';
import { readSentence } from '@/lib/annotate/sentence';
import { buildTermMatcher, findTerms, normalizeQuotes, type TermMatch } from '@/lib/annotate/terms';
import type { Article, GlossaryEntry } from '@/lib/content/schema';

/**
 * Glossary candidates: phrases of a new article an editor should consider for the glossary. Each
 * comes with why it was picked; anything a glossary form already matches is left out.
 */
export type CandidateReason =
  | 'quoted'
  | 'numbered formula'
  | 'official register'
  | 'not in CC-CEDICT'
  | 'glossary term without a matching form';

export interface Candidate {
  text: string;
  reasons: CandidateReason[];
  sentenceIds: string[];
  /** For 'glossary term without a matching form': the entry that has the term. */
  termId?: string;
}

export interface CandidateInput {
  article: Article;
  glossary: readonly Pick<GlossaryEntry, 'id' | 'term' | 'forms'>[];
  overrides: OverrideSet;
  /** Whether CC-CEDICT has the (simplified) headword. */
  inDictionary: (word: string) => boolean;
}

export interface CandidateReport {
  candidates: Candidate[];
  /** Glossary entries (from any article) whose forms match in this one, with their counts. */
  matched: Map<string, number>;
}

const NUMERAL = '[一二两三四五六七八九十百千]';
/** Quoted phrases longer than this are speech or titles, not terms. */
const MAX_QUOTED = 16;
const QUOTED = /“([^“”]{1,40})”|「([^「」]{1,40})」|"([^"]{1,40})"/gu;
/** Numeral + measure word + the word after it (三个年, 四大板块, 十大工程). */
const COUNTED = new RegExp(`${NUMERAL}+(?:个|大|项|条|张|种|类|带|区)`, 'gu');
/** 两X一X, 一村一品, 六村六创. */
const PAIRED = new RegExp(`${NUMERAL}\\p{Script=Han}${NUMERAL}\\p{Script=Han}`, 'gu');
/** Formulas such as 1+N, 4+1. */
const PLUS = /\d+[+＋][\dA-Za-z]+/gu;
/** Endings of programme names in the official register. */
const REGISTER_END =
  /(?:工程|行动|计划|体系|机制|战略|工作法|示范区|先行区|攻坚战|突破战|长制|之都|行动计划)$/u;
/** Words that start a clause rather than a name: a register phrase never reaches back past them. */
const STOP_WORDS = new Set(
  (
    '的 和 与 及 等 是 在 对 为 将 要 把 以 并 推进 实施 开展 建设 打造 加快 推动 深化 完善 健全 持续 全力 大力 积极 ' +
    '着力 加强 提升 构建 建立 落实 启动 组织 实现 抓好 做好 强化 优化 扎实 全面 深入 坚持 聚焦 围绕 进一步 ' +
    '有序 稳步 继续 不断 探索 争创 创建 做强 做优 做大 抓紧 抓实 一批 实施好'
  ).split(' '),
);
const MAX_REGISTER = 10;

interface Span {
  start: number;
  end: number;
}

const within = (s: Span, spans: readonly Span[]) => spans.some((t) => s.start >= t.start && s.end <= t.end);
const overlaps = (s: Span, spans: readonly Span[]) => spans.some((t) => s.start < t.end && s.end > t.start);

/** Word spans (UTF-16 offsets) of a sentence as the reader segments it. */
function wordSpans(zh: string, overrides: OverrideSet): (Span & { text: string; word: boolean })[] {
  let at = 0;
  return readSentence(zh, overrides).tokens.map((t) => {
    const span = { start: at, end: at + t.text.length, text: t.text, word: t.kind === 'word' };
    at = span.end;
    return span;
  });
}

/** The end of the word that follows `from` (or `from` when no word follows directly). */
function nextWordEnd(words: readonly (Span & { word: boolean })[], from: number): number {
  const next = words.find((w) => w.start >= from);
  return next && next.start === from && next.word ? next.end : from;
}

export function glossaryCandidates(input: CandidateInput): CandidateReport {
  const matcher = buildTermMatcher(input.glossary);
  const byText = new Map<string, Candidate>();
  const matched = new Map<string, number>();
  const add = (text: string, reason: CandidateReason, sentenceId: string, termId?: string) => {
    let c = byText.get(text);
    if (!c) byText.set(text, (c = { text, reasons: [], sentenceIds: [], ...(termId && { termId }) }));
    if (!c.reasons.includes(reason)) c.reasons.push(reason);
    if (!c.sentenceIds.includes(sentenceId)) c.sentenceIds.push(sentenceId);
  };
  const stems = input.glossary.map((e) => ({
    id: e.id,
    stems: [...new Set([e.term, ...e.forms].map((f) => normalizeQuotes(f).replace(/["']/g, '')))].filter(
      (s) => [...s].length >= 2,
    ),
  }));

  for (const block of input.article.blocks)
    for (const s of block.sentences) {
      const zh = s.zh;
      const terms: TermMatch[] = findTerms(zh, matcher);
      for (const t of terms) matched.set(t.termId, (matched.get(t.termId) ?? 0) + 1);
      const words = wordSpans(zh, input.overrides);
      // A quoted phrase is left out only when a term covers all of it; anything else touching a
      // term is that term's business (二十大精神 around 二十大).
      const take = (span: Span, reason: CandidateReason) => {
        if (reason === 'quoted' ? !within(span, terms) : !overlaps(span, terms))
          add(zh.slice(span.start, span.end), reason, s.id);
      };

      for (const m of zh.matchAll(QUOTED)) {
        const inner = m[1] ?? m[2] ?? m[3]!;
        if ([...inner].length > MAX_QUOTED || /[。！？，]/u.test(inner)) continue;
        const span = { start: m.index, end: m.index + m[0].length };
        // A quoted number names a formula together with the words after it: “342”现代化产业体系.
        if (/^[\d+＋A-Za-z]+$/u.test(inner)) {
          let end = span.end;
          for (let k = 0; k < 3; k++) end = nextWordEnd(words, end);
          take({ start: span.start, end }, 'numbered formula');
        } else take(span, 'quoted');
      }
      for (const m of zh.matchAll(COUNTED)) {
        const start = m.index;
        const end = nextWordEnd(words, start + m[0].length);
        if (end > start + m[0].length) take({ start, end }, 'numbered formula');
      }
      for (const m of [...zh.matchAll(PAIRED), ...zh.matchAll(PLUS)])
        take({ start: m.index, end: m.index + m[0].length }, 'numbered formula');

      words.forEach((w, i) => {
        if (!w.word) return;
        if ([...w.text].length >= 3 && w.text.endsWith('化')) take(w, 'official register');
        if ([...w.text].length >= 2 && !input.inDictionary(w.text)) take(w, 'not in CC-CEDICT');
        // The ending may be one word (工程) or span two (工作 + 法); a clause word never starts a name.
        const next = words[i + 1];
        const split = next?.word && !REGISTER_END.test(next.text) && REGISTER_END.test(w.text + next.text);
        if (STOP_WORDS.has(w.text) || (!REGISTER_END.test(w.text) && !split)) return;
        // The programme name reaches back over the words before it, up to a clause word or punctuation.
        const end = split ? next.end : w.end;
        let start = w.start;
        for (let k = i - 1; k >= 0; k--) {
          const p = words[k]!;
          if (!p.word || STOP_WORDS.has(p.text) || end - p.start > MAX_REGISTER) break;
          start = p.start;
        }
        if (end - start > [...w.text].length) take({ start, end }, 'official register');
      });

      for (const { id, stems: list } of stems)
        for (const stem of list)
          for (let at = zh.indexOf(stem); at !== -1; at = zh.indexOf(stem, at + 1)) {
            const span = { start: at, end: at + stem.length };
            if (!overlaps(span, terms)) add(stem, 'glossary term without a matching form', s.id, id);
          }
    }
  const candidates = [...byText.values()].sort(
    (a, b) =>
      b.reasons.length - a.reasons.length ||
      b.sentenceIds.length - a.sentenceIds.length ||
      a.text.localeCompare(b.text),
  );
  return { candidates, matched };
}
