import fs from 'node:fs';
import path from 'node:path';
import type { Article } from '@/lib/content/schema';
import { AuthoringError, buildDraft } from './draft';
import { draftMetadataSchema, type DraftMetadata } from './metadata';

export interface NewArticleOptions {
  zhFile: string;
  enFile: string;
  metaFile: string;
  contentDir: string;
  /** Overrides the metadata's slug. */
  slug?: string;
  /** YYYY-MM-DD; defaults to today (UTC). */
  today?: string;
  /** Build and check everything, write nothing. */
  dryRun?: boolean;
}

export interface NewArticleResult {
  dir: string;
  article: Article;
  /** meta.sourceFile, copied beside article.json so article:check can compare with it. */
  sourceCopiedFrom: string;
  warnings: string[];
  written: boolean;
}

function readText(file: string, what: string, problems: string[]): string | undefined {
  try {
    return fs.readFileSync(file, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    problems.push(
      code === 'ENOENT' ? `${what} not found: ${file}` : `${what} cannot be read: ${file} (${code})`,
    );
    return undefined;
  }
}

function readMetadata(file: string, problems: string[]): DraftMetadata | undefined {
  const text = readText(file, 'metadata file', problems);
  if (text === undefined) return undefined;
  let raw: unknown;
  try {
    raw = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    problems.push(`${file}: is not valid JSON (${(e as Error).message})`);
    return undefined;
  }
  const parsed = draftMetadataSchema.safeParse(raw);
  if (parsed.success) return parsed.data;
  for (const issue of parsed.error.issues)
    problems.push(`${file}: ${issue.path.length ? `field ${issue.path.join('.')}: ` : ''}${issue.message}`);
  return undefined;
}

/**
 * `npm run article:new`: reads the two texts and the metadata, builds the draft and writes
 * `content/articles/<slug>/article.json` plus a copy of the source file. Any problem stops it
 * before anything is written (AuthoringError lists them all).
 */
export function createArticle(opts: NewArticleOptions): NewArticleResult {
  const problems: string[] = [];
  const zh = readText(opts.zhFile, 'Chinese text file', problems);
  const en = readText(opts.enFile, 'English text file', problems);
  const parsedMeta = readMetadata(opts.metaFile, problems);
  const meta =
    parsedMeta && opts.slug ? draftMetadataSchema.safeParse({ ...parsedMeta, slug: opts.slug }) : undefined;
  if (meta && !meta.success) problems.push(...meta.error.issues.map((i) => `--slug: ${i.message}`));
  const m = meta ? (meta.success ? meta.data : undefined) : parsedMeta;

  const articlesDir = path.join(opts.contentDir, 'articles');
  if (!fs.existsSync(articlesDir)) problems.push(`no articles folder at ${articlesDir}`);
  const dir = m ? path.join(articlesDir, m.slug) : '';
  if (m && fs.existsSync(dir)) problems.push(`slug "${m.slug}" already exists (${dir}); choose another slug`);

  // The source as received, for the fidelity check; by default the Chinese file itself.
  const source = m?.sourceFile ? path.resolve(path.dirname(opts.metaFile), m.sourceFile) : opts.zhFile;
  if (m?.sourceFile) readText(source, 'source file (metadata sourceFile)', problems);
  const sourceName = path.basename(source);
  if (sourceName === 'article.json') problems.push('the source file cannot be called article.json');

  if (problems.length || zh === undefined || en === undefined || !m) throw new AuthoringError(problems);
  const draft = buildDraft({
    zh,
    en,
    zhLabel: path.basename(opts.zhFile),
    enLabel: path.basename(opts.enFile),
    meta: m,
    sourceFile: sourceName,
    today: opts.today ?? new Date().toISOString().slice(0, 10),
  });
  if (!opts.dryRun) {
    fs.mkdirSync(dir);
    fs.writeFileSync(path.join(dir, 'article.json'), `${JSON.stringify(draft.article, null, 2)}\n`);
    fs.copyFileSync(source, path.join(dir, sourceName));
  }
  return {
    dir,
    article: draft.article,
    sourceCopiedFrom: source,
    warnings: draft.warnings,
    written: !opts.dryRun,
  };
}
