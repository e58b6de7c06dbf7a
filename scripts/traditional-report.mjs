#!/usr/bin/env node
// npm run traditional:report
// For every article: how the Traditional conversion went (fallbacks, overrides applied) and every
// occurrence of the characters OpenCC is known to confuse, with context and the converted form: the
// list a new article's conversion is reviewed from (docs/traditional-review.md).
//
// The logic lives in lib/convert/*.ts; TypeScript is loaded through scripts/lib/ts-loader.mjs.
import { registerTs } from './lib/ts-loader.mjs';

registerTs();
const { loadContent } = await import('@/lib/content/load.ts');
const { annotateArticleWith } = await import('@/lib/annotate/article.ts');
const { compileOverrides } = await import('@/lib/annotate/overrides.ts');
const { buildTermMatcher } = await import('@/lib/annotate/terms.ts');
const { readLexicon } = await import('@/lib/annotate/inputs.ts');
const { openccTw } = await import('@/lib/convert/opencc.ts');
const { compileTradOverrides, convertArticle } = await import('@/lib/convert/traditional.ts');
const { formatReview, reviewRows } = await import('@/lib/convert/review.ts');

const content = loadContent();
const ctx = { convert: openccTw(), overrides: compileTradOverrides(content.traditional) };
// the reader's word boundaries (CC-CEDICT re-cut): a multi-character word is converted on its own
const opts = {
  overrides: compileOverrides(content.overrides),
  matcher: buildTermMatcher(content.glossary),
  lexicon: readLexicon(),
};
for (const article of content.articles) {
  const simp = annotateArticleWith(article, opts);
  const trad = convertArticle(simp, ctx);
  console.log(`## ${article.slug}\n`);
  console.log(`fallbacks (not one character per character): ${trad.fallbacks.length}`);
  for (const f of trad.fallbacks) console.log(`  ${f.sentenceId} ${f.level}: ${f.simp} → ${f.opencc}`);
  const applied = Object.entries(trad.applied);
  console.log(
    `overrides applied: ${applied.length ? applied.map(([t, n]) => `${t} ×${n}`).join(', ') : 'none'}\n`,
  );
  console.log(formatReview(reviewRows(simp, trad)));
  console.log('');
}
