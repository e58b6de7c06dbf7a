import fs from 'node:fs';
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
    const untranslated = zh.filter(([, v]) => !/\p{Script=Han}/u.test(v) && /[a-z]{4,}/i.test(v.replace(NAMES, '')));
    expect(untranslated.map(([k]) => k)).toEqual([]);
  });
});
