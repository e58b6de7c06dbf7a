import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { annotateArticleWith } from '@/lib/annotate/article';
import { content, overrides } from '@/lib/annotate/test-helpers';
import { hskLevel } from './level';
import { hskFile, levelMap, parseHskList } from './list';

const article = content.articles.find((a) => a.slug === 'huaiyin-2024')!;
const segmented = new Set(annotateArticleWith(article, { overrides }).words);

describe('hskLevel', () => {
  it('gives the HSK 2.0 level of words as the article segments them', () => {
    // 工作 is on the level-1 list, 落实 and 治理 on level 6, 城市 on level 3 (HSK 2.0)
    for (const [word, level] of [
      ['工作', 1],
      ['城市', 3],
      ['落实', 6],
      ['治理', 6],
    ] as const) {
      expect(segmented.has(word), `${word} is a word of the article`).toBe(true);
      expect(hskLevel(word)).toBe(level);
    }
  });

  it('gives no level to a name or a word off the list, though its characters have one', () => {
    expect(segmented.has('济南')).toBe(true);
    expect(hskLevel('南')).toBe(3);
    expect(hskLevel('济南')).toBeUndefined();
    expect(segmented.has('推进')).toBe(true);
    expect([hskLevel('推'), hskLevel('进')]).toEqual([4, 2]);
    expect(hskLevel('推进')).toBeUndefined();
    expect(segmented.has('槐荫')).toBe(true);
    expect(hskLevel('槐荫')).toBeUndefined();
    expect(hskLevel('')).toBeUndefined();
  });

  it('reads the whole list from the package: six levels of about the official sizes', () => {
    const levels = parseHskList(fs.readFileSync(hskFile(), 'utf8'));
    // official: 150, 150, 300, 600, 1,300, 2,500; the package lists one more word at level 2
    expect(levels.map((l) => new Set(l).size)).toEqual([150, 151, 300, 600, 1300, 2500]);
    expect(levelMap(levels).size).toBe(4995);
  });

  it('a word listed at two levels gets the lower one', () => {
    expect(levelMap([['爱', '得'], [], ['得']]).get('得')).toBe(1);
    expect(hskLevel('得')).toBe(2); // dé at level 2, děi at level 4
  });

  it('refuses a list of another shape instead of guessing', () => {
    const file = (levels: string[][]) =>
      `let hsk = [\n${levels.map((l) => JSON.stringify(l)).join(',\n')}\n];`;
    const sized = [150, 150, 300, 600, 1300, 2500].map((n, i) =>
      Array.from({ length: n }, (_, j) => `${i}-${j}`),
    );
    expect(parseHskList(file(sized))).toHaveLength(6);
    expect(() => parseHskList('module.exports = {}')).toThrow(/no "let hsk/);
    expect(() => parseHskList(file(sized.slice(0, 5)))).toThrow(/expected 6 levels/);
    expect(() => parseHskList(file([...sized.slice(0, 5), ['我']]))).toThrow(/level 6 has 1 words/);
  });
});
