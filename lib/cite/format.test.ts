import { describe, expect, it } from 'vitest';
import { apa, bibtex, chicago, gbt, localToday, mla, parsePassage, ris, type CiteSource } from './format';

// Reference examples written by hand from the style manuals' rules (not produced by this code).
const SRC: CiteSource = {
  slug: 'huaiyin-2024',
  author: { family: 'Wang', given: 'Beizhi', zh: '王贝芝' },
  title: {
    zh: '槐荫区持续打造“齐鲁门户，医养之都”',
    en: 'Huaiyin District keeps building itself into the "Gateway to Qilu, Capital of Medical and Elderly Care"',
  },
  series: {
    zh: '济南底气 · 2024济南市区县两会特别策划',
    en: 'Jinan\'s Confidence · Special coverage of Jinan\'s 2024 district and county "two sessions"',
  },
  year: 2024,
  url: 'https://duizhao.example/en/articles/huaiyin-2024',
  translation: { credit: { en: 'Duizhao project', zh: '“对照”项目' }, version: '1.0.0' },
  siteName: 'Duizhao',
};
const P7 = parsePassage('p7')!;
const S2 = parsePassage('p7.s2')!;
const DAY = '2026-03-05';

const TITLE_EN =
  'Huaiyin District keeps building itself into the “Gateway to Qilu, Capital of Medical and Elderly Care”';
const SERIES =
  '济南底气 · 2024济南市区县两会特别策划 [Jinan’s Confidence · Special coverage of Jinan’s 2024 district and county “two sessions”]';

describe('APA 7', () => {
  it('reference: Family, I. (Year). Original title [Translated title] (Translator, Trans.). Retrieved …, from URL', () => {
    expect(apa(SRC, P7, DAY).reference).toBe(
      `Wang, B. (2024). 槐荫区持续打造“齐鲁门户，医养之都” [${TITLE_EN}] (Duizhao project, Trans.; Version 1.0.0). ${SERIES}. Retrieved March 5, 2026, from https://duizhao.example/en/articles/huaiyin-2024#p7`,
    );
  });
  it('in-text citation carries the paragraph (and sentence) locator', () => {
    expect(apa(SRC, P7, DAY).inText).toBe('(Wang, 2024, para. p7)');
    expect(apa(SRC, S2, DAY).inText).toBe('(Wang, 2024, para. p7, sentence 2)');
    expect(apa(SRC, S2, DAY).reference).toMatch(/#p7\.s2$/);
  });
});

describe('MLA 9', () => {
  it('works-cited entry: nested quotes single, two containers, URL without scheme, "Accessed D Mon. YYYY."', () => {
    expect(mla(SRC, P7, '2026-11-27').reference).toBe(
      `Wang, Beizhi. “槐荫区持续打造‘齐鲁门户，医养之都’” [${TITLE_EN}]. ${SERIES}, 2024. Duizhao, translated by Duizhao project, version 1.0.0, duizhao.example/en/articles/huaiyin-2024#p7. Accessed 27 Nov. 2026.`,
    );
    expect(mla(SRC, P7, '2026-06-01').reference).toMatch(/Accessed 1 June 2026\.$/);
    expect(mla(SRC, P7, '2026-09-10').reference).toMatch(/Accessed 10 Sept\. 2026\.$/);
  });
  it('in-text citation: (Author, par. X)', () => {
    expect(mla(SRC, P7, DAY).inText).toBe('(Wang, par. p7)');
  });
});

describe('Chicago 17 notes and bibliography', () => {
  it('note: Chinese name not inverted, locator, translator, access date, URL', () => {
    expect(chicago(SRC, S2, DAY).note).toBe(
      `Wang Beizhi, “槐荫区持续打造‘齐鲁门户，医养之都’” [${TITLE_EN}], ${SERIES} (2024), para. p7, sentence 2, trans. Duizhao project, version 1.0.0, accessed March 5, 2026, https://duizhao.example/en/articles/huaiyin-2024#p7.s2.`,
    );
  });
  it('bibliography entry', () => {
    expect(chicago(SRC, P7, DAY).reference).toBe(
      `Wang Beizhi. “槐荫区持续打造‘齐鲁门户，医养之都’” [${TITLE_EN}]. ${SERIES}, 2024. Translated by Duizhao project. Version 1.0.0. Accessed March 5, 2026. https://duizhao.example/en/articles/huaiyin-2024#p7.`,
    );
  });
});

describe('GB/T 7714-2015', () => {
  it('electronic resource with other responsible person, locator and access date', () => {
    expect(gbt(SRC, P7, DAY).reference).toBe(
      '王贝芝. 槐荫区持续打造“齐鲁门户，医养之都”: 济南底气 · 2024济南市区县两会特别策划[EB/OL]. “对照”项目, 译. 1.0.0版. 2024: 段落 p7[2026-03-05]. https://duizhao.example/en/articles/huaiyin-2024#p7.',
    );
    expect(gbt(SRC, S2, DAY).reference).toContain('2024: 段落 p7 第2句[2026-03-05]');
  });
});

describe('BibTeX and RIS', () => {
  it('BibTeX @misc with escaped note and verbatim URL', () => {
    expect(bibtex(SRC, S2, DAY)).toBe(
      [
        '@misc{wang2024_huaiyin-2024_p7_s2,',
        '  author = {Wang, Beizhi},',
        '  title = {槐荫区持续打造“齐鲁门户，医养之都”},',
        '  titleaddon = {[Huaiyin District keeps building itself into the "Gateway to Qilu, Capital of Medical and Elderly Care"]},',
        '  howpublished = {济南底气 · 2024济南市区县两会特别策划},',
        '  year = {2024},',
        '  note = {Paragraph p7, sentence 2. English translation by Duizhao project, version 1.0.0. Accessed 2026-03-05},',
        '  url = {https://duizhao.example/en/articles/huaiyin-2024#p7.s2},',
        '  urldate = {2026-03-05},',
        '  language = {chinese}',
        '}',
        '',
      ].join('\n'),
    );
    const odd = { ...SRC, author: { ...SRC.author, given: 'A_B & {C}' } };
    expect(bibtex(odd, P7, DAY)).toContain('author = {Wang, A\\_B \\& \\{C\\}}');
  });
  it('RIS: CRLF lines, "TAG  - value", access date Y2, ends with ER', () => {
    expect(ris(SRC, P7, DAY)).toBe(
      [
        'TY  - NEWS',
        'AU  - Wang, Beizhi',
        'TI  - 槐荫区持续打造“齐鲁门户，医养之都”',
        'TT  - Huaiyin District keeps building itself into the "Gateway to Qilu, Capital of Medical and Elderly Care"',
        'T2  - 济南底气 · 2024济南市区县两会特别策划',
        'PY  - 2024',
        'A4  - Duizhao project',
        'ET  - 1.0.0',
        'LA  - zh-Hans',
        'UR  - https://duizhao.example/en/articles/huaiyin-2024#p7',
        'Y2  - 2026/03/05',
        'N1  - Paragraph p7. English translation by Duizhao project, version 1.0.0.',
        'ER  - ',
        '',
      ].join('\r\n'),
    );
  });
});

describe('nothing invented', () => {
  it('no outlet, no n.d., no exact date: the year is known', () => {
    for (const f of [apa, mla, chicago, gbt]) {
      const r = f(SRC, P7, DAY);
      const all = `${r.reference} ${r.inText ?? ''} ${r.note ?? ''}`;
      expect(all).not.toMatch(/n\.d\.|undefined|null|\[s\.n\.\]/);
      expect(all).toContain('2024');
    }
  });
  it('without a series the entries still read correctly', () => {
    const noSeries = { ...SRC, series: null };
    expect(apa(noSeries, P7, DAY).reference).toContain('Version 1.0.0). Retrieved March 5, 2026');
    expect(gbt(noSeries, P7, DAY).reference).toContain('医养之都”[EB/OL]');
  });
  it('rejects bad ids and dates', () => {
    expect(parsePassage('../x')).toBeNull();
    expect(parsePassage('p7.s0')).toBeNull();
    expect(() => apa(SRC, P7, '5 March')).toThrow();
    expect(localToday(new Date(2026, 0, 9))).toBe('2026-01-09');
  });
});

describe('block and sentence ids are names, never ordinals', () => {
  // Ids such as p7, sp1, k1 or h1 are labels; "第p7段" / "第 sp1 段" reads as "paragraph number p7".
  const ORDINAL_ID = /第\s*[a-z]+\d/i;
  const IDS = ['p7', 'p7.s2', 'sp1', 'sp1.s3', 'k1', 'h1', 'sb1'];
  const sources = (['en', 'zh'] as const).map((l) => ({
    ...SRC,
    url: `https://duizhao.example/${l}/articles/huaiyin-2024`,
  }));
  it('in every citation format and both UI locales', () => {
    let checked = 0;
    for (const src of sources) {
      for (const id of IDS) {
        const p = parsePassage(id)!;
        const texts = [
          ...[apa, mla, chicago, gbt].flatMap((f) => {
            const r = f(src, p, DAY);
            return [r.reference, r.inText ?? '', r.note ?? ''];
          }),
          bibtex(src, p, DAY),
          ris(src, p, DAY),
        ];
        for (const text of texts) {
          expect(text, `${id}: ${text}`).not.toMatch(ORDINAL_ID);
          checked++;
        }
        // The locator is still there: the id itself is printed.
        expect(gbt(src, p, DAY).reference.replace(/https:\S+/, '')).toContain(p.blockId);
      }
    }
    expect(checked).toBe(2 * IDS.length * 14);
  });
  it('the check catches the old GB/T locator', () => {
    expect('2024: 第p7段第2句[2026-03-05]').toMatch(ORDINAL_ID);
    expect('第 sp1 段').toMatch(ORDINAL_ID);
    expect('段落 p7 第2句').not.toMatch(ORDINAL_ID);
  });
});
