import type { TermOccurrence } from '@/lib/annotate/article';

/**
 * One glossary across the library: where each term occurs in every article, computed at build time
 * from each article's annotation. Pure, so tests can feed it any number of articles.
 */

/** What the index needs of an article: its slug, titles, and the annotation's occurrences. */
export interface ArticleTerms {
  slug: string;
  title: { zh: string; en: string };
  /** Reading order (lib/annotate's occurrences). */
  occurrences: readonly Pick<TermOccurrence, 'termId' | 'blockId' | 'sentenceId'>[];
}

/** A term's occurrences in one article: each sentence once, in reading order. */
export interface TermPlaces {
  slug: string;
  title: { zh: string; en: string };
  sentences: string[];
}

/** Term id → the articles it occurs in, in library order. */
export type GlossaryIndex = ReadonlyMap<string, readonly TermPlaces[]>;

export function buildGlossaryIndex(articles: readonly ArticleTerms[]): GlossaryIndex {
  const index = new Map<string, TermPlaces[]>();
  for (const a of articles) {
    const mine = new Map<string, TermPlaces>();
    for (const o of a.occurrences) {
      let places = mine.get(o.termId);
      if (!places) {
        places = { slug: a.slug, title: a.title, sentences: [] };
        mine.set(o.termId, places);
        index.set(o.termId, [...(index.get(o.termId) ?? []), places]);
      }
      if (!places.sentences.includes(o.sentenceId)) places.sentences.push(o.sentenceId);
    }
  }
  return index;
}

/** The deep link to a sentence (or passage) of an article. */
export function passageHref(locale: string, slug: string, passageId: string): string {
  return `/${locale}/articles/${slug}#${passageId}`;
}

/** "Also in": the other articles a term occurs in, each linked to its first occurrence there. */
export interface AlsoIn {
  /** The article's title in the UI language. */
  t: string;
  /** Link to the term's first sentence there. */
  h: string;
}

export function alsoIn(index: GlossaryIndex, termId: string, slug: string, locale: 'en' | 'zh'): AlsoIn[] {
  return (index.get(termId) ?? [])
    .filter((p) => p.slug !== slug && p.sentences.length > 0)
    .map((p) => ({ t: p.title[locale], h: passageHref(locale, p.slug, p.sentences[0]!) }));
}

/** The articles each term occurs in (slugs), for the glossary page's article filter. */
export function articlesOf(index: GlossaryIndex, termId: string): string[] {
  return (index.get(termId) ?? []).map((p) => p.slug);
}
