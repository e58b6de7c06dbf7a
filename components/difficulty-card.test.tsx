import fs from 'node:fs';
import path from 'node:path';
import { createFormatter, createTranslator } from 'next-intl';
import { renderToStaticMarkup } from 'react-dom/server';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { annotateArticleWith, type AnnotatedArticle } from '@/lib/annotate/article';
import { readLexicon } from '@/lib/annotate/inputs';
import { compileOverrides } from '@/lib/annotate/overrides';
import { buildTermMatcher } from '@/lib/annotate/terms';
import { loadContent } from '@/lib/content/load';
import type { Article } from '@/lib/content/schema';
import { articleDifficulty } from '@/lib/hsk/difficulty';
import { hskLevel } from '@/lib/hsk/level';

// The card is a server component: next-intl's server helpers are replaced by the same translator and
// formatter over the real message files, and server-only by nothing.
vi.mock('server-only', () => ({}));
vi.mock('next-intl/server', () => {
  const messages = (locale: string) =>
    JSON.parse(fs.readFileSync(path.join(process.cwd(), 'messages', `${locale}.json`), 'utf8'));
  return {
    getTranslations: async ({ locale, namespace }: { locale: 'en' | 'zh'; namespace: string }) =>
      createTranslator({ locale, messages: messages(locale), namespace }),
    getFormatter: async ({ locale }: { locale: 'en' | 'zh' }) => createFormatter({ locale }),
  };
});

const { DifficultyCard } = await import('./difficulty-card');

let article: Article;
let annotated: AnnotatedArticle;
beforeAll(() => {
  const content = loadContent();
  article = content.articles.find((a) => a.slug === 'huaiyin-2024')!;
  annotated = annotateArticleWith(article, {
    overrides: compileOverrides(content.overrides),
    matcher: buildTermMatcher(content.glossary),
    lexicon: readLexicon(),
  });
}, 60_000);

const render = async (locale: 'en' | 'zh', variant: 'compact' | 'full') =>
  renderToStaticMarkup(await DifficultyCard({ article, annotated, locale, variant }));

describe('DifficultyCard', () => {
  it('full: a labelled section with the figures as text and a table of every level', async () => {
    const html = await render('en', 'full');
    expect(html).toMatch(/<section aria-labelledby="difficulty-huaiyin-2024"/);
    expect(html).toContain('Difficulty by the HSK 2.0 word list');
    expect(html).toContain('<dt class="text-muted">Not on the HSK 2.0 list</dt>');
    const d = articleDifficulty(annotated, hskLevel, 6);
    expect(d.readingMinutes).toBeGreaterThan(1);
    expect(html).toContain(`about ${d.readingMinutes} minutes at 150 characters a minute`);
    expect(html).toContain(`<dd>${d.hanChars.toLocaleString('en')}</dd>`);
    expect(html).toContain(`<dd>${Math.round(d.beyond.tokenShare * 100)}%</dd>`);
    const rows = [...html.matchAll(/<th scope="row"[^>]*>([^<]*)<\/th>/g)].map((m) => m[1]);
    expect(rows).toEqual(
      [1, 2, 3, 4, 5, 6].map((n) => `HSK 2.0 level ${n}`).concat(['Not on the HSK 2.0 list', 'All words']),
    );
    expect(html.match(/<th scope="col"/g)).toHaveLength(4);
    expect(html).not.toMatch(/HSK 3\.0 level/);
  });

  it('compact: the summary only, under a heading of its own', async () => {
    const html = await render('en', 'compact');
    expect(html).toMatch(/<h3 id="difficulty-huaiyin-2024"/);
    expect(html).not.toContain('<table');
    expect(html.match(/<dt/g)).toHaveLength(6);
  });

  it('renders in Chinese from the same keys', async () => {
    const html = await render('zh', 'full');
    expect(html).toContain('难度（按 HSK 2.0 词汇表）');
    const d = articleDifficulty(annotated, hskLevel, 6);
    expect(html).toContain(`约 ${d.readingMinutes} 分钟（按每分钟 150 字计）`);
    expect(html).toContain('HSK 2.0 第 6 级');
    expect(html).not.toMatch(/Difficulty|minutes/);
  });
});
