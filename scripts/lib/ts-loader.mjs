// Lets a Node script import the project's TypeScript (lib/**/*.ts), so scripts share one source of truth
// with the app and the tests. Node 20 cannot run TypeScript and the project has no runner such as tsx,
// so this module is a module-loader hook: `registerTs()` registers it, and on the loader thread it
// transpiles .ts with the project's own `typescript` (no type checking; `npm run typecheck` does that)
// and resolves the `@/` alias and extensionless imports.
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { register } from 'node:module';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

export function registerTs() {
  register(import.meta.url);
}

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
