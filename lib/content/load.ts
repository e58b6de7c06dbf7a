import fs from 'node:fs';
import path from 'node:path';
import { ContentError, type ContentProblem, zodProblems } from './errors';
import { officialProblem } from './official';
import {
  articleSchema,
  glossaryFileSchema,
  pinyinOverridesSchema,
  traditionalOverridesSchema,
  type Article,
  type GlossaryEntry,
  type PinyinOverride,
  type TraditionalOverride,
} from './schema';
import { SENTENCE_END_INSIDE } from './sentences';

export const DEFAULT_CONTENT_DIR = path.join(process.cwd(), 'content');

function readJson(file: string, rel: string, problems: ContentProblem[]): unknown {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch {
    problems.push({ file: rel, where: '', message: 'cannot be read' });
    return undefined;
  }
  try {
    return JSON.parse(text) as unknown;
  } catch (e) {
    problems.push({ file: rel, where: '', message: `is not valid JSON (${(e as Error).message})` });
    return undefined;
  }
}

/** Checks a schema-valid article for what a schema cannot express: ids, alignment, references. */
export function checkArticle(article: Article, file: string, glossaryIds?: ReadonlySet<string>): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const add = (where: string, message: string) => problems.push({ file, where, message });
  const blockIds = new Set<string>();
  const sentenceIds = new Set<string>();
  for (const block of article.blocks) {
    if (blockIds.has(block.id)) add(`block ${block.id}`, 'duplicate block id');
    blockIds.add(block.id);
    block.sentences.forEach((s, i) => {
      const where = `block ${block.id} › sentence ${s.id}`;
      if (sentenceIds.has(s.id)) add(where, 'duplicate sentence id');
      sentenceIds.add(s.id);
      if (!s.id.startsWith(`${block.id}.s`)) add(where, `sentence id does not belong to block ${block.id}`);
      if (s.en === null && !s.enMergedWithPrevious) add(`${where} › field en`, 'English translation is missing');
      if (s.enMergedWithPrevious && s.en !== null)
        add(`${where} › field en`, 'a sentence merged into the previous one must have en: null');
      if (s.enMergedWithPrevious && i === 0)
        add(`${where} › field enMergedWithPrevious`, 'the first sentence of a block cannot merge into a previous one');
      if (SENTENCE_END_INSIDE.test(s.zh.slice(0, -1)))
        add(`${where} › field zh`, 'misaligned: the Chinese holds more than one sentence; split it');
    });
  }
  for (const note of article.editorialNotes) {
    for (const id of note.blocks)
      if (!blockIds.has(id)) add(`note ${note.id} › field blocks`, `unknown block reference "${id}"`);
    if (note.kind === 'replace' && note.text && !article.blocks.some((b) => b.sentences.some((s) => s.zh.includes(note.text!))))
      add(`note ${note.id} › field text`, 'the replacement text does not occur in the article');
  }
  for (const flag of article.draftFlags ?? [])
    if (!blockIds.has(flag.block)) add('field draftFlags', `unknown block reference "${flag.block}"`);
  if (glossaryIds)
    for (const id of article.meta.keyTerms ?? [])
      if (!glossaryIds.has(id)) add('meta › field keyTerms', `unknown glossary reference "${id}"`);
  return problems;
}

export function checkGlossary(entries: { entry: GlossaryEntry; file: string }[]): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const ids = new Map<string, string>();
  const forms = new Map<string, string>();
  for (const { entry, file } of entries) {
    if (ids.has(entry.id)) problems.push({ file, where: `entry ${entry.id}`, message: `duplicate id (also in ${ids.get(entry.id)})` });
    ids.set(entry.id, file);
    const official = officialProblem(entry);
    if (official) problems.push({ file, where: `entry ${entry.id} › field english`, message: official });
    for (const form of entry.forms) {
      const owner = forms.get(form);
      if (owner && owner !== entry.id)
        problems.push({ file, where: `entry ${entry.id} › field forms`, message: `form "${form}" also belongs to ${owner}` });
      forms.set(form, entry.id);
    }
  }
  for (const { entry, file } of entries)
    for (const rel of entry.related)
      if (!ids.has(rel)) problems.push({ file, where: `entry ${entry.id} › field related`, message: `unknown glossary reference "${rel}"` });
  return problems;
}

export interface LoadedContent {
  articles: Article[];
  glossary: GlossaryEntry[];
  overrides: PinyinOverride[];
  /** Reviewed corrections to the Traditional conversion (lib/convert). */
  traditional: TraditionalOverride[];
}

function listJson(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => path.join(dir, f));
}

/**
 * Loads and validates everything under `contentDir`. Collects every problem before throwing, so an
 * editor sees the whole list at once; the message names file, block/sentence/entry id and field.
 */
export function loadContent(contentDir: string = DEFAULT_CONTENT_DIR): LoadedContent {
  const problems: ContentProblem[] = [];
  const rel = (f: string) => path.relative(path.dirname(contentDir), f);

  const glossaryEntries: { entry: GlossaryEntry; file: string }[] = [];
  for (const file of listJson(path.join(contentDir, 'glossary'))) {
    const raw = readJson(file, rel(file), problems);
    if (raw === undefined) continue;
    const parsed = glossaryFileSchema.safeParse(raw);
    if (!parsed.success) problems.push(...zodProblems(rel(file), raw, parsed.error));
    else for (const entry of parsed.data) glossaryEntries.push({ entry, file: rel(file) });
  }
  problems.push(...checkGlossary(glossaryEntries));
  const glossaryIds = new Set(glossaryEntries.map((g) => g.entry.id));

  const articles: Article[] = [];
  const articlesDir = path.join(contentDir, 'articles');
  const slugs = fs.existsSync(articlesDir)
    ? fs.readdirSync(articlesDir, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort()
    : [];
  for (const slug of slugs) {
    const file = path.join(articlesDir, slug, 'article.json');
    const raw = readJson(file, rel(file), problems);
    if (raw === undefined) continue;
    const parsed = articleSchema.safeParse(raw);
    if (!parsed.success) {
      problems.push(...zodProblems(rel(file), raw, parsed.error));
      continue;
    }
    if (parsed.data.slug !== slug)
      problems.push({ file: rel(file), where: 'field slug', message: `slug "${parsed.data.slug}" does not match folder "${slug}"` });
    problems.push(...checkArticle(parsed.data, rel(file), glossaryIds));
    articles.push(parsed.data);
  }

  let overrides: PinyinOverride[] = [];
  const overridesFile = path.join(contentDir, 'pinyin', 'overrides.json');
  if (fs.existsSync(overridesFile)) {
    const raw = readJson(overridesFile, rel(overridesFile), problems);
    if (raw !== undefined) {
      const parsed = pinyinOverridesSchema.safeParse(raw);
      if (!parsed.success) problems.push(...zodProblems(rel(overridesFile), raw, parsed.error));
      else overrides = parsed.data;
      const seen = new Set<string>();
      for (const o of overrides) {
        if (seen.has(o.text))
          problems.push({ file: rel(overridesFile), where: `override ${o.text}`, message: 'duplicate override' });
        seen.add(o.text);
      }
    }
  }

  const traditional = loadTraditionalOverrides(contentDir, rel, problems);

  if (problems.length) throw new ContentError(problems);
  return { articles, glossary: glossaryEntries.map((g) => g.entry), overrides, traditional };
}

function loadTraditionalOverrides(
  contentDir: string,
  rel: (f: string) => string,
  problems: ContentProblem[],
): TraditionalOverride[] {
  const file = path.join(contentDir, 'traditional', 'overrides.json');
  if (!fs.existsSync(file)) return [];
  const raw = readJson(file, rel(file), problems);
  if (raw === undefined) return [];
  const parsed = traditionalOverridesSchema.safeParse(raw);
  if (!parsed.success) {
    problems.push(...zodProblems(rel(file), raw, parsed.error));
    return [];
  }
  const seen = new Set<string>();
  for (const o of parsed.data) {
    if (seen.has(o.text)) problems.push({ file: rel(file), where: `override ${o.text}`, message: 'duplicate override' });
    seen.add(o.text);
  }
  return parsed.data;
}
