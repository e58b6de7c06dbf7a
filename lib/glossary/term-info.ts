import type { TermInfo } from '@/components/popover/logic';
import type { AnnotatedArticle } from '@/lib/annotate';
import type { Article, GlossaryEntry } from '@/lib/content';
import type { AlsoIn } from './across';

/** The article's glossary terms, distinct: the editor's keyTerms first, then by first occurrence. */
export function articleTermIds(
  article: Article,
  annotated: AnnotatedArticle,
  glossary: GlossaryEntry[],
): string[] {
  const known = new Set(glossary.map((e) => e.id));
  const order = new Set([...(article.meta.keyTerms ?? []), ...annotated.occurrences.map((o) => o.termId)]);
  return [...order].filter((id) => known.has(id));
}

/**
 * Compact per-term data for the popover, in one UI language (never the annotated text).
 * `toTraditional` (lib/convert's, server-only) adds the term's Traditional form as `termTrad`;
 * `alsoIn` (lib/glossary/across) the other articles it occurs in, only when there are any.
 */
export function termInfoMap(
  ids: string[],
  glossary: GlossaryEntry[],
  locale: 'en' | 'zh',
  toTraditional?: (text: string) => string,
  alsoIn?: (id: string) => AlsoIn[],
): Record<string, TermInfo> {
  const byId = new Map(glossary.map((e) => [e.id, e]));
  const out: Record<string, TermInfo> = {};
  for (const id of ids) {
    const e = byId.get(id);
    if (!e) continue;
    out[id] = {
      term: e.term,
      ...(toTraditional ? { termTrad: toTraditional(e.term) } : {}),
      pinyin: e.pinyin,
      en: e.english.text,
      status: e.english.status,
      ...(e.english.usedBy ? { usedBy: e.english.usedBy } : {}),
      literal: e.literal,
      text: e.explanation[locale],
      conf: e.confidence,
      ...(e.note ? { note: e.note[locale] } : {}),
    };
    const also = alsoIn?.(id) ?? [];
    if (also.length) out[id].also = also;
  }
  return out;
}

/** Static URL of an article's term data for one UI locale (served by app/data/[slug]/[file]). */
export function termsUrl(slug: string, locale: 'en' | 'zh'): string {
  return `/data/${slug}/terms.${locale}.json`;
}
