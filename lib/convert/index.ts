import 'server-only';
import { annotateArticle, annotateSentence } from '@/lib/annotate';
import { getContent } from '@/lib/content';
import type { Article, GlossaryEntry } from '@/lib/content';
import type { TraditionalOverride } from '@/lib/content/schema';
import { openccTw } from './opencc';
import {
  compileTradOverrides,
  convertArticle,
  convertSentence,
  sentenceText,
  tradToSimpMap,
  type ConvertContext,
  type TraditionalArticle,
  wordForms,
} from './traditional';

export type { Fallback, TraditionalArticle, TraditionalWord } from './traditional';

// Per loaded content, as in lib/annotate (dev re-reads content; new objects miss the caches).
const contextCache = new WeakMap<readonly TraditionalOverride[], ConvertContext>();
const articleCache = new WeakMap<
  Article,
  { glossary: readonly GlossaryEntry[]; result: TraditionalArticle }
>();

function context(): ConvertContext {
  const list = getContent().traditional;
  let ctx = contextCache.get(list);
  if (!ctx) contextCache.set(list, (ctx = { convert: openccTw(), overrides: compileTradOverrides(list) }));
  return ctx;
}

/**
 * Simplified text (a glossary term, a title) in Traditional characters, converted as article text is:
 * segmented into words first, reviewed overrides included.
 */
export function toTraditional(text: string): string {
  return sentenceText(convertSentence(annotateSentence('plain', text), context()).sentence);
}

/**
 * The annotated article in Traditional characters: the same words, pinyin, glossary marks and ids
 * as `annotateArticle` gives for the Simplified page (built once per process).
 */
export function traditionalArticle(article: Article, glossary: readonly GlossaryEntry[]): TraditionalArticle {
  const cached = articleCache.get(article);
  if (cached && cached.glossary === glossary) return cached.result;
  const result = convertArticle(annotateArticle(article, glossary), context());
  // Expected never; the page stays aligned either way, but the converted characters there want review.
  for (const f of result.fallbacks)
    console.warn(
      `Traditional: ${article.slug} ${f.sentenceId}: OpenCC changed the length of ${f.simp} (${f.opencc}); converted ${f.level === 'word' ? 'word by word' : 'character by character'}`,
    );
  articleCache.set(article, { glossary, result });
  return result;
}

/** Simplified word → its form on the Traditional page (first occurrence), for the dictionary. */
export function traditionalWords(article: Article, glossary: readonly GlossaryEntry[]): Map<string, string> {
  return wordForms(traditionalArticle(article, glossary));
}

/** Traditional → Simplified per character for the article's search (see `tradToSimpMap`). */
export function searchCharMap(article: Article, glossary: readonly GlossaryEntry[]): Record<string, string> {
  return tradToSimpMap(annotateArticle(article, glossary), traditionalArticle(article, glossary));
}
