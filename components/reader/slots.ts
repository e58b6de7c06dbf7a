import type { AnnotatedArticle } from '@/lib/annotate';
import type { Article } from '@/lib/content';
import type { Script } from '@/lib/render';

/** Props shared by the reader's page-level slots (chrome, glossary, research). */
export interface ReaderSlotProps {
  article: Article;
  /** The Simplified annotation (the source text; citations, exports and search data use it). */
  annotated: AnnotatedArticle;
  locale: 'en' | 'zh';
  /** The script of this page's Chinese text (the Traditional page is `/{locale}/articles/{slug}/traditional`). */
  script: Script;
}

/** The reader page of an article in a script. */
export function readerPath(locale: string, slug: string, script: Script): string {
  return `/${locale}/articles/${slug}${script === 'hant' ? '/traditional' : ''}`;
}
