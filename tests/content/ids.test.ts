import { describe, expect, it } from 'vitest';
import { realArticle } from './seed';

describe('ids and alignment', () => {
  const article = realArticle();

  it('every block and sentence has both languages', () => {
    for (const b of article.blocks)
      for (const s of b.sentences) {
        expect(s.zh.trim(), s.id).not.toBe('');
        if (!s.enMergedWithPrevious) expect((s.en ?? '').trim(), s.id).not.toBe('');
      }
  });

  it('ids are unique', () => {
    const ids = article.blocks.flatMap((b) => [b.id, ...b.sentences.map((s) => s.id)]);
    expect(new Set(ids).size).toBe(ids.length);
  });

  // Deep links and citations use these ids: the list may only change on purpose (update the snapshot
  // deliberately with `npx vitest run -u tests/content/ids.test.ts` and say why in the commit).
  it('the id list is stable', () => {
    expect(article.blocks.map((b) => `${b.id}(${b.kind}): ${b.sentences.map((s) => s.id).join(' ')}`)).toMatchSnapshot();
  });
});
