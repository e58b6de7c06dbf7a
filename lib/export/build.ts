import type { AnnotatedArticle } from '@/lib/annotate/article';
import type { Article, GlossaryEntry } from '@/lib/content/schema';
import { pinyinLine, tokensOf } from './pinyin';

export const EXPORT_SCHEMA_VERSION = '1.0.0';
export const EXPORT_SCHEMA_PATH = '/schemas/article-export-v1.json';

/** The static export files of an article: `/exports/{slug}/{file}`. */
export const EXPORT_FILES = {
  'article.json': { type: 'application/json; charset=utf-8', mime: 'application/json' },
  'aligned.tsv': { type: 'text/tab-separated-values; charset=utf-8', mime: 'text/tab-separated-values' },
  'aligned.tmx': { type: 'application/x-tmx+xml; charset=utf-8', mime: 'application/x-tmx+xml' },
  'article.txt': { type: 'text/plain; charset=utf-8', mime: 'text/plain' },
} as const;
export type ExportFile = keyof typeof EXPORT_FILES;
export const isExportFile = (f: string): f is ExportFile => Object.hasOwn(EXPORT_FILES, f);
export const exportPath = (slug: string, file: ExportFile) => `/exports/${slug}/${file}`;

export interface ExportContext {
  article: Article;
  annotated: AnnotatedArticle;
  glossary: readonly GlossaryEntry[];
  siteUrl: string;
}

const readerUrl = (c: ExportContext, locale: 'en' | 'zh', hash = '') =>
  `${c.siteUrl}/${locale}/articles/${c.article.slug}${hash ? `#${hash}` : ''}`;

/** One English alignment unit per English sentence: Chinese sentences merged into it join it. */
export function alignmentUnits(article: Article) {
  const units: { ids: string[]; blockId: string; zh: string; en: string }[] = [];
  for (const b of article.blocks)
    for (const s of b.sentences) {
      const last = units.at(-1);
      if (s.enMergedWithPrevious && last && last.blockId === b.id) {
        last.ids.push(s.id);
        last.zh += s.zh;
      } else units.push({ ids: [s.id], blockId: b.id, zh: s.zh, en: s.en ?? '' });
    }
  return units;
}

/** The annotated article as JSON (schema: public/schemas/article-export-v1.json, docs/export-schema.md). */
export function buildJson(c: ExportContext) {
  const { article, annotated } = c;
  const used = new Set(annotated.occurrences.map((o) => o.termId));
  const m = article.meta;
  return {
    $schema: `${c.siteUrl}${EXPORT_SCHEMA_PATH}`,
    schemaVersion: EXPORT_SCHEMA_VERSION,
    slug: article.slug,
    urls: { en: readerUrl(c, 'en'), zh: readerUrl(c, 'zh') },
    meta: {
      title: m.title,
      subtitle: m.subtitle ?? null,
      series: m.series ?? null,
      reporter: m.reporter,
      sessionDate: m.sessionDate ?? null,
      publicationYear: m.publicationYear,
      outlet: m.outlet,
      publicationDate: m.publicationDate,
      language: m.language,
      // The export schema (v1) carries credit, version and date; the changelog is shown on the about page.
      translation: { credit: m.translation.credit, version: m.translation.version, date: m.translation.date },
    },
    editorialNotes: article.editorialNotes.map((n) => ({
      id: n.id,
      kind: n.kind,
      blocks: n.blocks,
      en: n.en,
      zh: n.zh,
      ...(n.source !== undefined ? { source: n.source } : {}),
      ...(n.text !== undefined ? { text: n.text } : {}),
    })),
    blocks: article.blocks.map((b) => ({
      id: b.id,
      kind: b.kind,
      sentences: b.sentences.map((s) => {
        const pieces = annotated.sentences[s.id]?.pieces ?? [];
        return {
          id: s.id,
          zh: s.zh,
          en: s.en,
          enMergedWithPrevious: s.enMergedWithPrevious ?? false,
          pinyin: pinyinLine(pieces),
          url: readerUrl(c, 'en', s.id),
          tokens: pieces.flatMap((p) =>
            (p.kind === 'term' ? p.tokens : [p]).map((t) =>
              t.kind === 'text'
                ? { type: 'text' as const, text: t.text }
                : {
                    type: 'word' as const,
                    text: t.text,
                    chars: t.chars.map((ch) => ({
                      ch: ch.ch,
                      py: ch.py,
                      tone: ch.tone,
                      ...(ch.spoken ? { spoken: ch.spoken } : {}),
                    })),
                    ...(p.kind === 'term' ? { term: p.termId } : {}),
                  },
            ),
          ),
        };
      }),
    })),
    glossary: c.glossary
      .filter((g) => used.has(g.id))
      .map((g) => ({
        id: g.id,
        term: g.term,
        pinyin: g.pinyin,
        literal: g.literal,
        english: g.english.text,
        englishStatus: g.english.status,
        category: g.category,
        confidence: g.confidence,
        url: `${c.siteUrl}/en/glossary#${g.id}`,
      })),
  };
}

const tsvCell = (s: string) => s.replace(/[\t\r\n]+/g, ' ');

/** Aligned sentences, one row per Chinese sentence (en empty where merged into the previous row's English). */
export function buildTsv(c: ExportContext): string {
  const rows = [['id', 'block', 'kind', 'zh', 'pinyin', 'en', 'en_with']];
  for (const b of c.article.blocks) {
    let holder = '';
    for (const s of b.sentences) {
      if (!s.enMergedWithPrevious) holder = s.id;
      rows.push([
        s.id,
        b.id,
        b.kind,
        s.zh,
        pinyinLine(c.annotated.sentences[s.id]?.pieces ?? []),
        s.en ?? '',
        s.enMergedWithPrevious ? holder : '',
      ]);
    }
  }
  return rows.map((r) => r.map(tsvCell).join('\t')).join('\n') + '\n';
}

export function xmlEscape(s: string): string {
  return s
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;')
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, '');
}

/**
 * TMX 1.4b: one <tu> per alignment unit — each English sentence with its Chinese sentence(s).
 * Only one sentence pair in the article is merged (the Chinese splits what English says once).
 */
export function buildTmx(c: ExportContext): string {
  const d = c.article.meta.translation.date.replace(/-/g, '');
  const tus = alignmentUnits(c.article).map(
    (u) =>
      `    <tu tuid="${xmlEscape(u.ids.join('+'))}">\n` +
      `      <prop type="x-block">${xmlEscape(u.blockId)}</prop>\n` +
      `      <prop type="x-sentences">${xmlEscape(u.ids.join(' '))}</prop>\n` +
      `      <tuv xml:lang="zh-Hans"><seg>${xmlEscape(u.zh)}</seg></tuv>\n` +
      `      <tuv xml:lang="en"><seg>${xmlEscape(u.en)}</seg></tuv>\n` +
      `    </tu>`,
  );
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<tmx version="1.4">',
    `  <header creationtool="Duizhao" creationtoolversion="${xmlEscape(c.article.meta.translation.version)}" datatype="plaintext" segtype="sentence" adminlang="en" srclang="zh-Hans" o-tmf="Duizhao" creationdate="${d}T000000Z">`,
    `    <note>${xmlEscape(`${c.article.meta.title.zh} — ${c.article.meta.reporter.en}, ${c.article.meta.publicationYear}. English translation: ${c.article.meta.translation.credit.en}, version ${c.article.meta.translation.version}. ${readerUrl(c, 'en')}`)}</note>`,
    '  </header>',
    '  <body>',
    ...tus,
    '  </body>',
    '</tmx>',
    '',
  ].join('\n');
}

/** Plain text: a short header, then each block in Chinese and English. */
export function buildTxt(c: ExportContext): string {
  const m = c.article.meta;
  const head = [
    m.title.zh,
    m.title.en,
    '',
    `${m.reporter.zh} ${m.reporter.en} · ${m.series ? `${m.series.zh} · ` : ''}${m.publicationYear}`,
    `English translation: ${m.translation.credit.en}, version ${m.translation.version}`,
    `Outlet and exact publication date: not given in the source.`,
    readerUrl(c, 'en'),
    '',
    '',
  ];
  const body = c.article.blocks.map(
    (b) =>
      `[${b.id}]\n${b.sentences.map((s) => s.zh).join('')}\n${b.sentences
        .map((s) => s.en)
        .filter((e): e is string => e !== null)
        .join(' ')}\n`,
  );
  return head.join('\n') + body.join('\n');
}

export function buildExport(c: ExportContext, file: ExportFile): string {
  switch (file) {
    case 'article.json':
      return JSON.stringify(buildJson(c), null, 2) + '\n';
    case 'aligned.tsv':
      return buildTsv(c);
    case 'aligned.tmx':
      return buildTmx(c);
    case 'article.txt':
      return buildTxt(c);
  }
}

export { tokensOf };
