import { describe, expect, it } from 'vitest';
import { annotateArticleWith } from '@/lib/annotate/article';
import { readLexicon } from '@/lib/annotate/inputs';
import { compileOverrides } from '@/lib/annotate/overrides';
import { buildTermMatcher } from '@/lib/annotate/terms';
import { loadContent } from '@/lib/content/load';
import { openccTw } from './opencc';
import { AMBIGUOUS, formatReview, reviewRows } from './review';
import { compileTradOverrides, convertArticle } from './traditional';

const content = loadContent();
const article = content.articles.find((a) => a.slug === 'huaiyin-2024')!;
const simp = annotateArticleWith(article, {
  overrides: compileOverrides(content.overrides),
  matcher: buildTermMatcher(content.glossary),
  lexicon: readLexicon(),
});
const trad = convertArticle(simp, {
  convert: openccTw(),
  overrides: compileTradOverrides(content.traditional),
});
const rows = reviewRows(simp, trad);

describe('review of ambiguous characters', () => {
  it('lists every occurrence in the article, no more', () => {
    const zh = article.blocks.flatMap((b) => b.sentences.map((s) => s.zh)).join('');
    const expected = [...zh].filter((c) => AMBIGUOUS.includes(c)).length;
    expect(expected).toBeGreaterThan(50);
    expect(rows).toHaveLength(expected);
  });

  it('gives each occurrence its converted character, word and context', () => {
    for (const r of rows) {
      expect(r.context).toContain(`【${r.ch}】`);
      expect(r.word).toContain(r.ch);
      expect([...r.wordTrad][[...r.word].indexOf(r.ch)]).toBe(r.trad);
    }
    const found = rows.find((r) => r.sentenceId === 'p13.s5' && r.word === '发现');
    expect(found).toMatchObject({ trad: '發', wordTrad: '發現' });
    expect(found?.context).toContain('源头【发】现');
  });

  it('formats a table with one line per occurrence and counts per conversion', () => {
    const md = formatReview(rows).split('\n');
    expect(md[0]).toMatch(new RegExp(`^${rows.length} occurrences: .*发→發 \\d+`));
    expect(md.filter((l) => /^\| \p{Script=Han} → /u.test(l))).toHaveLength(rows.length);
  });
});
