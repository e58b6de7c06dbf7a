import { describe, expect, it } from 'vitest';
import type { AnnotatedArticle } from '@/lib/annotate';
import { annotateArticleWith } from '@/lib/annotate/article';
import { buildTermMatcher } from '@/lib/annotate/terms';
import { readLexicon } from '@/lib/annotate/inputs';
import { compileOverrides } from '@/lib/annotate/overrides';
import { loadContent } from '@/lib/content/load';
import type { Article } from '@/lib/content/schema';
import { hskLevel } from '@/lib/hsk/level';
import { renderArticleBody } from './article';

const LABELS = { editorialNote: 'Note', revealShow: 'Show', revealHide: 'Hide', actions: 'Actions for {id}' };
const EVIL = '"><script>alert(1)</script><img src=x onerror=alert(1)>&amp;\'';

const content = loadContent();
const opts = {
  overrides: compileOverrides(content.overrides),
  matcher: buildTermMatcher(content.glossary),
  lexicon: readLexicon(),
};
const annotated = (article: Article): AnnotatedArticle => annotateArticleWith(article, opts);

/** Counts of each tag name opened in `html`. */
function tags(html: string): Record<string, number> {
  const out: Record<string, number> = {};
  for (const m of html.matchAll(/<([a-zA-Z]+)/g)) out[m[1]!] = (out[m[1]!] ?? 0) + 1;
  return out;
}

describe('renderArticleBody', () => {
  const article = content.articles.find((a) => a.slug === 'huaiyin-2024')!;
  const html = renderArticleBody(article, annotated(article), 'en', LABELS);

  it('follows the markup contract: blocks, sentences in both languages, a ruby per word, rt per character', () => {
    for (const b of article.blocks) {
      expect(html).toContain(`id="${b.id}" data-block="${b.id}"`);
      for (const s of b.sentences) expect(html).toContain(`<span id="${s.id}" data-sentence="${s.id}">`);
    }
    const han = article.blocks
      .flatMap((b) => b.sentences)
      .reduce((n, s) => n + (s.zh.match(/\p{Script=Han}/gu)?.length ?? 0), 0);
    const t = tags(html);
    expect(t.rt).toBe(han); // one rt per Han character
    expect(t.ruby).toBeLessThan(han); // one ruby per word, not per character
    expect(html).toMatch(/<ruby data-word="[^"]+">[^<]<rt aria-hidden="true" class="t[1-5]">[^<]+<\/rt>/);
    expect(html).toContain('lang="zh-Hans" class="zh"');
    expect(html).toContain('lang="en" class="en"');
    expect(html).toMatch(/<a class="term" data-term="[a-z0-9-]+" href="\/en\/glossary#[a-z0-9-]+">/);
  });

  it('escapes markup, quotes and entities in every field that comes from content or messages', () => {
    const evil: Article = {
      ...article,
      editorialNotes: [
        { ...article.editorialNotes[0]!, blocks: [article.blocks[0]!.id], en: EVIL, zh: EVIL },
      ],
      blocks: [
        {
          ...article.blocks[0]!,
          sentences: [{ ...article.blocks[0]!.sentences[0]!, zh: `槐荫${EVIL}。`, en: EVIL }],
        },
      ],
    };
    const evilLabels = { editorialNote: EVIL, revealShow: EVIL, revealHide: EVIL, actions: `${EVIL}{id}` };
    const out = renderArticleBody(evil, annotated(evil), 'en', evilLabels);
    expect(out).not.toContain('<script');
    expect(out).not.toContain('<img');
    expect(out).not.toMatch(/"\s*onerror=/);
    expect(out).toContain('&lt;script&gt;');
    expect(out).toContain('&amp;amp;');
    expect(out).toContain('&#39;');
    // Every attribute is name="value" with no stray quote: balanced quotes inside each tag.
    for (const m of out.matchAll(/<[a-z][^>]*>/g)) expect((m[0].match(/"/g)?.length ?? 0) % 2, m[0]).toBe(0);
  });

  it('puts each block’s editorial note after its last block and fills the labels', () => {
    const note = article.editorialNotes[0];
    if (!note) return;
    const last = note.blocks.at(-1)!;
    const at = html.indexOf(`data-note="${note.id}"`);
    expect(at).toBeGreaterThan(html.indexOf(`id="${last}"`));
    expect(html).toContain(`aria-label="Actions for ${article.blocks[0]!.id}"`);
  });

  it('carries each word’s HSK level as data-hsk, and none for words off the list', () => {
    const leveled = renderArticleBody(article, annotated(article), 'en', LABELS, { levelOf: hskLevel });
    expect(leveled).toContain('<ruby data-word="工作" data-hsk="1">');
    expect(leveled).toContain('<ruby data-word="落实" data-hsk="6">');
    expect(leveled).toMatch(/<ruby data-word="济南">/);
    expect(leveled).not.toMatch(/<ruby data-word="济南" data-hsk/);
    expect(html).not.toContain('data-hsk'); // without the facts, no level is invented
  });
});
