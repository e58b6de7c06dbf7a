import { describe, expect, it } from 'vitest';
import { loadContent } from '@/lib/content/load';

describe('no draft is published', () => {
  it('no article keeps draftFlags (article:new leaves them for the editor to resolve)', () => {
    const flagged = loadContent().articles.flatMap((a) => (a.draftFlags ?? []).map((f) => `${a.slug} ${f.block}: ${f.message}`));
    expect(flagged).toEqual([]);
  });
});
