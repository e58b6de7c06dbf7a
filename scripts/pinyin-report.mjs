#!/usr/bin/env node
// npm run pinyin:report [-- --review]
// Prints, for every article: Han characters, polyphonic occurrences, overrides applied, characters whose
// final reading differs from pinyin-pro's, and any character without pinyin. `--review` lists every
// polyphonic occurrence with its context and chosen reading (the list the overrides were reviewed from).
//
// The logic lives in lib/annotate/*.ts (one source of truth with the app and the tests), imported through
// scripts/lib/ts-loader.mjs.
import path from 'node:path';
import { registerTs, root } from './lib/ts-loader.mjs';

registerTs();
const { readPinyinInputs } = await import('@/lib/annotate/inputs.ts');
const { compileOverrides } = await import('@/lib/annotate/overrides.ts');
const { auditArticle, formatReport, formatReview } = await import('@/lib/annotate/report.ts');
const content = readPinyinInputs(path.join(root, 'content'));
const overrides = compileOverrides(content.overrides);
const review = process.argv.includes('--review');
for (const article of content.articles) {
  const audit = auditArticle(article, overrides);
  console.log(
    review
      ? formatReview(audit)
      : formatReport(
          article,
          audit,
          content.overrides.map((o) => o.text),
        ),
  );
}
