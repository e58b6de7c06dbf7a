import 'server-only';
import { getContent } from '@/lib/content';
import type { Article, GlossaryEntry, PinyinOverride } from '@/lib/content/schema';
import { annotateArticleWith, type AnnotatedArticle } from './article';
import { readLexicon } from './inputs';
import { compileOverrides, type OverrideSet } from './overrides';
import { annotateSentence as annotateWith, type AnnotateOptions } from './sentence';
import { buildTermMatcher, type TermMatcher } from './terms';
import type { AnnotatedSentence } from './types';

export type * from './types';
export type { AnnotatedArticle, TermOccurrence } from './article';
export type { AnnotateOptions } from './sentence';
export { toneOf } from './tone';

// Compiled once per loaded content (production loads content once per process; dev re-reads it,
// and the new objects miss these caches, so edits show up).
const overrideCache = new WeakMap<readonly PinyinOverride[], OverrideSet>();
const matcherCache = new WeakMap<readonly GlossaryEntry[], TermMatcher>();
const articleCache = new WeakMap<Article, { glossary: readonly GlossaryEntry[]; result: AnnotatedArticle }>();

function overrides(): OverrideSet {
  const list = getContent().overrides;
  let set = overrideCache.get(list);
  if (!set) overrideCache.set(list, (set = compileOverrides(list)));
  return set;
}

function matcherFor(glossary: readonly GlossaryEntry[]): TermMatcher {
  let m = matcherCache.get(glossary);
  if (!m) matcherCache.set(glossary, (m = buildTermMatcher(glossary)));
  return m;
}

/** One sentence with the reviewed overrides (and glossary terms when a matcher is given). */
export function annotateSentence(id: string, zh: string, opts: AnnotateOptions = {}): AnnotatedSentence {
  return annotateWith(id, zh, { overrides: overrides(), lexicon: readLexicon(), ...opts });
}

/** Annotates a whole article once per process (the build renders it for several pages). */
export function annotateArticle(article: Article, glossary: readonly GlossaryEntry[]): AnnotatedArticle {
  const cached = articleCache.get(article);
  if (cached && cached.glossary === glossary) return cached.result;
  const result = annotateArticleWith(article, {
    overrides: overrides(),
    matcher: matcherFor(glossary),
    lexicon: readLexicon(),
  });
  articleCache.set(article, { glossary, result });
  return result;
}
