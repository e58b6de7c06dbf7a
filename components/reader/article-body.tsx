import type { AnnotatedArticle } from '@/lib/annotate';
import type { Article, Block, BlockKind, EditorialNote } from '@/lib/content';
import { BlockActions } from './block-actions';
import { BlockReveal } from './block-reveal';
import { ZhText } from './zh-text';

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

export interface BodyLabels {
  editorialNote: string;
}

function BlockRow({
  article,
  block,
  annotated,
  notes,
  locale,
  labels,
}: {
  article: Article;
  block: Block;
  annotated: AnnotatedArticle;
  notes: EditorialNote[];
  locale: 'en' | 'zh';
  labels: BodyLabels;
}) {
  const Tag = TAG[block.kind];
  const Col = PHRASING.has(Tag) ? 'span' : 'p';
  const en = block.sentences
    .map((s, i) => ({ s, i }))
    .filter(({ s }) => !s.enMergedWithPrevious)
    .map(({ s, i }) => {
      // Chinese sentences merged into this English sentence (enMergedWithPrevious on the next ones).
      const ids = [s.id];
      for (let j = i + 1; j < block.sentences.length && block.sentences[j]!.enMergedWithPrevious; j++)
        ids.push(block.sentences[j]!.id);
      return { id: s.id, ids, text: s.en ?? '' };
    });
  return (
    <>
      <Tag id={block.id} data-block={block.id} data-kind={block.kind} className={`row kind-${block.kind}`}>
        <Col lang="zh-Hans" className="zh">
          {block.sentences.map((s) => (
            <span key={s.id} id={s.id} data-sentence={s.id}>
              <ZhText pieces={annotated.sentences[s.id]?.pieces ?? []} locale={locale} />
            </span>
          ))}
        </Col>{' '}
        <Col lang="en" className="en">
          {en.map((e, i) => (
            <span
              key={e.id}
              data-sentence={e.id}
              data-sentences={e.ids.length > 1 ? e.ids.join(' ') : undefined}
            >
              {i > 0 ? ' ' : ''}
              {e.text}
            </span>
          ))}
        </Col>
        <BlockReveal article={article} block={block} locale={locale} />
        <BlockActions article={article} block={block} locale={locale} />
      </Tag>
      {notes.map((n) => (
        <details key={n.id} className="editorial-note" data-note={n.id}>
          <summary>{labels.editorialNote}</summary>
          <p lang={locale === 'zh' ? 'zh-Hans' : 'en'}>{locale === 'zh' ? n.zh : n.en}</p>
        </details>
      ))}
    </>
  );
}

/** The article's blocks in order; consecutive sidebar blocks are grouped into one <aside>. */
export function ArticleBody({
  article,
  annotated,
  locale,
  labels,
}: {
  article: Article;
  annotated: AnnotatedArticle;
  locale: 'en' | 'zh';
  labels: BodyLabels;
}) {
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
  const row = (b: Block) => (
    <BlockRow
      key={b.id}
      article={article}
      block={b}
      annotated={annotated}
      notes={notesFor.get(b.id) ?? []}
      locale={locale}
      labels={labels}
    />
  );
  return groups.map((g, i) =>
    g.sidebar ? (
      <aside key={i} className="sidebar" aria-labelledby={g.blocks[0]!.id}>
        {g.blocks.map(row)}
      </aside>
    ) : (
      g.blocks.map(row)
    ),
  );
}
