import type { AnnotatedArticle } from '@/lib/annotate/article';
import type { Token } from '@/lib/annotate/types';
import type { TraditionalArticle, TraditionalWord } from './traditional';

/**
 * Simplified characters with more than one Traditional counterpart that OpenCC is known to confuse
 * in this register (干 幹/乾/干, 发 發/髮, 里 裡/里 …): every occurrence in a new article is reviewed
 * (docs/traditional-review.md; `npm run traditional:report` lists them).
 */
export const AMBIGUOUS = '干发里台面系只后余复制范冲准历云借采当钟获汇团板征朴松划几尽恶斗';

export interface ReviewRow {
  ch: string;
  trad: string;
  sentenceId: string;
  /** The word holding the character, Simplified and as converted. */
  word: string;
  wordTrad: string;
  /** Up to six characters either side, the character in 【】. */
  context: string;
}

const flat = (pieces: TraditionalArticle['sentences'][string]['pieces']): Token[] =>
  pieces.flatMap((p) => (p.kind === 'term' ? p.tokens : [p]));

/** Every occurrence of the `chars` in the article, with its conversion and context, in reading order. */
export function reviewRows(simp: AnnotatedArticle, trad: TraditionalArticle, chars = AMBIGUOUS): ReviewRow[] {
  const rows: ReviewRow[] = [];
  for (const [id, s] of Object.entries(simp.sentences)) {
    const src = flat(s.pieces);
    const out = flat(trad.sentences[id]!.pieces);
    const all = [...src.map((t) => t.text).join('')];
    let at = 0;
    src.forEach((t, i) => {
      const o = out[i]!;
      const cs = [...t.text];
      const os = [...o.text];
      cs.forEach((ch, k) => {
        if (t.kind === 'word' && chars.includes(ch))
          rows.push({
            ch,
            trad: os[k]!,
            sentenceId: id,
            word: t.text,
            wordTrad: o.text,
            context: `${all.slice(Math.max(0, at + k - 6), at + k).join('')}【${ch}】${all.slice(at + k + 1, at + k + 7).join('')}`,
          });
      });
      at += cs.length;
      if (o.kind === 'word' && (o as TraditionalWord).simp !== t.text)
        throw new Error(`${id}: tokens out of step`);
    });
  }
  return rows;
}

/** A Markdown table of the rows, grouped by character, with counts. */
export function formatReview(rows: readonly ReviewRow[]): string {
  const order = (r: ReviewRow) => [...AMBIGUOUS].indexOf(r.ch);
  const sorted = [...rows].sort((a, b) => order(a) - order(b));
  const counts = new Map<string, number>();
  for (const r of sorted) counts.set(`${r.ch}→${r.trad}`, (counts.get(`${r.ch}→${r.trad}`) ?? 0) + 1);
  return [
    `${rows.length} occurrences: ${[...counts].map(([k, n]) => `${k} ${n}`).join(', ')}`,
    '',
    '| char | sentence | context | word | converted |',
    '|---|---|---|---|---|',
    ...sorted.map(
      (r) => `| ${r.ch} → ${r.trad} | ${r.sentenceId} | ${r.context} | ${r.word} | ${r.wordTrad} |`,
    ),
  ].join('\n');
}
