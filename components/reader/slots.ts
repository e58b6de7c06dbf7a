import type { AnnotatedArticle } from '@/lib/annotate';
import type { Article } from '@/lib/content';

/** Props shared by the reader's page-level slots (chrome, glossary, research). */
export interface ReaderSlotProps {
  article: Article;
  annotated: AnnotatedArticle;
  locale: 'en' | 'zh';
}
