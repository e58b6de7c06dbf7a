import type { AnnotatedArticle } from '@/lib/annotate/article';
import type { Article, GlossaryEntry } from '@/lib/content/schema';
import { plainPinyin } from '@/lib/dictionary/pinyin';

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

/**
 * One sentence as the library search needs it: its id, Chinese, English, and the folded syllable of
 * each UTF-16 unit of the Chinese ('' where there is none: punctuation, digits, the second unit of a
 * character outside the BMP), space-separated, so that search-core's findPinyin can run on it.
 */
export interface SearchSentence {
  id: string;
  zh: string;
  en: string;
  py: string;
}

/** Every sentence of an article for the library's cross-article search, in reading order. */
export function searchSentences(article: Article, annotated: AnnotatedArticle): SearchSentence[] {
  const out: SearchSentence[] = [];
  for (const block of article.blocks)
    for (const s of block.sentences) {
      const syllables: string[] = [];
      let zh = '';
      const pieces = annotated.sentences[s.id]?.pieces ?? [];
      for (const p of pieces)
        for (const t of p.kind === 'term' ? p.tokens : [p]) {
          zh += t.text;
          if (t.kind === 'word')
            for (const c of t.chars) {
              syllables.push(plainPinyin(c.py));
              for (let i = 1; i < c.ch.length; i++) syllables.push('');
            }
          else for (let i = 0; i < t.text.length; i++) syllables.push('');
        }
      out.push({ id: s.id, zh: pieces.length ? zh : s.zh, en: s.en ?? '', py: syllables.join(' ') });
    }
  return out;
}

/** Static URL of an article's sentences for the library search (served by app/search-data/[file]). */
export function searchTextUrl(slug: string): string {
  return `/search-data/${slug}.text.json`;
}
