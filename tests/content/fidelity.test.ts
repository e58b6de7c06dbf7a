import { describe, expect, it } from 'vitest';
import { compareWithSource } from '@/lib/authoring/fidelity';
import { readSeed, realArticle, stripWhitespace } from './seed';

/**
 * The Chinese of the article must be the seed's text character for character, except the
 * editorial repairs recorded in the article's editorialNotes: blocks moved out of the body
 * ("move": they must occur exactly once in the seed and are compared in place), and "replace"
 * repairs (the source string must occur in the seed; the article carries the repaired text).
 */
describe('fidelity to the seed file', () => {
  const article = realArticle();
  const seed = stripWhitespace(readSeed());
  const blockText = (id: string) => {
    const b = article.blocks.find((x) => x.id === id);
    if (!b) throw new Error(`note names unknown block ${id}`);
    return stripWhitespace(b.sentences.map((s) => s.zh).join(''));
  };

  it('every moved block occurs exactly once in the seed', () => {
    const moved = article.editorialNotes.filter((n) => n.kind === 'move').flatMap((n) => n.blocks);
    expect(moved.length).toBeGreaterThan(0);
    for (const id of moved) expect(seed.split(blockText(id)).length - 1, id).toBe(1);
  });

  it('the joined Chinese equals the seed, but for the recorded repairs', () => {
    // One comparison with `npm run article:check` (lib/authoring/fidelity.ts).
    const result = compareWithSource(article, readSeed());
    expect(result.problems).toEqual([]);
    expect(result.repairs.length).toBe(article.editorialNotes.length);
  });

  it('the two paragraphs split by the layout read as one', () => {
    const zh = article.blocks.map((b) => b.sentences.map((s) => s.zh).join('')).join('\n');
    expect(zh).toContain('万达广场、银泰百货');
    expect(zh).toContain('国家级领军人才引育数量');
  });

  it('every repair is documented for readers in both languages', () => {
    for (const n of article.editorialNotes) {
      expect(n.en.length, n.id).toBeGreaterThan(20);
      expect(n.zh.length, n.id).toBeGreaterThan(8);
    }
    const kinds = new Set(article.editorialNotes.map((n) => n.kind));
    for (const k of ['rejoin', 'move', 'replace'] as const) expect(kinds.has(k), k).toBe(true);
  });
});
