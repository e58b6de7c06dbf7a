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
