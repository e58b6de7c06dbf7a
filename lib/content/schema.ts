import { z } from 'zod';
import { compareSemver } from './semver';

/** Plain text only: content strings must never carry markup into the page. */
export const HTML_LIKE = /<\/?[a-z!][^>]*>|&[a-z]+;|&#\d+;/i;
const plain = (what: string) =>
  z
    .string({ error: `${what} is missing` })
    .trim()
    .min(1, { error: `${what} is empty` })
    .refine((s) => !HTML_LIKE.test(s), { error: `${what} contains HTML or an HTML entity` });

const localized = (what: string) => z.object({ zh: plain(`${what} (zh)`), en: plain(`${what} (en)`) }).strict();
const bilingual = (what: string) => z.object({ en: plain(`${what} (en)`), zh: plain(`${what} (zh)`) }).strict();

export const BLOCK_KINDS = [
  'kicker',
  'series',
  'headline',
  'subtitle',
  'byline',
  'lead',
  'heading',
  'paragraph',
  'caption',
  'sidebar-label',
  'sidebar-heading',
  'sidebar-paragraph',
] as const;
export type BlockKind = (typeof BLOCK_KINDS)[number];

const ID = /^[a-z][a-z0-9]*$/;

export const sentenceSchema = z
  .object({
    id: z.string().regex(/^[a-z][a-z0-9]*\.s[1-9][0-9]*$/, { error: 'sentence id must look like p7.s2' }),
    zh: plain('Chinese text'),
    en: z.union([plain('English translation'), z.null()], { error: 'English translation is missing' }),
    enMergedWithPrevious: z.boolean().optional(),
  })
  .strict();

export const blockSchema = z
  .object({
    id: z.string().regex(ID, { error: 'block id must be short lowercase letters and digits, e.g. p7' }),
    kind: z.enum(BLOCK_KINDS, { error: (iss) => `unknown block kind "${String(iss.input)}"` }),
    sentences: z.array(sentenceSchema).min(1, { error: 'block has no sentences' }),
  })
  .strict();

export const editorialNoteSchema = z
  .object({
    id: z.string().regex(/^n[0-9]+$/, { error: 'note id must look like n3' }),
    kind: z.enum(['rejoin', 'move', 'replace', 'classify', 'other']),
    blocks: z.array(z.string()).min(1),
    en: plain('note (en)'),
    zh: plain('note (zh)'),
    source: z.string().min(1).optional(),
    text: z.string().min(1).optional(),
  })
  .strict()
  .refine((n) => n.kind !== 'replace' || (n.source !== undefined && n.text !== undefined), {
    error: 'a replace note needs "source" and "text"',
  });

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'date must be YYYY-MM-DD' });

const semver = z.string().regex(/^\d+\.\d+\.\d+$/, { error: 'version must look like 1.2.0' });

/** One entry of the reader-visible changelog: citations name a version, so readers see what each one changed. */
export const translationChangeSchema = z
  .object({ version: semver, date: isoDate, en: plain('change (en)'), zh: plain('change (zh)') })
  .strict();

export const translationSchema = z
  .object({
    credit: bilingual('translation credit'),
    version: semver,
    date: isoDate,
    /** Newest first; the newest entry is the current version. */
    changes: z.array(translationChangeSchema).min(1, { error: 'the translation needs a changelog entry for its version' }),
  })
  .strict()
  .refine((t) => t.changes.every((c, i) => i === 0 || compareSemver(t.changes[i - 1]!.version, c.version) > 0), {
    error: 'changes must be listed newest first, each version higher than the one after it',
    path: ['changes'],
  })
  .refine((t) => t.changes[0]?.version === t.version && t.changes[0].date === t.date, {
    error: 'the newest entry of changes must have the same version and date as the translation',
    path: ['changes'],
  });

export const articleMetaSchema = z
  .object({
    title: localized('title'),
    /**
     * For a text without a headline block: whether `title` is the publisher's headline as recorded with the
     * source ('source'; the editorial notes say where) or written by the editors ('editors', the default).
     */
    titleFrom: z.enum(['source', 'editors']).optional(),
    subtitle: localized('subtitle').optional(),
    series: localized('series').optional(),
    reporter: localized('reporter'),
    sessionDate: isoDate.optional(),
    publicationYear: z.number().int().min(1900).max(2100),
    outlet: z.union([localized('outlet'), z.null()]),
    publicationDate: z.union([isoDate, z.null()]),
    language: z.literal('zh-Hans'),
    sourceFile: z.string().min(1),
    /** Where the source text was published (http or https). */
    sourceUrl: z
      .url({ protocol: /^https?$/, error: 'source URL must be an http(s) URL' })
      .optional(),
    summary: localized('summary'),
    keyTerms: z.array(z.string()).optional(),
    translation: translationSchema,
  })
  .strict();

/**
 * What `npm run article:new` could not decide and an editor must (e.g. a paragraph whose Chinese and
 * English sentence counts differ). A draft with flags renders for preview, but `npm run article:check`
 * reports each flag as an error and the content tests fail until the editor resolves and removes it.
 */
export const draftFlagSchema = z
  .object({
    block: z.string(),
    kind: z.enum(['alignment']),
    message: plain('draft flag message'),
  })
  .strict();

export const articleSchema = z
  .object({
    slug: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/),
    meta: articleMetaSchema,
    editorialNotes: z.array(editorialNoteSchema),
    blocks: z.array(blockSchema).min(1),
    draftFlags: z.array(draftFlagSchema).optional(),
  })
  .strict();

export const GLOSSARY_CATEGORIES = [
  'slogan',
  'policy',
  'statistic',
  'institution',
  'place',
  'company',
  'person',
  'idiom',
] as const;

/**
 * Who stands behind an English rendering. official: a Chinese government body or state outlet uses it
 * in English (enforced by lib/content/official.test.ts); common: in use elsewhere (foreign media,
 * companies, institutions' own sites); own: this project's translation.
 */
export const ENGLISH_STATUSES = ['official', 'common', 'own'] as const;

export const glossaryEntrySchema = z
  .object({
    id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, { error: 'glossary id must be kebab-case ASCII' }),
    term: plain('term'),
    forms: z.array(z.string().min(1)).min(1, { error: 'entry has no match forms' }),
    pinyin: plain('pinyin'),
    literal: plain('literal gloss'),
    english: z
      .object({
        text: plain('English rendering'),
        status: z.enum(ENGLISH_STATUSES),
        usedBy: plain('usedBy').optional(),
      })
      .strict()
      .refine((e) => e.status === 'own' || e.usedBy !== undefined, {
        error: 'an official or common rendering must say who uses it (usedBy)',
        path: ['usedBy'],
      }),
    explanation: bilingual('explanation'),
    category: z.enum(GLOSSARY_CATEGORIES, { error: (iss) => `unknown category "${String(iss.input)}"` }),
    confidence: z.enum(['confirmed', 'partial', 'unconfirmed']),
    note: bilingual('confidence note').optional(),
    related: z.array(z.string()).default([]),
    sources: z
      .array(
        z
          .object({
            title: plain('source title'),
            publisher: plain('source publisher').optional(),
            date: z.string().optional(),
            url: z.url({ error: 'source url is not a URL' }),
          })
          .strict(),
      )
      .default([]),
  })
  .strict()
  .refine((e) => e.confidence === 'confirmed' || e.note !== undefined, {
    error: 'an entry that is not confirmed needs a note saying what is not documented',
    path: ['note'],
  });

export const glossaryFileSchema = z.array(glossaryEntrySchema);

export const pinyinOverrideSchema = z
  .object({
    text: z.string().regex(/^\p{Script=Han}+$/u, { error: 'override text must be Han characters only' }),
    pinyin: z.string().min(1),
    reason: plain('reason'),
    example: z.string().optional(),
    /** A correction that holds in any text, kept for articles to come although none uses it yet. */
    general: z.boolean().optional(),
  })
  .strict()
  .refine((o) => o.pinyin.trim().split(/\s+/).length === [...o.text].length, {
    error: 'pinyin must have one syllable per character',
    path: ['pinyin'],
  })
  .refine((o) => !o.general || o.example !== undefined, {
    error: 'a general override needs an example sentence it applies to',
    path: ['example'],
  });
export const pinyinOverridesSchema = z.array(pinyinOverrideSchema);

/**
 * A reviewed correction to OpenCC's Simplified → Traditional conversion (content/traditional/overrides.json).
 * `text` is Simplified as it stands in an article (enough context to be unambiguous), `trad` its
 * Traditional form character for character.
 */
export const traditionalOverrideSchema = z
  .object({
    text: z.string().regex(/^\p{Script=Han}+$/u, { error: 'override text must be Han characters only' }),
    trad: z.string().regex(/^\p{Script=Han}+$/u, { error: 'trad must be Han characters only' }),
    reason: plain('reason'),
    example: plain('example'),
    /** OpenCC's output that this corrects, as reviewed (the tests check it still says so). */
    opencc: z.string().regex(/^\p{Script=Han}+$/u, { error: 'opencc must be Han characters only' }),
    general: z.boolean().optional(),
  })
  .strict()
  .refine((o) => [...o.trad].length === [...o.text].length, {
    error: 'trad must have exactly one character per character of text',
    path: ['trad'],
  })
  .refine((o) => [...o.opencc].length === [...o.text].length, {
    error: 'opencc must have exactly one character per character of text',
    path: ['opencc'],
  })
  .refine((o) => o.example.includes(o.text), { error: 'example must contain text', path: ['example'] });
export const traditionalOverridesSchema = z.array(traditionalOverrideSchema);

export type Sentence = z.infer<typeof sentenceSchema>;
export type Block = z.infer<typeof blockSchema>;
export type EditorialNote = z.infer<typeof editorialNoteSchema>;
export type ArticleMeta = z.infer<typeof articleMetaSchema>;
export type TranslationChange = z.infer<typeof translationChangeSchema>;
export type Article = z.infer<typeof articleSchema>;
export type DraftFlag = z.infer<typeof draftFlagSchema>;
export type GlossaryEntry = z.infer<typeof glossaryEntrySchema>;
export type GlossaryCategory = (typeof GLOSSARY_CATEGORIES)[number];
export type EnglishStatus = (typeof ENGLISH_STATUSES)[number];
export type PinyinOverride = z.infer<typeof pinyinOverrideSchema>;
export type TraditionalOverride = z.infer<typeof traditionalOverrideSchema>;
