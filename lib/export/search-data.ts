import type { AnnotatedArticle } from '@/lib/annotate/article';
import type { GlossaryEntry } from '@/lib/content/schema';

/** A glossary entry as the reader's search needs it (compact). */
export interface SearchTerm {
  id: string;
  term: string;
  pinyin: string;
  en: string;
  literal: string;
}

/**
 * What the reader's search fetches on first opening: the glossary entries the article uses and the
 * Traditional → Simplified character map of its Traditional page (lib/convert `tradToSimpMap`).
 */
export interface SearchData {
  terms: SearchTerm[];
  toSimp: Record<string, string>;
}

/** The glossary entries an article uses, in order of first occurrence. */
export function searchTerms(annotated: AnnotatedArticle, glossary: readonly GlossaryEntry[]): SearchTerm[] {
  const byId = new Map(glossary.map((g) => [g.id, g]));
  const ids = [...new Set(annotated.occurrences.map((o) => o.termId))];
  return ids
    .map((id) => byId.get(id))
    .filter((g): g is GlossaryEntry => g !== undefined)
    .map((g) => ({ id: g.id, term: g.term, pinyin: g.pinyin, en: g.english.text, literal: g.literal }));
}
