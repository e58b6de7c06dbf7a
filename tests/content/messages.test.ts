import fs from 'node:fs';
import { createTranslator } from 'next-intl';
import { describe, expect, it } from 'vitest';

const keys = (o: unknown, prefix = ''): string[] =>
  o && typeof o === 'object'
    ? Object.entries(o as Record<string, unknown>).flatMap(([k, v]) => keys(v, prefix ? `${prefix}.${k}` : k))
    : [prefix];
const load = (l: string) => JSON.parse(fs.readFileSync(`messages/${l}.json`, 'utf8')) as unknown;

describe('UI messages', () => {
  it('en and zh have identical key sets', () => {
    const en = keys(load('en')).sort();
    const zh = keys(load('zh')).sort();
    expect(en.filter((k) => !zh.includes(k)), 'missing in zh').toEqual([]);
    expect(zh.filter((k) => !en.includes(k)), 'missing in en').toEqual([]);
  });

  it('no message is empty, and zh strings are actually translated', () => {
    const flat = (o: unknown): [string, string][] =>
      keys(o).map((k) => [k, k.split('.').reduce<unknown>((a, p) => (a as Record<string, unknown>)[p], o) as string]);
    for (const [k, v] of flat(load('en'))) expect(v.trim(), k).not.toBe('');
    const zh = flat(load('zh'));
    // Names of formats, styles, products and languages stay in Latin letters in the zh UI.
    const NAMES = /\b(English|BibTeX|RIS|TSV|TMX|JSON|CSV|TXT|APA|MLA|Chicago|GB\/T|Anki|Pleco|CC-CEDICT|pinyin-pro|Duizhao)\b/g;
    // Placeholder names and rich-text tags are code, not text: '{label}：' has nothing to translate.
    const text = (v: string) => v.replace(/\{[a-z]+\}|<\/?[a-z]+>/gi, '').replace(NAMES, '');
    const untranslated = zh.filter(([, v]) => !/\p{Script=Han}/u.test(v) && /[a-z]{4,}/i.test(text(v)));
    expect(untranslated.map(([k]) => k)).toEqual([]);
  });

  it('block and sentence ids ({id}, {block}) are printed as names, never as ordinals (第p7段)', () => {
    const ORDINAL_ID = /第\s*[a-z]+\d/i;
    const idKeys: string[] = [];
    for (const locale of ['en', 'zh'] as const) {
      const messages = load(locale) as Record<string, Record<string, string>>;
      const t = createTranslator({ locale, messages });
      for (const key of keys(messages)) {
        const [ns, k] = key.split('.') as [string, string];
        const raw = messages[ns]![k]!;
        if (!/\{(id|block)\}/.test(raw)) continue;
        idKeys.push(`${locale}:${key}`);
        for (const id of ['p11', 'sp1', 'k1', 'p7.s2']) {
          const text = (t as (k: string, v: Record<string, string>) => string)(key, {
            id,
            block: id,
            url: 'https://x.example/#p11',
          });
          expect(text, `${locale}:${key}`).not.toMatch(ORDINAL_ID);
          expect(text, `${locale}:${key}`).toContain(id);
        }
      }
    }
    // Actions.menu, .arrivedBlock, .arrivedSentence, Cite.wholeBlock, .sentence, GlossaryPage.occurrence
    expect(idKeys.length).toBeGreaterThanOrEqual(12);
  });
});
