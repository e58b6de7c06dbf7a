import type { CheckReport, Finding } from './check';

export interface FormatOptions {
  /** Contexts shown per pinyin reading and sentences per candidate (default 3; Infinity for all). */
  examples?: number;
}

const fmt = (n: number) => n.toLocaleString('en-US');
const line = (f: Finding) =>
  `${f.severity === 'error' ? '✖' : '⚠'} [${f.section}] ${f.where ? `${f.where}: ` : ''}${f.message}`;
const more = (n: number, shown: number) => (n > shown ? ` … +${n - shown}` : '');

/** The text report `npm run article:check` prints. */
export function formatCheckReport(r: CheckReport, opts: FormatOptions = {}): string {
  const k = opts.examples ?? 3;
  const out: string[] = [`article:check ${r.slug} — ${r.file}`];
  const errors = r.findings.filter((f) => f.severity === 'error');
  const warnings = r.findings.filter((f) => f.severity === 'warning');
  const a = r.article;
  if (a) {
    const sentences = a.blocks.reduce((n, b) => n + b.sentences.length, 0);
    out.push(
      `${a.blocks.length} blocks, ${sentences} sentences${r.pinyin ? `, ${fmt(r.pinyin.hanChars)} Han characters` : ''}`,
    );
    out.push(
      '',
      `Validation: ${errors.some((f) => f.section === 'validation') ? 'problems (see errors)' : 'schema and checks pass'}`,
    );
    if (r.fidelity) {
      out.push(
        `Fidelity to ${r.sourceFile}: ${r.fidelity.identical ? 'identical (whitespace removed)' : 'DIFFERS (see errors)'}` +
          (r.fidelity.repairs.length
            ? `; expected differences (editorial notes):`
            : '; no editorial repairs'),
      );
      for (const rep of r.fidelity.repairs) out.push(`  ${rep}`);
    }
    if (r.numbersChecked !== undefined) {
      const missing = r.findings.filter((f) => f.section === 'numbers').length;
      out.push(`Numbers: ${r.numbersChecked} checked, ${missing} not found in the English`);
    }
    if (r.pinyin) {
      const p = r.pinyin;
      out.push(
        '',
        `Pinyin review: ${p.polyphonic} polyphonic occurrences; ${p.settled} settled by a dictionary word, an override or a rule; ` +
          `${p.polyphonic - p.settled} read by pinyin-pro's default (reading ×count {all readings}: where):`,
      );
      for (const g of p.groups)
        out.push(
          `  ${g.ch} ${g.reading} ×${g.occurrences.length} {${g.candidates.join(',')}}: ` +
            g.occurrences
              .slice(0, k)
              .map(
                (o) =>
                  `${o.sentenceId} ${o.context.slice(Math.max(0, o.context.indexOf('【') - 6), o.context.indexOf('】') + 7)}`,
              )
              .join('  ') +
            more(g.occurrences.length, k),
        );
    }
    if (r.glossary) {
      const matched = [...r.glossary.matched].sort((x, y) => y[1] - x[1]);
      const fresh = r.glossary.candidates.filter((c) => !c.termId);
      const shown = matched.slice(0, k === Infinity ? matched.length : 10 * k);
      out.push(
        '',
        `Glossary: ${matched.length} entries match in this article` +
          (matched.length
            ? ` (${shown.map(([id, n]) => `${id} ×${n}`).join(', ')}${more(matched.length, shown.length)})`
            : ''),
      );
      out.push(`Glossary candidates (${fresh.length}; text — why — where):`);
      for (const c of fresh)
        out.push(
          `  ${c.text} — ${c.reasons.join(', ')} — ${c.sentenceIds.slice(0, k).join(' ')}${more(c.sentenceIds.length, k)}`,
        );
    }
  }
  out.push(
    '',
    `${errors.length} error${errors.length === 1 ? '' : 's'}, ${warnings.length} warning${warnings.length === 1 ? '' : 's'}`,
  );
  for (const f of [...errors, ...warnings]) out.push(line(f));
  return out.join('\n');
}
