import type { AnnotatedArticle } from '@/lib/annotate';
import type { Article, Block } from '@/lib/content';

/** Props shared by the reader's page-level slots (chrome, glossary, research). */
export interface ReaderSlotProps {
  article: Article;
  annotated: AnnotatedArticle;
  locale: 'en' | 'zh';
}

/** Props of the per-block slots rendered inside each block row. */
export interface BlockSlotProps {
  article: Article;
  block: Block;
  locale: 'en' | 'zh';
}
