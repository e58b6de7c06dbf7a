import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { annotateArticleWith } from '@/lib/annotate/article';
import { readLexicon } from '@/lib/annotate/inputs';
import { compileOverrides } from '@/lib/annotate/overrides';
import { buildTermMatcher } from '@/lib/annotate/terms';
import { loadContent } from '@/lib/content/load';
import { alignmentUnits, buildExport, buildJson, xmlEscape, type ExportContext } from './build';
import { validate } from './json-schema';
import { pinyinLine } from './pinyin';

const content = loadContent();
const article = content.articles.find((a) => a.slug === 'huaiyin-2024')!;
const annotated = annotateArticleWith(article, {
  overrides: compileOverrides(content.overrides),
  matcher: buildTermMatcher(content.glossary),
  lexicon: readLexicon(),
});
const ctx: ExportContext = { article, annotated, glossary: content.glossary, siteUrl: 'https://x.example' };
const sentences = article.blocks.flatMap((b) => b.sentences);
const schema = JSON.parse(
  fs.readFileSync(path.join(process.cwd(), 'public/schemas/article-export-v1.json'), 'utf8'),
);

/** Minimal XML well-formedness: one root, balanced tags, quoted attributes, known entities only. */
function xmlProblems(xml: string): string[] {
  const problems: string[] = [];
  const stack: string[] = [];
  let roots = 0;
  const body = xml.replace(/^<\?xml[^?]*\?>\s*/, '');
  const re =
    /<(\/?)([A-Za-z_][\w.:-]*)((?:\s+[\w.:-]+="[^"<]*")*)\s*(\/?)>|<|&(?!(?:amp|lt|gt|quot|apos|#\d+|#x[0-9a-f]+);)/gi;
  for (const m of body.matchAll(re)) {
    if (m[0] === '<' || m[0].startsWith('&')) {
      problems.push(`stray ${m[0]} at ${m.index}`);
      continue;
    }
    const [, close, name, , selfClose] = m;
    if (close) {
      if (stack.pop() !== name) problems.push(`mismatched </${name}>`);
    } else if (!selfClose) {
      if (stack.length === 0) roots++;
      stack.push(name!);
    } else if (stack.length === 0) roots++;
  }
  if (stack.length) problems.push(`unclosed ${stack.join(',')}`);
  if (roots !== 1) problems.push(`${roots} root elements`);
  return problems;
}

describe('JSON export', () => {
  const json = JSON.parse(buildExport(ctx, 'article.json'));
  it('validates against the published schema', () => {
    expect(validate(schema, json)).toEqual([]);
  });
  it('the validator catches a missing or wrong field', () => {
    const broken = structuredClone(json);
    delete broken.blocks[3].sentences[0].tokens;
    broken.blocks[0].sentences[0].tokens = [
      { type: 'word', text: 'x', chars: [{ ch: 'x', py: 'x', tone: 9 }] },
    ];
    const errs = validate(schema, broken);
    expect(errs.some((e) => e.includes('missing tokens'))).toBe(true);
    expect(errs.some((e) => e.startsWith('$.blocks[0].sentences[0].tokens[0]'))).toBe(true);
  });
  it('holds every sentence, a pinyin per Han character, and glossary references that resolve', () => {
    const out = json.blocks.flatMap((b: { sentences: unknown[] }) => b.sentences);
    expect(out.map((s: { id: string }) => s.id)).toEqual(sentences.map((s) => s.id));
    const glossary = new Set(json.glossary.map((g: { id: string }) => g.id));
    let terms = 0;
    for (const s of out as {
      zh: string;
      tokens: { type: string; text: string; term?: string; chars?: { ch: string; py: string }[] }[];
    }[]) {
      expect(s.tokens.map((t) => t.text).join('')).toBe(s.zh);
      for (const t of s.tokens)
        if (t.type === 'word') {
          expect(t.chars!.map((c) => c.ch).join('')).toBe(t.text);
          for (const c of t.chars!) expect(c.py).toMatch(/^[a-zü\u0300-\u036f\u00e0-\u01dc]+$/i);
          if (t.term) {
            terms++;
            expect(glossary.has(t.term)).toBe(true);
          }
        }
    }
    expect(terms).toBeGreaterThan(10);
    expect(buildJson(ctx).meta.outlet).toBeNull();
  });
  it('pinyin of 平急两用 reads píngjí liǎngyòng', () => {
    const s = sentences.find((x) => x.zh.includes('平急两用'))!;
    expect(pinyinLine(annotated.sentences[s.id]!.pieces)).toMatch(/píngjí ?liǎngyòng|píng ?jí ?liǎng ?yòng/);
  });
});

describe('TSV export', () => {
  const tsv = buildExport(ctx, 'aligned.tsv');
  const rows = tsv.trimEnd().split('\n');
  it('has a header row and one row per sentence, all with the same column count', () => {
    expect(rows.length).toBe(sentences.length + 1);
    expect(rows[0]!.split('\t')).toEqual(['id', 'block', 'kind', 'zh', 'pinyin', 'en', 'en_with']);
    for (const r of rows) expect(r.split('\t').length).toBe(7);
    expect(rows.slice(1).map((r) => r.split('\t')[0])).toEqual(sentences.map((s) => s.id));
  });
  it('marks a Chinese sentence whose English is merged into the previous one', () => {
    const merged = sentences.filter((s) => s.enMergedWithPrevious);
    for (const s of merged) {
      const cells = rows.find((r) => r.startsWith(`${s.id}\t`))!.split('\t');
      expect(cells[5]).toBe('');
      expect(cells[6]).toMatch(/\.s\d+$/);
    }
  });
});

describe('TMX export', () => {
  const tmx = buildExport(ctx, 'aligned.tmx');
  it('is well-formed XML with TMX 1.4 header and zh-Hans/en variants', () => {
    expect(xmlProblems(tmx)).toEqual([]);
    expect(tmx).toContain('<tmx version="1.4">');
    expect(tmx).toMatch(
      /<header [^>]*srclang="zh-Hans"[^>]*segtype="sentence"|<header [^>]*segtype="sentence"[^>]*srclang="zh-Hans"/,
    );
  });
  it('one <tu> per alignment unit, covering every sentence exactly once', () => {
    const tus = [...tmx.matchAll(/<tu tuid="([^"]+)">/g)].map((m) => m[1]!);
    expect(tus.length).toBe(alignmentUnits(article).length);
    expect(tus.length).toBe(sentences.filter((s) => !s.enMergedWithPrevious).length);
    expect(tus.flatMap((t) => t.split('+'))).toEqual(sentences.map((s) => s.id));
    expect((tmx.match(/<tuv xml:lang="zh-Hans">/g) ?? []).length).toBe(tus.length);
    expect((tmx.match(/<tuv xml:lang="en">/g) ?? []).length).toBe(tus.length);
  });
  it('escapes markup characters', () => {
    expect(xmlEscape('a < b & "c" > d')).toBe('a &lt; b &amp; &quot;c&quot; &gt; d');
    expect(xmlProblems(`<a>${xmlEscape('<x>&')}</a>`)).toEqual([]);
    expect(xmlProblems('<a><b></a>')).not.toEqual([]);
  });
});

describe('TXT export', () => {
  it('contains every block id, all Chinese text and the translation credit', () => {
    const txt = buildExport(ctx, 'article.txt');
    for (const b of article.blocks)
      expect(txt).toContain(`[${b.id}]\n${b.sentences.map((s) => s.zh).join('')}\n`);
    expect(txt).toContain(`version ${article.meta.translation.version}`);
  });
});
