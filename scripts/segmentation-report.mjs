#!/usr/bin/env node
// node scripts/segmentation-report.mjs
// Measures the CC-CEDICT re-cut of word boundaries (lib/annotate/recut.ts) on every article: words and
// one-character words with pinyin-pro's cut (after overrides and term edges) and with the re-cut, then
// every changed stretch with its count. docs/segmentation.md was written from this output.
import path from 'node:path';
import { registerTs, root } from './lib/ts-loader.mjs';

registerTs();
const { loadContent } = await import('@/lib/content/load.ts');
const { compileOverrides } = await import('@/lib/annotate/overrides.ts');
const { annotateSentence } = await import('@/lib/annotate/sentence.ts');
const { buildTermMatcher } = await import('@/lib/annotate/terms.ts');
const { readLexicon } = await import('@/lib/annotate/inputs.ts');

const content = loadContent(path.join(root, 'content'));
const opts = { overrides: compileOverrides(content.overrides), matcher: buildTermMatcher(content.glossary) };
const lexicon = readLexicon();
const wordsOf = (pieces) =>
  pieces.flatMap((p) => (p.kind === 'term' ? p.tokens : [p])).filter((t) => t.kind === 'word');
const ends = (words) => {
  const out = new Set();
  let at = 0;
  for (const w of words) out.add((at += w.chars.length));
  return out;
};
/** The words lying wholly in [from, to) (Han-character positions), joined with " | ". */
const between = (words, from, to) => {
  const out = [];
  let at = 0;
  for (const w of words) {
    if (at >= from && at + w.chars.length <= to) out.push(w.text);
    at += w.chars.length;
  }
  return out.join(' | ');
};

const changes = new Map();
const pct = (n, d) => `${((100 * n) / d).toFixed(1)} %`;
for (const article of content.articles) {
  const n = { before: 0, after: 0, before1: 0, after1: 0 };
  for (const block of article.blocks)
    for (const s of block.sentences) {
      const before = wordsOf(annotateSentence(s.id, s.zh, opts).pieces);
      const after = wordsOf(annotateSentence(s.id, s.zh, { ...opts, lexicon }).pieces);
      n.before += before.length;
      n.after += after.length;
      n.before1 += before.filter((w) => w.chars.length === 1).length;
      n.after1 += after.filter((w) => w.chars.length === 1).length;
      // stretches between boundaries both cuts share; a stretch cut differently is one change
      const a = ends(after);
      let prev = 0;
      for (const end of [...ends(before)].filter((e) => a.has(e)).sort((x, y) => x - y)) {
        const x = between(before, prev, end);
        const y = between(after, prev, end);
        if (x !== y) changes.set(`${x}  →  ${y}`, (changes.get(`${x}  →  ${y}`) ?? 0) + 1);
        prev = end;
      }
    }
  console.log(
    `${article.slug}: words ${n.before} → ${n.after}; ` +
      `one-character ${n.before1} (${pct(n.before1, n.before)}) → ${n.after1} (${pct(n.after1, n.after)})`,
  );
}
const list = [...changes].sort((x, y) => y[1] - x[1]);
console.log(`changed stretches: ${list.length} distinct, ${list.reduce((s, [, k]) => s + k, 0)} in all`);
for (const [change, k] of list) console.log(`${k}\t${change}`);
