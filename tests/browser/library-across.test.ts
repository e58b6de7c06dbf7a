import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { buildTermMatcher, findTerms } from '../../lib/annotate/terms';
import { loadContent } from '../../lib/content/load';
import { BASE_URL, openBrowser } from './browser';

// Issue 19 items 4-6 on the real pages: the library's search across articles, passage ranges
// (arrival highlight, cite dialog, copy) and the glossary's article filter. Expectations are read
// from the content, not written down.
const { articles, glossary } = loadContent();
const matcher = buildTermMatcher(glossary);
const article = articles.find((a) => a.slug === 'huaiyin-2024')!;
const sentences = article.blocks.flatMap((b) => b.sentences.map((s) => ({ ...s, block: b.id })));
const withTerm = sentences.find((s) => s.zh.includes('平急两用'))!;

let context: BrowserContext;
beforeAll(async () => {
  context = await openBrowser({ permissions: ['clipboard-read', 'clipboard-write'] });
});
afterAll(async () => {
  await context?.close();
});

/** The library search's hits for a query, as `slug#sentence` (waits for the status to settle). */
async function search(page: Page, query: string): Promise<string[]> {
  await page.fill('#lib-q', query);
  await page.waitForFunction(
    (q) => {
      const s = document.querySelector('[data-library-status]')?.textContent ?? '';
      return s.includes(q) && !s.includes('…');
    },
    query.trim(),
    { timeout: 10_000 },
  );
  return page.$$eval('[data-library-hit]', (els) => els.map((e) => e.getAttribute('data-library-hit')!));
}

/** Which elements carry the arrival highlight, as `lang:id`, once the announcement is made. */
async function arrived(page: Page) {
  await page.waitForFunction(() => document.querySelector('[data-research-status]')?.textContent, null, {
    timeout: 10_000,
  });
  return page.evaluate(() => ({
    marked: [...document.querySelectorAll('.dz-arrived')]
      .map((e) => `${e.closest('[lang]')?.getAttribute('lang')}:${e.id || e.getAttribute('data-sentence')}`)
      .sort(),
    status: document.querySelector('[data-research-status]')!.textContent ?? '',
  }));
}

/** The Chinese and English elements a run of sentences should highlight, from the content. */
function expectedMarks(block: string, from: number, to: number): string[] {
  const b = article.blocks.find((x) => x.id === block)!;
  const zh: string[] = [];
  const en = new Set<string>();
  for (let n = from; n <= to; n++) {
    const i = b.sentences.findIndex((s) => s.id === `${block}.s${n}`);
    zh.push(`zh-Hans:${b.sentences[i]!.id}`);
    let owner = i;
    while (b.sentences[owner]!.enMergedWithPrevious) owner--;
    en.add(`en:${b.sentences[owner]!.id}`);
  }
  return [...zh, ...en].sort();
}

describe('library', () => {
  it('lists each article with its source and date, newest first', async () => {
    const page = await context.newPage();
    await page.goto(`${BASE_URL}/en`);
    const cards = await page.$$eval('[data-library-card]', (els) =>
      els.map((e) => ({
        slug: e.getAttribute('data-library-card')!,
        date: e.querySelector('[data-library-date]')!.getAttribute('data-library-date')!,
        source: e.querySelector('[data-library-source]')!.textContent ?? '',
      })),
    );
    expect(cards.map((c) => c.slug).sort()).toEqual(articles.map((a) => a.slug).sort());
    expect(cards.map((c) => c.date)).toEqual(
      cards
        .map((c) => c.date)
        .sort()
        .reverse(),
    );
    for (const c of cards) expect(c.source).toMatch(/^Source: \S/);
    expect(await page.textContent('[data-library-order]')).toContain('newest first');
    await page.close();
  });

  it('searches every article in Chinese, English and pinyin, and a hit lands on its sentence', async () => {
    const page = await context.newPage();
    await page.goto(`${BASE_URL}/en`);
    const target = `${article.slug}#${withTerm.id}`;
    expect(await search(page, '平急两用')).toContain(target);
    const english = withTerm.en!.split(/\s+/).slice(3, 8).join(' ');
    expect(await search(page, english)).toContain(target);
    expect(await search(page, 'pingjiliangyong')).toContain(target);
    expect(await search(page, 'píngjí liǎngyòng')).toContain(target);
    expect(await search(page, 'zzqqxx')).toEqual([]);

    await search(page, 'pingji');
    await page.click(`[data-library-hit="${target}"]`);
    await page.waitForURL(`**/en/articles/${article.slug}#${withTerm.id}`);
    const a = await arrived(page);
    expect(a.marked).toEqual(
      expectedMarks(withTerm.block, Number(withTerm.id.split('.s')[1]), Number(withTerm.id.split('.s')[1])),
    );
    await page.close();
  });
});

describe('passage ranges', () => {
  const [block, from, to] = ['p11', 2, 4] as const;
  const range = `${block}.s${from}-s${to}`;

  it(`#${range} highlights exactly those sentences; the cite dialog cites and copies them`, async () => {
    const page = await context.newPage();
    await page.goto(`${BASE_URL}/en/articles/${article.slug}#${range}`);
    const a = await arrived(page);
    expect(a.marked).toEqual(expectedMarks(block, from, to));
    expect(a.status).toContain(`${block}.s${from}\u2013s${to}`);

    await page.locator(`[data-actions-for="${block}"]`).click();
    await page.locator('[data-menu-for] [data-action="cite"]').click();
    const dialog = page.locator('[data-cite-dialog]');
    await dialog.waitFor();
    expect(await dialog.locator('[data-cite-locator]').textContent()).toContain(
      `${block}.s${from}\u2013s${to}`,
    );
    expect(await dialog.locator('[data-cite="link"]').textContent()).toMatch(
      new RegExp(`#${range.replace('.', '\\.')}$`),
    );
    expect(await dialog.locator('[data-cite="apa-in"]').textContent()).toContain(
      `sentences ${from}\u2013${to}`,
    );

    const zh = article.blocks
      .find((b) => b.id === block)!
      .sentences.slice(from - 1, to)
      .map((s) => s.zh)
      .join('');
    await dialog.locator('[data-copy-passage="zh"]').click();
    await page.waitForFunction(() =>
      document.querySelector('[data-research-status]')?.textContent?.includes('Copied'),
    );
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(zh);
    await page.close();
  });

  it('a reversed or overlong range falls back to its first sentence and says so', async () => {
    const page = await context.newPage();
    await page.goto(`${BASE_URL}/en/articles/${article.slug}#${block}.s${to}-s${from}`);
    const a = await arrived(page);
    expect(a.marked).toEqual(expectedMarks(block, to, to));
    expect(a.status).toContain(`${block}.s${to}`);
    expect(a.status).not.toContain('\u2013');
    await page.close();
  });
});

describe('glossary across articles', () => {
  it('the article filter keeps the entries (and occurrence rows) of the chosen article', async () => {
    const page = await context.newPage();
    await page.goto(`${BASE_URL}/en/glossary`);
    const select = page.locator('[data-article-filter]');
    await select.waitFor();
    const options = await select
      .locator('option')
      .evaluateAll((els) => els.map((e) => (e as HTMLOptionElement).value));
    expect(options).toEqual(['', ...articles.map((a) => a.slug)]);
    await page.fill('#gl-q', 'pingji');
    await select.selectOption(article.slug);
    const state = await page.evaluate(() => ({
      entries: [...document.querySelectorAll<HTMLElement>('[data-entry]:not([hidden])')].map(
        (e) => e.dataset.articles ?? '',
      ),
      rows: [
        ...document.querySelectorAll<HTMLElement>(
          '[data-entry]:not([hidden]) [data-occ-article]:not([hidden])',
        ),
      ].map((e) => e.dataset.occArticle),
      count: document.getElementById('gl-count')!.textContent,
    }));
    expect(state.entries.length).toBeGreaterThan(0);
    for (const e of state.entries) expect(e.split(' ')).toContain(article.slug);
    expect(new Set(state.rows)).toEqual(new Set([article.slug]));
    expect(state.count).toContain(String(state.entries.length));
    // Each occurrence is a deep link to a sentence.
    const href = await page
      .locator('[data-entry]:not([hidden]) [data-occ-article]:not([hidden]) a[data-occurrence]')
      .first()
      .getAttribute('href');
    expect(href).toMatch(new RegExp(`^/en/articles/${article.slug}#[a-z][a-z0-9]*\\.s\\d+$`));
    await page.close();
  });

  it("a term's popover says 'also in' only when another article has the term", async () => {
    const page = await context.newPage();
    await page.goto(`${BASE_URL}/en/articles/${article.slug}`);
    await page.waitForSelector('html[data-popover="ready"]', { state: 'attached' });
    const term = page.locator('[data-keyterm]').first();
    const id = await term.getAttribute('data-keyterm');
    await term.click();
    await page.locator('.pop .pop-en').waitFor();
    // Which other articles have the term, found the way the build finds it.
    const others = articles
      .filter((a) => a.slug !== article.slug)
      .filter((a) =>
        a.blocks.some((b) => b.sentences.some((x) => findTerms(x.zh, matcher).some((m) => m.termId === id))),
      )
      .map((a) => a.slug);
    const also = await page
      .locator('.pop [data-also] a')
      .evaluateAll((els) => els.map((e) => e.getAttribute('href')!));
    expect(
      also.map((h) => /\/articles\/([^#]+)#/.exec(h)?.[1]),
      String(id),
    ).toEqual(others);
    await page.close();
  });
});
