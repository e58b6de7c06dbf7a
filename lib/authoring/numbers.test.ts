import { describe, expect, it } from 'vitest';
import type { Article } from '@/lib/content/schema';
import { carries, chineseNumberMentions, missingNumbers, parseChineseNumeral } from './numbers';

describe('Chinese numerals', () => {
  it('parses numerals with 十 百 千 万 亿 and 零', () => {
    expect(parseChineseNumeral('十四')).toBe(14);
    expect(parseChineseNumeral('二十')).toBe(20);
    expect(parseChineseNumeral('一百零五')).toBe(105);
    expect(parseChineseNumeral('两千万')).toBe(20_000_000);
    expect(parseChineseNumeral('三亿五千万')).toBe(350_000_000);
    expect(parseChineseNumeral('一万二千')).toBe(12_000);
  });

  it('refuses juxtaposed digits, which are abbreviations, not one number', () => {
    expect(parseChineseNumeral('十四五')).toBeUndefined();
    expect(parseChineseNumeral('三五')).toBeUndefined();
  });

  it('finds counts before measure words, ordinals and 百分之, with their English forms', () => {
    const found = (zh: string) => chineseNumberMentions(zh).map((m) => [m.source, m.forms]);
    expect(found('打造四大板块，实施三个年活动')).toEqual([
      ['四', ['4', 'four']],
      ['三', ['3', 'three']],
    ]);
    expect(found('第十九届人民代表大会')).toEqual([['第十九', ['19', 'nineteenth']]]);
    expect(found('总投资两千万元')[0]![1]).toContain('20 million');
    expect(found('增长百分之五')[0]![1]).toContain('5 percent');
  });

  it('leaves numerals inside words alone', () => {
    expect(
      chineseNumberMentions('一流城区、统一大市场、万达广场、百货、千家万户、四面八方、“十四五”规划'),
    ).toEqual([]);
  });

  it('matches whole numbers and words only', () => {
    expect(carries('in 2024', '2')).toBe(false);
    expect(carries('the 20th Congress', '20')).toBe(true);
    expect(carries('Three Years campaign', 'three')).toBe(true);
    expect(carries('threefold', 'three')).toBe(false);
  });
});

describe('missingNumbers', () => {
  const article = (sentences: { zh: string; en: string | null; enMergedWithPrevious?: boolean }[]) =>
    ({
      blocks: [
        { id: 'p1', kind: 'paragraph', sentences: sentences.map((s, i) => ({ id: `p1.s${i + 1}`, ...s })) },
      ],
    }) as unknown as Article;

  it('reports Arabic numbers strictly and Chinese numerals as warnings', () => {
    const { missing } = missingNumbers(
      article([
        {
          zh: '增长6.5%，新增就业1.73万人，建设三个园区。',
          en: 'Growth of 6.5, and 17,300 jobs, and some parks.',
        },
      ]),
    );
    expect(missing.map((m) => [m.source, m.strict])).toEqual([
      ['6.5%', true],
      ['三', false],
    ]);
  });

  it('checks a merged sentence against the English it is merged into', () => {
    const { missing, checked } = missingNumbers(
      article([
        { zh: '开头。', en: 'Both sentences: 196 projects.' },
        { zh: '共196个项目。', en: null, enMergedWithPrevious: true },
      ]),
    );
    expect(checked).toBe(1);
    expect(missing).toEqual([]);
  });
});
