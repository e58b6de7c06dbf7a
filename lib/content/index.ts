import 'server-only';
import { loadContent, type LoadedContent } from './load';
import type { Article, GlossaryEntry } from './schema';

export type { Article, Block, Sentence, GlossaryEntry, EditorialNote, ArticleMeta, BlockKind, TranslationChange } from './schema';
export { ContentError } from './errors';

let loaded: LoadedContent | undefined;

/**
 * All content, loaded and validated once per build/server process (re-read on every call in dev so
 * edits show up). Bad content throws a ContentError, which fails the build.
 */
export function getContent(): LoadedContent {
  if (process.env.NODE_ENV === 'development') return loadContent();
  return (loaded ??= loadContent());
}

export function getArticles(): Article[] {
  return getContent().articles;
}

export function getArticle(slug: string): Article | undefined {
  return getContent().articles.find((a) => a.slug === slug);
}

export function getGlossary(): GlossaryEntry[] {
  return getContent().glossary;
}
