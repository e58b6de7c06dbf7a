#!/usr/bin/env node
// npm run pinyin:audit [-- --set NAME] [-- --rule NAME] [-- --markdown] [-- --unreviewed]
// Runs every context rule and every override over a corpus of government work reports that no rule
// was tuned on and counts where each changes pinyin-pro's own reading. The repository keeps each
// set's manifest (scripts/pinyin-audit/<set>/manifest.json: title, issuer, date, gov.cn address and
// the public copy the text came from), not the texts: they were copied from public repositories,
// which this project does not commit. Put the files the manifest lists in
// $PINYIN_AUDIT_CORPUS/<set>/ (default: ../pinyin-audit-corpus beside the repository). Per rule it draws a fixed sample of up to SAMPLE changes (evenly spaced, so the draw
// is reproducible), looks each up in verdicts.json (one reviewer judgement per sample: the changed
// reading is right or wrong in that context; keyed by the SHA-256 of the context sentence, so the
// judgements are kept without the text) and prints changes, reviewed, right and precision.
// A rule is accepted at ≥ 98 % precision on a fully reviewed sample; the run exits 1 otherwise.
//   --set NAME     another text set: holdout (1993–2002 reports) re-measures rules narrowed after
//                  corpus/ (2003–2018) had been read; holdout2 (1983–1992) and holdout3 (1978–1982)
//                  those narrowed after each earlier set
//   --rule NAME    every change of one rule (e.g. --rule "地 de", --rule override:供)
//   --unreviewed   the sampled changes that have no verdict yet, as JSON to review and paste
//   --markdown     the precision table for docs/pinyin-precision.md
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { registerTs, root } from '../lib/ts-loader.mjs';

registerTs();
const here = path.dirname(fileURLToPath(import.meta.url));
const { readPinyinInputs } = await import('@/lib/annotate/inputs.ts');
const { compileOverrides } = await import('@/lib/annotate/overrides.ts');
const { changesIn, keptAside } = await import('@/lib/annotate/audit.ts');

const SAMPLE = 50;
const THRESHOLD = 0.98;
const arg = (name) => {
  const i = process.argv.indexOf(name);
  return i === -1 ? undefined : (process.argv[i + 1] ?? '');
};

const set = arg('--set') ?? 'corpus';
if (!['corpus', 'holdout', 'holdout2', 'holdout3'].includes(set)) throw new Error(`no text set ${set}`);
const manifest = JSON.parse(fs.readFileSync(path.join(here, set, 'manifest.json'), 'utf8'));
const textDir = path.join(
  path.resolve(process.env.PINYIN_AUDIT_CORPUS || path.join(root, '..', 'pinyin-audit-corpus')),
  set,
);
const missing = manifest.documents.filter((d) => !fs.existsSync(path.join(textDir, d.file)));
if (missing.length) {
  console.error(
    `pinyin:audit: ${missing.length} text(s) of set ${set} are not in ${textDir} (e.g. ${missing[0].file}).\n` +
      `The repository keeps only scripts/pinyin-audit/${set}/manifest.json; each entry names the public copy\n` +
      'the text came from (retrievedFrom). Save them there, or set PINYIN_AUDIT_CORPUS to their parent folder.',
  );
  process.exit(2);
}
const sentences = [];
let hanTotal = 0;
for (const doc of manifest.documents) {
  const text = fs.readFileSync(path.join(textDir, doc.file), 'utf8');
  if (keptAside(doc, text)) throw new Error(`${doc.file}: the 2025 State Council report is kept aside`);
  hanTotal += (text.match(/\p{Script=Han}/gu) ?? []).length;
  text.split('\n').forEach((line, n) => {
    for (const s of line.match(/[^。！？；!?;]+[。！？；!?;]*/g) ?? [])
      if (/\p{Script=Han}/u.test(s)) sentences.push({ zh: s.trim(), where: `${doc.file}:${n + 1}` });
  });
}

const { overrides: list } = readPinyinInputs(path.join(root, 'content'));
const overrides = compileOverrides(list);
const RULES = [
  '以…为',
  '动词+为',
  '地 de',
  '得 de',
  '长 zhǎng',
  '只 zhǐ',
  '干 gàn',
  '种 zhòng',
  '应 yīng',
  '教 jiāo',
];

const started = Date.now();
const byRule = new Map(RULES.map((r) => [r, []]));
for (const o of overrides.all) if (o.general) byRule.set(`override:${o.text}`, []);
for (const s of sentences)
  for (const c of changesIn(s.zh, overrides)) {
    if (!byRule.has(c.rule)) byRule.set(c.rule, []);
    byRule.get(c.rule).push({ ...c, where: s.where });
  }
const seconds = ((Date.now() - started) / 1000).toFixed(1);

const verdictFile = path.join(here, 'verdicts.json');
const verdicts = fs.existsSync(verdictFile) ? JSON.parse(fs.readFileSync(verdictFile, 'utf8')) : [];
const sha = (text) => crypto.createHash('sha256').update(text, 'utf8').digest('hex');
const key = (v) => `${v.rule}\u0000${v.contextSha256 ?? sha(v.context)}\u0000${v.reading}`;
const verdictOf = new Map(verdicts.map((v) => [key(v), v]));

/** Up to SAMPLE changes, evenly spaced through the corpus order. */
function sample(changes) {
  if (changes.length <= SAMPLE) return changes;
  return Array.from({ length: SAMPLE }, (_, i) => changes[Math.floor((i * changes.length) / SAMPLE)]);
}

const rows = [];
const unreviewed = [];
for (const [rule, changes] of byRule) {
  const drawn = sample(changes);
  let right = 0;
  let reviewed = 0;
  for (const c of drawn) {
    const v = verdictOf.get(key({ rule, context: c.context, reading: c.to }));
    if (!v) {
      unreviewed.push({
        rule,
        context: c.context,
        contextSha256: sha(c.context),
        reading: c.to,
        from: c.from,
        where: c.where,
      });
      continue;
    }
    reviewed++;
    if (v.verdict === 'right') right++;
  }
  const general = rule.startsWith('override:') ? (changes[0]?.general ?? true) : true;
  rows.push({ rule, general, changes: changes.length, drawn: drawn.length, reviewed, right });
}
const precision = (r) => (r.reviewed ? r.right / r.reviewed : undefined);
const pct = (x) => (x === undefined ? '–' : `${(100 * x).toFixed(1)} %`);
const failing = rows.filter((r) => r.reviewed && precision(r) < THRESHOLD);
const incomplete = rows.filter((r) => r.reviewed < r.drawn);

const ruleArg = arg('--rule');
if (ruleArg !== undefined) {
  for (const c of byRule.get(ruleArg) ?? []) console.log(`${c.where}\t${c.from} → ${c.to}\t${c.context}`);
} else if (process.argv.includes('--unreviewed')) {
  console.log(JSON.stringify(unreviewed, null, 2));
} else if (process.argv.includes('--markdown')) {
  console.log('| rule | changes | reviewed | right | precision |');
  console.log('|---|---:|---:|---:|---:|');
  for (const r of rows)
    if (r.changes || !r.rule.startsWith('override:'))
      console.log(`| ${r.rule} | ${r.changes} | ${r.reviewed} | ${r.right} | ${pct(precision(r))} |`);
  const silent = rows.filter((r) => !r.changes && r.rule.startsWith('override:'));
  console.log(`\nNo change on the corpus: ${silent.map((r) => r.rule.slice(9)).join('、')}.`);
} else {
  console.log(
    `${manifest.documents.length} documents, ${sentences.length} sentences, ${hanTotal} Han characters; ` +
      `read in ${seconds} s`,
  );
  for (const r of rows) {
    const flag = r.reviewed < r.drawn ? `  (${r.drawn - r.reviewed} of the sample unreviewed)` : '';
    const bad = r.reviewed && precision(r) < THRESHOLD ? '  BELOW 98 %' : '';
    const kind = r.rule.startsWith('override:') && !r.general ? ' [article override]' : '';
    console.log(
      `${r.rule}${kind}: ${r.changes} changes, ${r.right}/${r.reviewed} right (${pct(precision(r))})${flag}${bad}`,
    );
    for (const c of sample(byRule.get(r.rule)).slice(0, 5))
      console.log(`    ${c.from} → ${c.to}  ${c.context}`);
  }
}
if (failing.length || incomplete.length) {
  if (failing.length) console.error(`Below 98 %: ${failing.map((r) => r.rule).join(', ')}`);
  if (incomplete.length)
    console.error(`Sample not fully reviewed: ${incomplete.map((r) => r.rule).join(', ')}`);
  process.exitCode = 1;
}
