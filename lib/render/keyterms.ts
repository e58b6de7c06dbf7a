import type { GlossaryEntry } from '@/lib/content/schema';
import { el, join, text, type SafeHtml } from './html';

/** How many key terms show before the "all terms" disclosure. */
export const VISIBLE_KEY_TERMS = 12;

export interface KeyTermsLabels {
  title: string;
  intro: string;
  /** "All N terms in this article", already formatted. */
  more: string;
}

/**
 * The key-terms strip: a chip per term (Chinese + English), the first few visible and the rest in
 * a disclosure. Static markup like the body: each chip is a link to the glossary that the popover
 * script upgrades by delegation (`data-keyterm`).
 */
export function renderKeyTerms(
  ids: readonly string[],
  glossary: ReadonlyMap<string, GlossaryEntry>,
  locale: 'en' | 'zh',
  labels: KeyTermsLabels,
  /** On the Traditional page: the term's Traditional form (lib/convert `toTraditional`). */
  traditional?: (term: string) => string,
): SafeHtml {
  if (ids.length === 0) return text('');
  const chip = (id: string) => {
    const e = glossary.get(id);
    if (!e) throw new Error(`key term ${id} is not in the glossary`);
    return el(
      'li',
      {},
      el(
        'a',
        { class: 'keyterm', href: `/${locale}/glossary#${id}`, 'data-keyterm': id },
        el(
          'span',
          { lang: traditional ? 'zh-Hant' : 'zh-Hans', class: 'keyterm-zh' },
          text(traditional ? traditional(e.term) : e.term),
        ),
        el('span', { lang: 'en', class: 'keyterm-en' }, text(e.english.text)),
      ),
    );
  };
  const rest = ids.slice(VISIBLE_KEY_TERMS);
  return el(
    'section',
    { class: 'keyterms', 'aria-labelledby': 'keyterms-title' },
    el('h2', { id: 'keyterms-title', class: 'keyterms-title' }, text(labels.title)),
    el('p', { class: 'keyterms-intro' }, text(labels.intro)),
    el('ul', { class: 'keyterms-list' }, ...ids.slice(0, VISIBLE_KEY_TERMS).map(chip)),
    rest.length
      ? el(
          'details',
          { class: 'keyterms-more' },
          el('summary', {}, text(labels.more)),
          el('ul', { class: 'keyterms-list' }, ...rest.map(chip)),
        )
      : join([]),
  );
}
