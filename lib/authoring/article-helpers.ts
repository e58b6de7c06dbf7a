import type { Article } from '@/lib/content/schema';

/** A minimal article for unit tests: one block per array, sentences given as [zh, en]. */
export function articleOf(
  blocks: [string, string | null][][],
  notes: Article['editorialNotes'] = [],
): Article {
  return {
    slug: 'test',
    meta: {} as Article['meta'],
    editorialNotes: notes,
    blocks: blocks.map((sentences, b) => ({
      id: `p${b + 1}`,
      kind: 'paragraph',
      sentences: sentences.map(([zh, en], i) => ({
        id: `p${b + 1}.s${i + 1}`,
        zh,
        en,
        ...(en === null && { enMergedWithPrevious: true }),
      })),
    })),
  };
}
