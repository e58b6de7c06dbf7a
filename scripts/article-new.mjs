#!/usr/bin/env node
// npm run article:new -- --zh zh.txt --en en.txt --meta meta.json [--slug SLUG] [--dry-run]
// Writes a draft content/articles/<slug>/article.json (and a copy of the source file) from two text
// files, one paragraph per line, and a metadata file. Walk-through: docs/adding-an-article.md.
// The logic is lib/authoring/new-article.ts; this file only reads arguments and prints.
import path from 'node:path';
import { parseArgs } from 'node:util';
import { registerTs, root } from './lib/ts-loader.mjs';

const usage =
  'usage: npm run article:new -- --zh ZH.txt --en EN.txt --meta META.json [--slug SLUG] [--dry-run] [--content DIR]';
let args;
try {
  args = parseArgs({
    options: {
      zh: { type: 'string' },
      en: { type: 'string' },
      meta: { type: 'string' },
      slug: { type: 'string' },
      content: { type: 'string' },
      'dry-run': { type: 'boolean' },
      help: { type: 'boolean' },
    },
  }).values;
} catch (e) {
  console.error(`${e.message}\n${usage}`);
  process.exit(2);
}
if (args.help) {
  console.log(usage);
  process.exit(0);
}
const missing = ['zh', 'en', 'meta'].filter((k) => !args[k]);
if (missing.length) {
  console.error(`missing ${missing.map((k) => `--${k}`).join(', ')}\n${usage}`);
  process.exit(2);
}

registerTs();
const { createArticle } = await import('@/lib/authoring/new-article.ts');
const { AuthoringError } = await import('@/lib/authoring/draft.ts');
try {
  const r = createArticle({
    zhFile: path.resolve(args.zh),
    enFile: path.resolve(args.en),
    metaFile: path.resolve(args.meta),
    contentDir: path.resolve(args.content ?? path.join(root, 'content')),
    slug: args.slug,
    dryRun: args['dry-run'],
  });
  const a = r.article;
  const sentences = a.blocks.reduce((n, b) => n + b.sentences.length, 0);
  const rel = path.relative(process.cwd(), r.dir) || '.';
  console.log(
    `${r.written ? 'Wrote' : 'Dry run, nothing written:'} ${rel}/article.json — ${a.blocks.length} paragraphs, ${sentences} sentences` +
      (r.written ? `; source copied as ${rel}/${a.meta.sourceFile}` : ''),
  );
  for (const w of r.warnings) console.log(`warning: ${w}`);
  const flags = a.draftFlags ?? [];
  if (flags.length) {
    console.log(`\n${flags.length} paragraph(s) to align by hand (draftFlags in article.json):`);
    for (const f of flags) console.log(`  ${f.block}: ${f.message}`);
  } else
    console.log('Every paragraph has as many English sentences as Chinese ones; they are paired one to one.');
  console.log(`\nNext: edit the draft, then npm run article:check ${a.slug}`);
} catch (e) {
  if (!(e instanceof AuthoringError)) throw e;
  console.error(`article:new: nothing written.\n${e.problems.map((p) => `  ✖ ${p}`).join('\n')}`);
  process.exit(1);
}
