import type { AnnotatedArticle, Piece, Token } from '@/lib/annotate';
import type { Article, Block, BlockKind, EditorialNote } from '@/lib/content/schema';
import { el, join, text, type SafeHtml } from './html';

/**
 * The annotated article body as static HTML, rendered once at build time. This module alone knows
 * the body's markup (the README's markup contract); client leaves work on it by event delegation.
 *
 * Per Han word one `<ruby data-word>` with a base/`<rt>` pair per character: one element per word
 * plus one per character, where the old markup had a span per word and a ruby and rt per character.
 * `rt` is aria-hidden so screen readers read each word once; its class is the tone (CSS colours it).
 */

/** UI strings the body needs, already translated; `{id}` in `actions` is the block id. */
export interface BodyLabels {
  editorialNote: string;
  revealShow: string;
  revealHide: string;
  actions: string;
}

type Tag = 'h1' | 'h2' | 'h3' | 'p' | 'div';
const TAG: Record<BlockKind, Tag> = {
  kicker: 'p',
  series: 'p',
  headline: 'h1',
  subtitle: 'p',
  byline: 'p',
  lead: 'div',
  heading: 'h2',
  paragraph: 'div',
  caption: 'div',
  'sidebar-label': 'p',
  'sidebar-heading': 'h3',
  'sidebar-paragraph': 'div',
};
/** Headings may only hold phrasing content, so their two language columns are spans. */
const PHRASING = new Set<Tag>(['h1', 'h2', 'h3', 'p']);
/** Body blocks only: a reveal button inside a heading would become part of its name. */
const REVEALABLE = new Set<BlockKind>(['lead', 'paragraph', 'caption', 'sidebar-paragraph']);

/** Build-time facts about a word that the markup carries (the HSK level, for "pinyin above my level"). */
export interface WordFacts {
  levelOf?: (word: string) => number | undefined;
}

/**
 * The script of the Chinese text. 'hant': `annotated` is the Traditional article from lib/convert,
 * whose word tokens carry their Simplified text as `simp`; the markup is the Simplified page's with
 * only the visible base characters and the `lang` changed: `data-word`, the HSK level and the
 * dictionary key stay the Simplified word, so both pages share one dictionary and one "My words".
 */
export type Script = 'hans' | 'hant';
export const SCRIPT_LANG: Record<Script, 'zh-Hans' | 'zh-Hant'> = { hans: 'zh-Hans', hant: 'zh-Hant' };

/** The Simplified text of a word token (its own text on the Simplified page). */
const simpOf = (t: Token): string => (t as Token & { simp?: string }).simp ?? t.text;

function token(t: Token, facts: WordFacts): SafeHtml {
  if (t.kind === 'text') return text(t.text);
  const word = simpOf(t);
  const pairs = t.chars.map((c) =>
    join([
      text(c.ch),
      el('rt', { 'aria-hidden': 'true', class: `t${c.tone}`, 'data-s': c.spoken }, text(c.py)),
    ]),
  );
  return el('ruby', { 'data-word': word, 'data-hsk': facts.levelOf?.(word) }, ...pairs);
}

function piece(p: Piece, locale: string, facts: WordFacts): SafeHtml {
  if (p.kind !== 'term') return token(p, facts);
  return el(
    'a',
    { class: 'term', 'data-term': p.termId, href: `/${locale}/glossary#${p.termId}` },
    ...p.tokens.map((t) => token(t, facts)),
  );
}

const DOTS = el(
  'svg',
  { 'aria-hidden': 'true', width: 18, height: 18, viewBox: '0 0 24 24', fill: 'currentColor' },
  el('circle', { cx: 5, cy: 12, r: 2 }),
  el('circle', { cx: 12, cy: 12, r: 2 }),
  el('circle', { cx: 19, cy: 12, r: 2 }),
);

function blockRow(
  block: Block,
  annotated: AnnotatedArticle,
  notes: EditorialNote[],
  locale: 'en' | 'zh',
  labels: BodyLabels,
  facts: WordFacts,
  script: Script,
): SafeHtml {
  const tag = TAG[block.kind];
  const col = PHRASING.has(tag) ? 'span' : 'p';
  const zh = block.sentences.map((s) =>
    el(
      'span',
      { id: s.id, 'data-sentence': s.id },
      ...(annotated.sentences[s.id]?.pieces ?? []).map((p) => piece(p, locale, facts)),
    ),
  );
  const en: SafeHtml[] = [];
  block.sentences.forEach((s, i) => {
    if (s.enMergedWithPrevious) return;
    // Chinese sentences merged into this English sentence (enMergedWithPrevious on the next ones).
    const ids = [s.id];
    for (let j = i + 1; j < block.sentences.length && block.sentences[j]!.enMergedWithPrevious; j++)
      ids.push(block.sentences[j]!.id);
    en.push(
      el(
        'span',
        { 'data-sentence': s.id, 'data-sentences': ids.length > 1 ? ids.join(' ') : undefined },
        text(`${en.length > 0 ? ' ' : ''}${s.en ?? ''}`),
      ),
    );
  });
  const reveal = REVEALABLE.has(block.kind)
    ? el(
        'button',
        { type: 'button', class: 'rx-reveal', 'data-reveal-toggle': '', 'aria-expanded': 'false' },
        el('span', { class: 'rx-reveal-show' }, text(labels.revealShow)),
        el('span', { class: 'rx-reveal-hide' }, text(labels.revealHide)),
      )
    : text('');
  const actions = el(
    'button',
    {
      type: 'button',
      class: 'block-actions',
      'data-actions-for': block.id,
      'aria-haspopup': 'menu',
      'aria-expanded': 'false',
      'aria-label': labels.actions.replace('{id}', block.id),
    },
    DOTS,
  );
  const row = el(
    tag,
    { id: block.id, 'data-block': block.id, 'data-kind': block.kind, class: `row kind-${block.kind}` },
    el(col, { lang: SCRIPT_LANG[script], class: 'zh' }, ...zh),
    text(' '),
    el(col, { lang: 'en', class: 'en' }, ...en),
    reveal,
    actions,
  );
  const noteHtml = notes.map((n) =>
    el(
      'details',
      { class: 'editorial-note', 'data-note': n.id },
      el('summary', {}, text(labels.editorialNote)),
      el('p', { lang: locale === 'zh' ? 'zh-Hans' : 'en' }, text(locale === 'zh' ? n.zh : n.en)),
    ),
  );
  return join([row, ...noteHtml]);
}

/**
 * The article's blocks in order; consecutive sidebar blocks are grouped into one <aside>. Editorial
 * notes are UI-language commentary, not the source text, and stay in the UI's script on both pages.
 */
export function renderArticleBody(
  article: Article,
  annotated: AnnotatedArticle,
  locale: 'en' | 'zh',
  labels: BodyLabels,
  facts: WordFacts = {},
  script: Script = 'hans',
): SafeHtml {
  // A note is shown once, under the last block it names.
  const notesFor = new Map<string, EditorialNote[]>();
  for (const n of article.editorialNotes) {
    const last = n.blocks.at(-1)!;
    notesFor.set(last, [...(notesFor.get(last) ?? []), n]);
  }
  const groups: { sidebar: boolean; blocks: Block[] }[] = [];
  for (const b of article.blocks) {
    const sidebar = b.kind.startsWith('sidebar-');
    const last = groups.at(-1);
    if (last && last.sidebar === sidebar) last.blocks.push(b);
    else groups.push({ sidebar, blocks: [b] });
  }
  const row = (b: Block) => blockRow(b, annotated, notesFor.get(b.id) ?? [], locale, labels, facts, script);
  return join(
    groups.map((g) =>
      g.sidebar
        ? el('aside', { class: 'sidebar', 'aria-labelledby': g.blocks[0]!.id }, ...g.blocks.map(row))
        : join(g.blocks.map(row)),
    ),
  );
}
