import type { Article } from '@/lib/content/schema';
import type { OverrideSet } from './overrides';
import { naiveReadings, readingsOf } from './segment';
import { readSentence } from './sentence';
import { HAN_CHAR } from './tone';

/** One Han character of an article as read in context: raw pinyin-pro reading vs the final one. */
export interface CharOccurrence {
  sentenceId: string;
  ch: string;
  /** Index among the sentence's Han characters. */
  index: number;
  word: string;
  raw: string;
  /** pinyin-pro on the whole sentence in one call (before the windowed segmentation). */
  naive: string;
  final: string;
  spoken?: string;
  /** The override that set this character, if any. */
  override?: string;
  /** The context rule that set this character, if any. */
  rule?: string;
  /** Every reading pinyin-pro knows for the character. */
  candidates: string[];
  /** The sentence with the character marked 【like this】. */
  context: string;
}

export interface PinyinAudit {
  chars: CharOccurrence[];
  /** Override text → number of times applied. */
  applied: Map<string, number>;
}

/** Reads every sentence of an article and lines up each Han character with how it was decided. */
export function auditArticle(article: Article, overrides: OverrideSet): PinyinAudit {
  const chars: CharOccurrence[] = [];
  const applied = new Map<string, number>();
  const candidateCache = new Map<string, string[]>();
  for (const block of article.blocks)
    for (const s of block.sentences) {
      const r = readSentence(s.zh, overrides);
      const naive = naiveReadings(s.zh);
      const byIndex = new Map<number, string>();
      const ruleAt = new Map(r.ruled.map((x) => [x.index, x.rule]));
      for (const a of r.applied) {
        applied.set(a.override.text, (applied.get(a.override.text) ?? 0) + 1);
        for (let k = 0; k < a.override.chars.length; k++) byIndex.set(a.index + k, a.override.text);
      }
      const units = [...s.zh];
      const hanPositions = units.flatMap((u, i) => (HAN_CHAR.test(u) ? [i] : []));
      let index = 0;
      for (const t of r.tokens) {
        if (t.kind !== 'word') continue;
        for (const c of t.chars) {
          const pos = hanPositions[index]!;
          let candidates = candidateCache.get(c.ch);
          if (!candidates) candidateCache.set(c.ch, (candidates = readingsOf(c.ch)));
          chars.push({
            sentenceId: s.id,
            ch: c.ch,
            index,
            word: t.text,
            raw: r.raw[index]?.py ?? '',
            naive: naive[index] ?? '',
            final: c.py,
            spoken: c.spoken,
            override: byIndex.get(index),
            rule: ruleAt.get(index),
            candidates,
            context: [...units.slice(0, pos), '【', c.ch, '】', ...units.slice(pos + 1)].join(''),
          });
          index++;
        }
      }
    }
  return { chars, applied };
}

export function isPolyphonic(c: CharOccurrence): boolean {
  return c.candidates.length > 1;
}

const pct = (n: number, of: number) => `${((100 * n) / Math.max(1, of)).toFixed(1)}%`;

/** The summary `npm run pinyin:report` prints. */
export function formatReport(article: Article, audit: PinyinAudit, allOverrides: readonly string[]): string {
  const { chars, applied } = audit;
  const poly = chars.filter(isPolyphonic);
  const differ = chars.filter((c) => c.raw !== c.final);
  const differNaive = chars.filter((c) => c.naive !== c.final);
  const missing = chars.filter((c) => !c.final);
  const spoken = chars.filter((c) => c.spoken);
  const unused = allOverrides.filter((t) => !applied.has(t));
  const row = (label: string, value: string | number) => `  ${label.padEnd(62, ' ')} ${value}`;
  const changing = [...new Set(differ.map((c) => c.override).filter((o) => o !== undefined))];
  const lines = [
    `Pinyin report: ${article.slug} (${article.blocks.reduce((n, b) => n + b.sentences.length, 0)} sentences)`,
    row('Han characters', chars.length),
    row(
      'polyphonic occurrences',
      `${poly.length} (${new Set(poly.map((c) => c.ch)).size} distinct characters)`,
    ),
    row(
      'overrides applied',
      `${[...applied.values()].reduce((a, b) => a + b, 0)} times; ${applied.size} of ${allOverrides.length} overrides used`,
    ),
    row('  of which change a reading', `${changing.length} (${changing.join(' ')})`),
    row(
      'characters differing from pinyin-pro (whole sentence, 1 call)',
      `${differNaive.length} (${pct(differNaive.length, chars.length)})`,
    ),
    row(
      'characters differing from pinyin-pro (windowed Han runs)',
      `${differ.length} (${pct(differ.length, chars.length)})`,
    ),
    row('spoken 一/不 tone changes', spoken.length),
    row('characters without pinyin', missing.length),
    '',
    'Overrides applied (text ×count):',
    '  ' + [...applied].map(([t, n]) => `${t} ×${n}`).join(', '),
  ];
  if (unused.length) lines.push('', `Overrides never applied in this article: ${unused.join('、')}`);
  lines.push('', 'Readings changed by overrides and rules (pinyin-pro → final, ×count: sentences):');
  const groups = new Map<string, CharOccurrence[]>();
  for (const c of differ) {
    const by = c.override ? `override ${c.override}` : c.rule ? `rule ${c.rule}` : 'override ?';
    const key = `${c.ch} ${c.raw} → ${c.final}  [${by}]`;
    groups.set(key, [...(groups.get(key) ?? []), c]);
  }
  for (const [key, list] of groups)
    lines.push(`  ${key} ×${list.length}: ${list.map((c) => c.sentenceId).join(' ')}`);
  const windowFixes = differNaive.filter((c) => c.naive !== c.raw && c.raw === c.final);
  if (windowFixes.length) {
    lines.push('', 'Fixed by segmenting Han runs in windows (whole-sentence pinyin-pro → final):');
    for (const c of windowFixes)
      lines.push(`  ${c.sentenceId.padEnd(7)} ${c.ch} ${c.naive} → ${c.final}   in ${c.word}`);
  }
  lines.push('', 'Spoken tone changes of 一/不 (shown with the "spoken tones" setting):');
  for (const c of spoken)
    lines.push(
      `  ${c.sentenceId.padEnd(7)} ${c.ch} ${c.final} → ${c.spoken}   in ${c.word} … ${c.context.slice(Math.max(0, c.context.indexOf('【') - 4), c.context.indexOf('】') + 4)}`,
    );
  if (missing.length) {
    lines.push('', 'Characters WITHOUT pinyin:');
    for (const c of missing) lines.push(`  ${c.sentenceId} ${c.context}`);
  }
  return lines.join('\n');
}

/** `npm run pinyin:report -- --review`: every polyphonic occurrence with its context and reading. */
export function formatReview(audit: PinyinAudit): string {
  return audit.chars
    .filter(isPolyphonic)
    .map((c) => {
      const mark = c.override
        ? `override ${c.override}`
        : c.rule
          ? `rule ${c.rule}`
          : c.raw !== c.final
            ? 'changed'
            : '';
      const sp = c.spoken ? ` (spoken ${c.spoken})` : '';
      return `${c.ch} ${c.final}${sp}\t{${c.candidates.join(',')}}\t${c.sentenceId}\t${c.word}\t${mark}\t${c.context}`;
    })
    .join('\n');
}
