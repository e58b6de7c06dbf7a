import { describe, expect, it } from 'vitest';
import { loadContent } from '@/lib/content/load';
import { compareSemver } from '@/lib/content/semver';

const articles = loadContent().articles;

describe('translation version and changelog', () => {
  it.each(articles.map((a) => [a.slug, a] as const))('%s: the latest changelog entry is the current version', (_, a) => {
    const { version, date, changes } = a.meta.translation;
    const latest = [...changes].sort((x, y) => compareSemver(y.version, x.version))[0]!;
    expect(latest.version).toBe(version);
    expect(latest.date).toBe(date);
    // Every entry tells readers of both languages what changed.
    for (const c of changes) expect(c.en.length > 10 && c.zh.length > 4, c.version).toBe(true);
  });
});

describe("translator's additions are marked", () => {
  // Round brackets in the English render round brackets of the Chinese (兴济河（槐荫区段）, 套（间）);
  // anything the translator adds — glosses, pinyin, expansions — goes in square brackets instead.
  it.each(articles.map((a) => [a.slug, a] as const))('%s: no English has more ( than its Chinese has （', (_, a) => {
    const extra: string[] = [];
    for (const b of a.blocks)
      b.sentences.forEach((s, i) => {
        if (s.en === null) return;
        let zh = s.zh;
        for (let j = i + 1; b.sentences[j]?.enMergedWithPrevious; j++) zh += b.sentences[j]!.zh;
        const count = (t: string, c: string) => t.split(c).length - 1;
        if (count(s.en, '(') > count(zh, '（')) extra.push(s.id);
        if (count(s.en, '[') !== count(s.en, ']')) extra.push(`${s.id} (unbalanced [ ])`);
      });
    expect(extra).toEqual([]);
  });
});
