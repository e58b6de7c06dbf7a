#!/usr/bin/env node
// npm run pinyin:report [-- --review]
// Prints, for every article: Han characters, polyphonic occurrences, overrides applied, characters whose
// final reading differs from pinyin-pro's, and any character without pinyin. `--review` lists every
// polyphonic occurrence with its context and chosen reading (the list the overrides were reviewed from).
//
// The logic lives in lib/annotate/*.ts (one source of truth with the app and the tests). Node 20 cannot
// run TypeScript, so this file doubles as a module-loader hook: on the main thread it registers itself,
// and on the loader thread it transpiles .ts with the project's own `typescript` (no type checking;
// `npm run typecheck` does that) and resolves the `@/` alias and extensionless imports.
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { register } from 'node:module';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { isMainThread } from 'node:worker_threads';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

export async function resolve(specifier, context, next) {
  const parent = context.parentURL?.startsWith('file:') ? fileURLToPath(context.parentURL) : undefined;
  let base;
  if (specifier.startsWith('@/')) base = path.join(root, specifier.slice(2));
  else if (parent?.endsWith('.ts') && (specifier.startsWith('./') || specifier.startsWith('../')))
    base = path.resolve(path.dirname(parent), specifier);
  if (base)
    for (const candidate of [base, `${base}.ts`, path.join(base, 'index.ts')])
      if (existsSync(candidate) && /\.(ts|mjs|js|json)$/.test(candidate))
        return { url: pathToFileURL(candidate).href, shortCircuit: true };
  return next(specifier, context);
}

export async function load(url, context, next) {
  if (!url.startsWith('file:') || !url.endsWith('.ts')) return next(url, context);
  const { default: ts } = await import('typescript');
  const source = await readFile(fileURLToPath(url), 'utf8');
  const { outputText } = ts.transpileModule(source, {
    fileName: fileURLToPath(url),
    compilerOptions: {
      module: ts.ModuleKind.ESNext,
      target: ts.ScriptTarget.ES2022,
      verbatimModuleSyntax: false,
    },
  });
  return { format: 'module', source: outputText, shortCircuit: true };
}

if (isMainThread) {
  register(import.meta.url);
  const { readPinyinInputs } = await import('@/lib/annotate/inputs.ts');
  const { compileOverrides } = await import('@/lib/annotate/overrides.ts');
  const { auditArticle, formatReport, formatReview } = await import('@/lib/annotate/report.ts');
  const content = readPinyinInputs(path.join(root, 'content'));
  const overrides = compileOverrides(content.overrides);
  const review = process.argv.includes('--review');
  for (const article of content.articles) {
    const audit = auditArticle(article, overrides);
    console.log(
      review
        ? formatReview(audit)
        : formatReport(
            article,
            audit,
            content.overrides.map((o) => o.text),
          ),
    );
  }
}
