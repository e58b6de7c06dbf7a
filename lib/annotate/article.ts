import type { Article } from '@/lib/content/schema';
import type { AnnotatedSentence } from './types';
import { annotateSentence, type AnnotateOptions } from './sentence';

export interface TermOccurrence {
  termId: string;
  blockId: string;
  sentenceId: string;
}

export interface AnnotatedArticle {
  /** Keyed by sentence id. */
  sentences: Record<string, AnnotatedSentence>;
  /** Every glossary occurrence, in reading order. */
  occurrences: TermOccurrence[];
  /** Every distinct word as rendered (`data-word`), in order of first appearance. */
  words: string[];
}

/** Annotates every sentence of an article (pure; lib/annotate/index.ts caches it per process). */
export function annotateArticleWith(article: Article, opts: AnnotateOptions): AnnotatedArticle {
  const sentences: Record<string, AnnotatedSentence> = {};
  const occurrences: TermOccurrence[] = [];
  const words = new Set<string>();
  for (const block of article.blocks)
    for (const s of block.sentences) {
      const a = annotateSentence(s.id, s.zh, opts);
      sentences[s.id] = a;
      for (const p of a.pieces) {
        if (p.kind === 'term') occurrences.push({ termId: p.termId, blockId: block.id, sentenceId: s.id });
        for (const t of p.kind === 'term' ? p.tokens : [p]) if (t.kind === 'word') words.add(t.text);
      }
    }
  return { sentences, occurrences, words: [...words] };
}
