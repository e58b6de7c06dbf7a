import fs from 'node:fs';
import path from 'node:path';
import { compileOverrides, NO_OVERRIDES, type OverrideSet } from '@/lib/annotate/overrides';
import { zodProblems, type ContentProblem } from '@/lib/content/errors';
import { checkArticle, checkGlossary } from '@/lib/content/load';
import {
  articleSchema,
  glossaryFileSchema,
  pinyinOverridesSchema,
  type Article,
  type GlossaryEntry,
} from '@/lib/content/schema';
import { glossaryCandidates, type CandidateReport } from './candidates';
import { compareWithSource, type FidelityResult } from './fidelity';
import { lengthWarnings, type LengthWarning } from './lengths';
import { missingNumbers } from './numbers';
import { pinyinReview, type PinyinReview } from './pinyin-review';

export type Section = 'validation' | 'fidelity' | 'numbers' | 'pinyin' | 'glossary' | 'length' | 'metadata';

export interface Finding {
  severity: 'error' | 'warning';
  section: Section;
  /** Block/sentence id or field, when the finding has a place. */
  where?: string;
  message: string;
}

export interface CheckReport {
  slug: string;
  file: string;
  findings: Finding[];
  /** Present once the article is valid enough to be read. */
  article?: Article;
  sourceFile?: string;
  fidelity?: FidelityResult;
  numbersChecked?: number;
  pinyin?: PinyinReview;
  glossary?: CandidateReport;
  lengths?: LengthWarning[];
}

export interface CheckOptions {
  slug: string;
  contentDir: string;
  /** The source file to compare with; else meta.sourceFile beside article.json, then in `sourceDirs`. */
  sourcePath?: string;
  sourceDirs?: string[];
  /** Whether CC-CEDICT has a headword (loaded only when the article is valid). */
  inDictionary: () => (word: string) => boolean;
}

function readJson(file: string): { value?: unknown; error?: string } {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch {
    return { error: 'cannot be read' };
  }
  try {
    return { value: JSON.parse(text) as unknown };
  } catch (e) {
    return { error: `is not valid JSON (${(e as Error).message})` };
  }
}

const located = (p: ContentProblem) => (p.where ? `${p.where}: ${p.message}` : p.message);

function readGlossary(dir: string, findings: Finding[]): GlossaryEntry[] {
  const entries: { entry: GlossaryEntry; file: string }[] = [];
  const files = fs.existsSync(dir)
    ? fs
        .readdirSync(dir)
        .filter((f) => f.endsWith('.json'))
        .sort()
    : [];
  for (const f of files) {
    const rel = `glossary/${f}`;
    const { value, error } = readJson(path.join(dir, f));
    const parsed = error ? undefined : glossaryFileSchema.safeParse(value);
    if (error) findings.push({ severity: 'error', section: 'validation', where: rel, message: error });
    else if (!parsed!.success)
      for (const p of zodProblems(rel, value, parsed!.error))
        findings.push({ severity: 'error', section: 'validation', where: rel, message: located(p) });
    else for (const entry of parsed!.data) entries.push({ entry, file: rel });
  }
  for (const p of checkGlossary(entries))
    findings.push({ severity: 'error', section: 'validation', where: p.file, message: located(p) });
  return entries.map((e) => e.entry);
}

function readOverrides(file: string, findings: Finding[]): OverrideSet {
  if (!fs.existsSync(file)) return NO_OVERRIDES;
  const { value, error } = readJson(file);
  if (error) {
    findings.push({
      severity: 'error',
      section: 'validation',
      where: 'pinyin/overrides.json',
      message: error,
    });
    return NO_OVERRIDES;
  }
  const parsed = pinyinOverridesSchema.safeParse(value);
  if (!parsed.success) {
    for (const p of zodProblems('pinyin/overrides.json', value, parsed.error))
      findings.push({ severity: 'error', section: 'validation', where: p.file, message: located(p) });
    return NO_OVERRIDES;
  }
  return compileOverrides(parsed.data);
}

/**
 * `npm run article:check <slug>`: everything an editor should see before publishing one article.
 * Errors block publication (the build or the content tests would fail, or the text is not the
 * source's); warnings are for the editor's judgement. Stops after validation when the file cannot
 * be read as an article.
 */
export function checkArticleForEditor(opts: CheckOptions): CheckReport {
  const dir = path.join(opts.contentDir, 'articles', opts.slug);
  const file = path.join(dir, 'article.json');
  const report: CheckReport = { slug: opts.slug, file, findings: [] };
  const error = (section: Section, message: string, where?: string) =>
    report.findings.push({ severity: 'error', section, message, ...(where && { where }) });
  const warn = (section: Section, message: string, where?: string) =>
    report.findings.push({ severity: 'warning', section, message, ...(where && { where }) });

  if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(opts.slug) || !fs.existsSync(file)) {
    const articlesDir = path.join(opts.contentDir, 'articles');
    const known = fs.existsSync(articlesDir)
      ? fs.readdirSync(articlesDir).filter((d) => fs.existsSync(path.join(articlesDir, d, 'article.json')))
      : [];
    error(
      'validation',
      `unknown slug "${opts.slug}": no ${path.relative(opts.contentDir, file)} (articles: ${known.join(', ') || 'none'})`,
    );
    return report;
  }
  const { value, error: readError } = readJson(file);
  if (readError) {
    error('validation', `article.json ${readError}`);
    return report;
  }
  const parsed = articleSchema.safeParse(value);
  if (!parsed.success) {
    for (const p of zodProblems('article.json', value, parsed.error)) error('validation', p.message, p.where);
    return report;
  }
  const article = parsed.data;
  report.article = article;
  if (article.slug !== opts.slug)
    error('validation', `slug "${article.slug}" does not match folder "${opts.slug}"`, 'field slug');
  const glossary = readGlossary(path.join(opts.contentDir, 'glossary'), report.findings);
  for (const p of checkArticle(article, 'article.json', new Set(glossary.map((g) => g.id))))
    error('validation', p.message, p.where);
  for (const f of article.draftFlags ?? [])
    error('validation', `draft flag (${f.kind}): ${f.message}`, `block ${f.block}`);

  if (!article.meta.sourceUrl)
    warn('metadata', 'no meta.sourceUrl: say where the source was published if it was');
  if (article.meta.translation.version.startsWith('0.'))
    warn(
      'metadata',
      `translation version ${article.meta.translation.version} marks a draft: set 1.0.0 once reviewed`,
    );

  // Fidelity to the source as received.
  const candidates = opts.sourcePath
    ? [opts.sourcePath]
    : [dir, ...(opts.sourceDirs ?? [])].map((d) => path.join(d, article.meta.sourceFile));
  const source = candidates.find((f) => fs.existsSync(f));
  if (!source)
    error(
      'fidelity',
      `source file not found (looked for ${candidates.join(', ')}); pass --source PATH`,
      'meta › field sourceFile',
    );
  else {
    report.sourceFile = source;
    report.fidelity = compareWithSource(article, fs.readFileSync(source, 'utf8'));
    for (const p of report.fidelity.problems) error('fidelity', p);
  }

  const numbers = missingNumbers(article);
  report.numbersChecked = numbers.checked;
  for (const m of numbers.missing)
    (m.strict ? error : warn)(
      'numbers',
      `${m.source} is not in the English (expected ${m.expected.map((f) => `"${f}"`).join(' or ')})`,
      `sentence ${m.sentenceId}`,
    );

  const overrides = readOverrides(path.join(opts.contentDir, 'pinyin', 'overrides.json'), report.findings);
  report.pinyin = pinyinReview(article, overrides);
  const pending = report.pinyin.groups.reduce((n, g) => n + g.occurrences.length, 0);
  if (pending)
    warn(
      'pinyin',
      `${pending} polyphonic occurrences (${report.pinyin.groups.length} character readings) come from pinyin-pro's default: review the list`,
    );

  report.glossary = glossaryCandidates({ article, glossary, overrides, inDictionary: opts.inDictionary() });
  for (const c of report.glossary.candidates.filter((x) => x.termId))
    warn(
      'glossary',
      `"${c.text}" of glossary entry ${c.termId} occurs but no form matches it: add the form`,
      `sentence ${c.sentenceIds.join(', ')}`,
    );
  const fresh = report.glossary.candidates.filter((x) => !x.termId).length;
  if (fresh) warn('glossary', `${fresh} glossary candidates: decide on each (see the list)`);

  report.lengths = lengthWarnings(article);
  for (const w of report.lengths) warn('length', w.message, `sentence ${w.sentenceIds.join(', ')}`);
  return report;
}
