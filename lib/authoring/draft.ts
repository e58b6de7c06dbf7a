import { checkArticle } from '@/lib/content/load';
import { articleSchema, type Article, type Block, type DraftFlag } from '@/lib/content/schema';
import { splitChineseSentences } from '@/lib/content/sentences';
import { splitEnglishSentences } from './english';
import { findMarkup } from './markup';
import type { DraftMetadata } from './metadata';

/** Bad input: every problem found, each naming the file (and line) and what is wrong. */
export class AuthoringError extends Error {
  readonly problems: string[];
  constructor(problems: string[]) {
    super(problems.join('\n'));
    this.name = 'AuthoringError';
    this.problems = problems;
  }
}

export interface Paragraph {
  line: number;
  text: string;
}

const HAN = /\p{Script=Han}/u;
const HAN_G = /\p{Script=Han}/gu;
const LATIN_G = /[A-Za-z]/g;

/** One paragraph per non-empty line; a BOM, CR and surrounding spaces are dropped. */
export function readParagraphs(text: string, label: string, problems: string[]): Paragraph[] {
  const out: Paragraph[] = [];
  text
    .replace(/^\uFEFF/, '')
    .split(/\r?\n|\r/)
    .forEach((raw, i) => {
      const line = raw.trim();
      if (!line) return;
      const markup = findMarkup(line);
      if (markup) problems.push(`${label} line ${i + 1}: contains ${markup}; the text must be plain`);
      out.push({ line: i + 1, text: line });
    });
  if (!out.length) problems.push(`${label}: has no text`);
  return out;
}

export interface DraftInput {
  zh: string;
  en: string;
  /** Labels used in messages (the file names as given). */
  zhLabel: string;
  enLabel: string;
  meta: DraftMetadata;
  /** meta.sourceFile as it will be stored. */
  sourceFile: string;
  /** Today, YYYY-MM-DD (the draft translation's date). */
  today: string;
}

export interface Draft {
  article: Article;
  /** Things worth a look that do not stop the draft (whitespace inside Chinese, English with Han). */
  warnings: string[];
}

function pairSentences(id: string, zh: string[], en: string[], flags: DraftFlag[]): Block['sentences'] {
  if (zh.length === en.length) return zh.map((z, i) => ({ id: `${id}.s${i + 1}`, zh: z, en: en[i]! }));
  // Counts differ: no guessing. All the English stays on the first sentence (valid, readable in a
  // preview) and the flag tells the editor to redistribute it.
  flags.push({
    block: id,
    kind: 'alignment',
    message:
      `${zh.length} Chinese sentence${zh.length === 1 ? '' : 's'} but ${en.length} English: all the English is on ${id}.s1` +
      (zh.length === 2 ? ` and ${id}.s2 is marked enMergedWithPrevious` : '') +
      (zh.length > 2 ? ` and ${id}.s2–s${zh.length} are marked enMergedWithPrevious` : '') +
      '. Align the English sentence by sentence (or keep a merge or an English split where it is meant), then delete this flag.',
  });
  return zh.map((z, i) =>
    i === 0
      ? { id: `${id}.s1`, zh: z, en: en.join(' ') }
      : { id: `${id}.s${i + 1}`, zh: z, en: null, enMergedWithPrevious: true },
  );
}

/** Builds a draft article from the two texts and the metadata; throws AuthoringError on bad input. */
export function buildDraft(input: DraftInput): Draft {
  const problems: string[] = [];
  const warnings: string[] = [];
  const zh = readParagraphs(input.zh, input.zhLabel, problems);
  const en = readParagraphs(input.en, input.enLabel, problems);
  if (zh.length && en.length && zh.length !== en.length)
    problems.push(
      `paragraph counts differ: ${input.zhLabel} has ${zh.length} paragraphs (lines with text), ${input.enLabel} has ${en.length}`,
    );
  for (const p of zh) {
    if (!HAN.test(p.text)) problems.push(`${input.zhLabel} line ${p.line}: has no Chinese characters`);
    if (/\s/u.test(p.text))
      warnings.push(
        `${input.zhLabel} line ${p.line}: whitespace inside the Chinese; keep it only where the source prints it`,
      );
  }
  for (const p of en)
    if ((p.text.match(HAN_G)?.length ?? 0) > (p.text.match(LATIN_G)?.length ?? 0))
      problems.push(`${input.enLabel} line ${p.line}: is mostly Chinese; are the two files swapped?`);
  if (problems.length) throw new AuthoringError(problems);

  const flags: DraftFlag[] = [];
  const blocks: Block[] = zh.map((p, i) => {
    const id = `p${i + 1}`;
    return {
      id,
      kind: 'paragraph',
      sentences: pairSentences(id, splitChineseSentences(p.text), splitEnglishSentences(en[i]!.text), flags),
    };
  });
  const m = input.meta;
  const raw = {
    slug: m.slug,
    meta: {
      title: m.title,
      ...(m.subtitle && { subtitle: m.subtitle }),
      ...(m.series && { series: m.series }),
      reporter: m.reporter,
      ...(m.sessionDate && { sessionDate: m.sessionDate }),
      publicationYear: m.publicationYear ?? Number(m.publicationDate!.slice(0, 4)),
      outlet: m.outlet,
      publicationDate: m.publicationDate,
      language: 'zh-Hans',
      sourceFile: input.sourceFile,
      ...(m.url && { sourceUrl: m.url }),
      summary: m.summary,
      translation: {
        credit: m.translation?.credit ?? { en: 'Duizhao project', zh: '“对照”项目' },
        version: m.translation?.version ?? '0.1.0',
        date: input.today,
        // The changelog readers see (newest first); its newest entry is this version and date.
        changes: [
          {
            version: m.translation?.version ?? '0.1.0',
            date: input.today,
            en: 'First draft of the translation.',
            zh: '译文初稿。',
          },
        ],
      },
    },
    editorialNotes: [],
    blocks,
    ...(flags.length && { draftFlags: flags }),
  };
  // The draft must load like any article: the same schema and checks as the build.
  const parsed = articleSchema.safeParse(raw);
  if (!parsed.success)
    throw new AuthoringError(
      parsed.error.issues.map((i) => `draft is invalid at ${i.path.join('.')}: ${i.message}`),
    );
  const checked = checkArticle(parsed.data, `content/articles/${m.slug}/article.json`);
  if (checked.length)
    throw new AuthoringError(checked.map((p) => `draft is invalid at ${p.where}: ${p.message}`));
  return { article: parsed.data, warnings };
}
