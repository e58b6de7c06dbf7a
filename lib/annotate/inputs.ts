import fs from 'node:fs';
import path from 'node:path';
import { loadCedict } from '@/lib/cedict';
import {
  articleSchema,
  pinyinOverridesSchema,
  type Article,
  type PinyinOverride,
} from '@/lib/content/schema';
import { lexiconFromCedict, type Lexicon } from './lexicon';

/**
 * What the pinyin tools need, read with the content schemas: the articles and the reviewed overrides.
 * The app goes through lib/content (which also validates the glossary and cross-references); the
 * tests and scripts/pinyin-report.mjs use this so that pinyin work does not depend on the glossary
 * being valid at that moment.
 */
export function readPinyinInputs(contentDir = path.join(process.cwd(), 'content')): {
  articles: Article[];
  overrides: PinyinOverride[];
} {
  const dir = path.join(contentDir, 'articles');
  const articles = fs
    .readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && fs.existsSync(path.join(dir, d.name, 'article.json')))
    .map((d) => d.name)
    .sort()
    .map((slug) =>
      articleSchema.parse(JSON.parse(fs.readFileSync(path.join(dir, slug, 'article.json'), 'utf8'))),
    );
  const file = path.join(contentDir, 'pinyin', 'overrides.json');
  const overrides = fs.existsSync(file)
    ? pinyinOverridesSchema.parse(JSON.parse(fs.readFileSync(file, 'utf8')))
    : [];
  return { articles, overrides };
}

let lexicon: Lexicon | undefined;

/**
 * CC-CEDICT's headwords for the word boundaries, as the reader uses them (lib/annotate/index.ts);
 * read once per process.
 */
export function readLexicon(): Lexicon {
  return (lexicon ??= lexiconFromCedict(loadCedict()));
}
