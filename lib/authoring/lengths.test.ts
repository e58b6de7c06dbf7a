import { describe, expect, it } from 'vitest';
import { articleOf } from './article-helpers';
import { lengthWarnings } from './lengths';

const zh = (n: number) => `${'发'.repeat(n - 1)}。`;
const en = (words: number) => `Word${' word'.repeat(words - 1)}.`;

describe('lengthWarnings', () => {
  it('questions a long Chinese sentence carried by one English sentence, not one split in two', () => {
    const one = lengthWarnings(articleOf([[[zh(100), en(50)]]]));
    expect(one.map((w) => w.message)).toEqual([
      expect.stringMatching(/^100 Chinese characters carried by one English sentence of 50 words/),
    ]);
    expect(lengthWarnings(articleOf([[[zh(100), `${en(25)} ${en(25)}`]]]))).toEqual([]);
  });

  it('questions an over-long English sentence', () => {
    expect(lengthWarnings(articleOf([[[zh(60), en(70)]]]))[0]?.message).toMatch(
      /an English sentence of 70 words/,
    );
  });

  it('flags English far shorter than the article needs for as much Chinese, merged sentences together', () => {
    const normal: [string, string | null][] = Array.from({ length: 6 }, () => [zh(40), en(25)]);
    const article = articleOf([[...normal, [zh(40), en(5)], [zh(30), en(25)], [zh(30), null]]]);
    const w = lengthWarnings(article);
    expect(w.map((x) => x.sentenceIds)).toEqual([['p1.s7']]);
    expect(w[0]!.message).toMatch(/^English short for its Chinese: 5 words for 40 characters/);
  });
});
