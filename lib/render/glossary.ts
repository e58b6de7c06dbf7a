import type { GlossaryEntry } from '@/lib/content/schema';
import { passageHref, type GlossaryIndex } from '@/lib/glossary/across';
import { el, join, text, type SafeHtml } from './html';

/**
 * The glossary page's table of contents and entry list as static markup (like the article body):
 * it reaches the browser once, in the HTML, and is never hydrated. The page's filter
 * (app/[locale]/glossary/glossary-filter.tsx) reads the data attributes on each `[data-entry]`.
 */

/** A message with one markup tag, split by the page so no markup from messages reaches the HTML. */
export interface TaggedTemplate {
  before: string;
  inner: string;
  after: string;
}

/**
 * Splits "a <tag>b</tag> c" into its three texts. Placeholders ({name}) stay in them and are
 * filled by the renderer with escaped values. A template without the tag is all `before`.
 */
export function splitTag(template: string, tag: string): TaggedTemplate {
  const open = template.indexOf(`<${tag}>`);
  const close = template.indexOf(`</${tag}>`);
  if (open < 0 || close < open) return { before: template, inner: '', after: '' };
  return {
    before: template.slice(0, open),
    inner: template.slice(open + tag.length + 2, close),
    after: template.slice(close + tag.length + 3),
  };
}

/** Fills `{key}` placeholders with plain values (escaped later, with the rest of the text). */
function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (m, k: string) => (k in values ? String(values[k]) : m));
}

/** A tagged template as HTML: the tagged part wrapped in `wrap`, every text escaped. */
function tagged(
  t: TaggedTemplate,
  values: Record<string, string | number>,
  wrap: (inner: SafeHtml) => SafeHtml,
): SafeHtml {
  const inner = fill(t.inner, values);
  return join([
    text(fill(t.before, values)),
    inner ? wrap(text(inner)) : join([]),
    text(fill(t.after, values)),
  ]);
}

/** UI strings, already translated by the page (plain text, escaped here). */
export interface GlossaryLabels {
  categories: string;
  /** Category name by category id. */
  category: (c: string) => string;
  /** "{name} <n>({count})</n>" */
  catCount: TaggedTemplate;
  rendering: string;
  own: string;
  /** "… <en>{who}</en>" for official and common renderings. */
  official: TaggedTemplate;
  common: TaggedTemplate;
  literal: string;
  confidence: string;
  conf: Record<GlossaryEntry['confidence'], string>;
  /** "{label}: " with the locale's colon. */
  labelled: (label: string) => string;
  note: string;
  related: string;
  occurrences: string;
  noOccurrences: string;
  /** aria-label of a sentence link. */
  occurrence: (id: string) => string;
  /** "Sources (n)". */
  sources: (count: number) => string;
  /** " — publisher, date" for a source, given its parts. */
  sourceMeta: (parts: string[]) => string;
}

export interface GlossaryGroup {
  category: string;
  entries: readonly GlossaryEntry[];
}

function renderEntry(
  e: GlossaryEntry,
  byId: ReadonlyMap<string, GlossaryEntry>,
  index: GlossaryIndex,
  locale: 'en' | 'zh',
  l: GlossaryLabels,
): SafeHtml {
  const occ = index.get(e.id) ?? [];
  const related = e.related.map((r) => byId.get(r)).filter((r) => r !== undefined);
  const status = e.english.status;
  const badge =
    status === 'own'
      ? text(l.own)
      : tagged(status === 'official' ? l.official : l.common, { who: e.english.usedBy ?? '' }, (x) =>
          el('span', { lang: 'en' }, x),
        );
  const none = join([]);
  return el(
    'article',
    {
      id: e.id,
      'data-entry': e.id,
      'data-zh': [e.term, ...e.forms].join(' '),
      'data-py': e.pinyin,
      'data-en': `${e.english.text} ${e.literal}`,
      'data-articles': occ.map((p) => p.slug).join(' '),
      'aria-labelledby': `${e.id}-h`,
      class: 'gl-entry scroll-mt-24',
    },
    el('h3', { id: `${e.id}-h`, class: 'gl-term' }, el('span', { lang: 'zh-Hans' }, text(e.term))),
    el('p', { class: 'gl-py', lang: 'zh-Latn-pinyin' }, text(e.pinyin)),
    el(
      'dl',
      { class: 'gl-facts' },
      el('dt', {}, text(l.rendering)),
      el(
        'dd',
        {},
        el('span', { lang: 'en', class: 'font-semibold' }, text(e.english.text)),
        text(' '),
        el('span', { class: 'gl-badge', 'data-status': status }, badge),
      ),
      el('dt', {}, text(l.literal)),
      el('dd', { lang: 'en' }, text(e.literal)),
      el('dt', {}, text(l.confidence)),
      el(
        'dd',
        {},
        el('span', { class: 'gl-conf', 'data-confidence': e.confidence }, text(l.conf[e.confidence])),
      ),
    ),
    e.note
      ? el(
          'p',
          { class: 'gl-note', 'data-confidence': e.confidence },
          el('strong', {}, text(l.labelled(e.confidence === 'confirmed' ? l.note : l.conf[e.confidence]))),
          text(e.note[locale]),
        )
      : none,
    el('p', { class: 'gl-text' }, text(e.explanation[locale])),
    related.length > 0
      ? el(
          'p',
          { class: 'gl-related' },
          el('span', { class: 'gl-label' }, text(l.labelled(l.related))),
          ...related.map((r, i) =>
            el(
              'span',
              {},
              i > 0 ? text(' · ') : none,
              el('a', { href: `#${r.id}`, lang: 'zh-Hans' }, text(r.term)),
            ),
          ),
        )
      : none,
    el(
      'div',
      { class: 'gl-occ' },
      el('span', { class: 'gl-label' }, text(l.labelled(l.occurrences))),
      occ.length === 0
        ? el('span', { class: 'text-muted' }, text(l.noOccurrences))
        : el(
            'ul',
            { class: 'gl-occ-list' },
            ...occ.map((a) =>
              el(
                'li',
                { class: 'gl-occ-article', 'data-occ-article': a.slug },
                el('cite', {}, text(a.title[locale])),
                el(
                  'span',
                  { class: 'gl-occ-links' },
                  ...a.sentences.map((id) =>
                    el(
                      'a',
                      {
                        href: passageHref(locale, a.slug, id),
                        'data-occurrence': `${a.slug}#${id}`,
                        'aria-label': l.occurrence(id),
                      },
                      text(id),
                    ),
                  ),
                ),
              ),
            ),
          ),
    ),
    e.sources.length > 0
      ? el(
          'details',
          { class: 'gl-sources' },
          el('summary', {}, text(l.sources(e.sources.length))),
          el(
            'ul',
            {},
            ...e.sources.map((s) => {
              const meta = [s.publisher, s.date].filter((x): x is string => !!x);
              return el(
                'li',
                {},
                el('a', { href: s.url, rel: 'noopener noreferrer external' }, text(s.title)),
                meta.length ? el('span', { class: 'text-muted' }, text(l.sourceMeta(meta))) : none,
              );
            }),
          ),
        )
      : none,
  );
}

/** The category table of contents and every category's entries, in the given order. */
export function renderGlossary(
  groups: readonly GlossaryGroup[],
  allEntries: readonly GlossaryEntry[],
  index: GlossaryIndex,
  locale: 'en' | 'zh',
  l: GlossaryLabels,
): SafeHtml {
  const byId = new Map(allEntries.map((e) => [e.id, e]));
  const toc = el(
    'nav',
    { 'aria-label': l.categories, class: 'gl-toc mt-4' },
    el(
      'ul',
      {},
      ...groups.map(({ category: c, entries }) =>
        el(
          'li',
          {},
          el(
            'a',
            { href: `#cat-${c}` },
            tagged(l.catCount, { name: l.category(c), count: entries.length }, (x) =>
              el('span', { class: 'text-muted' }, x),
            ),
          ),
        ),
      ),
    ),
  );
  const sections = groups.map(({ category: c, entries }) =>
    el(
      'section',
      { 'data-category': c, 'aria-labelledby': `cat-${c}`, class: 'mt-10' },
      el('h2', { id: `cat-${c}`, class: 'gl-cat scroll-mt-24' }, text(l.category(c))),
      ...entries.map((e) => renderEntry(e, byId, index, locale, l)),
    ),
  );
  return join([toc, ...sections]);
}
