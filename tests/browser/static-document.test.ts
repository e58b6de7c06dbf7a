import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import en from '../../messages/en.json';
import { loadContent } from '../../lib/content/load';
import { BASE_URL, openBrowser } from './browser';
import { ARTICLE, LOCALES } from './site-routes';
import { inlinePayload, staticRegionCounts } from './static-helpers';

// The reader as a static document (issue 15): the article body and key-terms strip reach the
// browser once, as HTML, and React neither receives them in its payload nor hydrates them; a tap
// that comes before the popover script is ready is held and answered, never lost.

const articles = loadContent().articles;
// Both scripts' pages of every article: the Traditional page is the same static document converted.
const readerPaths = LOCALES.flatMap((l) =>
  articles.flatMap((a) => [`/${l}/articles/${a.slug}`, `/${l}/articles/${a.slug}/traditional`]),
);
/** Han characters of an article's sentences: each has its pinyin <rt> in the static body. */
const hanChars = (p: string) =>
  articles
    .find((a) => p.includes(`/articles/${a.slug}`))!
    .blocks.flatMap((b) => b.sentences)
    .reduce((n, s) => n + (s.zh.match(/\p{Script=Han}/gu)?.length ?? 0), 0);

let context: BrowserContext;
beforeAll(async () => {
  // No service worker: page.route (holdScripts) does not see the requests a worker answers from its cache.
  context = await openBrowser({ serviceWorkers: 'block' });
});
afterAll(async () => {
  await context?.close();
});

describe('the article reaches the browser once', () => {
  it.each(readerPaths)(
    '%s: neither the markup nor the text of the article is in the inline payload',
    async (p) => {
      const html = await (await fetch(`${BASE_URL}${p}`)).text();
      const payload = inlinePayload(html);
      expect(payload.length).toBeGreaterThan(1000); // the page does carry a payload: the check is not vacuous
      // Neither the React element shape nor the markup of ruby, words or terms.
      expect(payload).not.toMatch(/\\?"rt\\?"|\\?"ruby\\?"|<rt|<ruby|data-word|data-keyterm/);
      // Nor a sentence of the text, in either language (the body reaches the browser once, as HTML).
      const article = articles.find((a) => p.includes(`/articles/${a.slug}`))!;
      for (const s of article.blocks.filter((b) => b.kind === 'paragraph').flatMap((b) => b.sentences)) {
        if (s.zh.length > 12) expect(payload.includes(s.zh), s.id).toBe(false);
        if ((s.en ?? '').length > 40 && !/[&<>"'\\]/.test(s.en!))
          expect(payload.includes(s.en!), s.id).toBe(false);
      }
      // What is left is the page's chrome (toolbar, settings, labels, metadata): the same for every
      // article, about 40 KB. On the reference article (the one the aim was set on) that is at most
      // 20 percent of the HTML; a shorter text has the same chrome over less text, so it gets a bound.
      if (p.endsWith(ARTICLE)) expect(payload.length / html.length).toBeLessThanOrEqual(0.2);
      expect(payload.length).toBeLessThan(50_000);
    },
  );

  it.each(readerPaths)('%s: each sentence of the body occurs once in the HTML', async (p) => {
    const html = await (await fetch(`${BASE_URL}${p}`)).text();
    const slug = /\/articles\/([^/]+)/.exec(p)![1]!;
    const article = articles.find((a) => a.slug === slug)!;
    // Long English sentences: they occur in the body and nowhere else on the page.
    const sentences = article.blocks
      .filter((b) => b.kind === 'paragraph')
      .flatMap((b) => b.sentences.map((s) => s.en ?? ''))
      .filter((en) => en.length > 80 && !/[&<>"']/.test(en))
      .slice(0, 10);
    expect(sentences.length).toBeGreaterThan(3);
    for (const en of sentences) expect(html.split(en).length - 1, en).toBe(1);
    // and the body's markup is in the HTML itself (readable without JavaScript)
    expect(html).toMatch(/<ruby data-word="[^"]+">[^<]<rt aria-hidden="true" class="t[1-5]"/);
  });
});

describe('a text without a headline', () => {
  // Its metadata title heads the page, with a line that says whose it is: the editors' own, or the
  // publisher's headline as recorded with the source (meta.titleFrom).
  const untitled = articles.filter((a) => !a.blocks.some((b) => b.kind === 'headline'));
  it('exists in the library (the check below is not vacuous)', () => {
    expect(untitled.length).toBeGreaterThan(0);
    expect(untitled.some((a) => a.meta.titleFrom === 'source')).toBe(true);
  });
  it.each(untitled.map((a) => a.slug))(
    '%s: the line under the title says where the title comes from',
    async (slug) => {
      const article = articles.find((a) => a.slug === slug)!;
      const html = await (await fetch(`${BASE_URL}/en/articles/${slug}`)).text();
      const [said, notSaid] =
        article.meta.titleFrom === 'source'
          ? [en.Reader.sourceTitle, en.Reader.suppliedTitle]
          : [en.Reader.suppliedTitle, en.Reader.sourceTitle];
      const esc = (t: string) => t.replace(/'/g, '&#x27;').replace(/"/g, '&quot;');
      expect(html).toContain(esc(said));
      expect(html).not.toContain(esc(notSaid));
    },
  );
});

describe('nothing hydrates the body', () => {
  it.each(readerPaths)(
    '%s: React owns no element of the static regions, and few elements overall',
    async (p) => {
      const page = await context.newPage();
      await page.goto(`${BASE_URL}${p}`);
      await page.waitForSelector('html[data-popover="ready"]', { state: 'attached' });
      const counts = await staticRegionCounts(page, 'rt');
      expect(counts.regions).toBe(2); // key terms and body
      // The whole article is in them: a pinyin <rt> for every Han character of its text.
      expect(counts.inside).toBeGreaterThanOrEqual(hanChars(p));
      expect(counts.regionRoots).toBe(2); // the placeholders themselves are React's, their content is not
      expect(counts.ownedInRegions).toBe(0);
      // The page's React tree is the chrome only: header, toolbar, settings, popover host, footer.
      expect(counts.owned).toBeLessThan(400);
      await page.close();
    },
  );
});

// Next's runtime is requested only after the reader has loaded and painted its text
// (scripts/lib/defer-runtime.mjs): on a slow link those 155 KB no longer compete with the article.
describe("the runtime comes after the text's first paint", () => {
  const pages = [ARTICLE, ARTICLE.replace('/en/', '/zh/') + '/traditional'];

  it.each(pages)('%s: the HTML starts no runtime script; one loader lists them', async (p) => {
    const html = await (await fetch(`${BASE_URL}${p}`)).text();
    expect(html).not.toMatch(/<script src="\/_next\/static\/[^"]+\.js" async=""/);
    expect(html).not.toMatch(/<link rel="preload" as="script"/);
    const loaders = html.match(/<script data-runtime-after-paint="">[\s\S]*?<\/script>/g) ?? [];
    expect(loaders).toHaveLength(1);
    expect(loaders[0]).toMatch(/"\/_next\/static\/chunks\/[^"]+\.js"/);
  });

  it.each(pages)('%s: the runtime is requested after load and after the largest paint', async (p) => {
    const page = await context.newPage();
    await page.goto(`${BASE_URL}${p}`);
    await page.waitForSelector('html[data-popover="ready"]', { state: 'attached' });
    const t = await page.evaluate(async () => {
      const lcp = await new Promise<PerformanceEntry[]>((resolve) =>
        new PerformanceObserver((l) => resolve(l.getEntries())).observe({
          type: 'largest-contentful-paint',
          buffered: true,
        }),
      );
      const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
      const runtime = performance
        .getEntriesByType('resource')
        .filter((e) => /\/_next\/static\/chunks\/.+\.js$/.test(e.name))
        .map((e) => e.startTime);
      return { load: nav.loadEventStart, lcp: lcp.map((e) => e.startTime), runtime };
    });
    expect(t.runtime.length).toBeGreaterThan(3);
    expect(t.lcp.length).toBeGreaterThan(0);
    const first = Math.min(...t.runtime);
    expect(first).toBeGreaterThanOrEqual(t.load);
    // The largest paint Lighthouse scores is over before the runtime is even asked for.
    expect(first).toBeGreaterThan(Math.max(...t.lcp));
    await page.close();
  });
});

/** Holds every script chunk of the page until the returned function is called: readable, nothing live. */
async function holdScripts(page: Page): Promise<() => void> {
  let release!: () => void;
  const gate = new Promise<void>((r) => (release = r));
  await page.route('**/_next/static/chunks/**/*.js', async (route) => {
    await gate;
    await route.continue();
  });
  return release;
}

describe('the first tap works', () => {
  it('a term tapped while the scripts are still loading opens its popover once they arrive', async () => {
    const page = await context.newPage();
    const release = await holdScripts(page);
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.goto(`${BASE_URL}/en/articles/huaiyin-2024`, { waitUntil: 'domcontentloaded' });
    expect(await page.getAttribute('html', 'data-popover')).toBeNull();
    const term = page.locator('article [data-term]').first();
    const id = await term.getAttribute('data-term');
    await term.click();
    // Not thrown to the no-JavaScript fallback (the glossary page).
    expect(new URL(page.url()).pathname).toBe('/en/articles/huaiyin-2024');
    release();
    await page.waitForSelector(`[role="dialog"][data-pop="${id}"]`, { timeout: 20_000 });
    expect(new URL(page.url()).pathname).toBe('/en/articles/huaiyin-2024');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('a script-driven button pressed before the scripts are ready does its work once they are', async () => {
    const page = await context.newPage();
    const release = await holdScripts(page);
    await page.goto(`${BASE_URL}/en/articles/huaiyin-2024`, { waitUntil: 'domcontentloaded' });
    await page.click('[data-search-open]');
    // The contents button opens a native popover, scripts or not: it is not held.
    await page.click('[data-tool="toc"]');
    expect(await page.locator('#rx-toc').evaluate((e) => e.matches(':popover-open'))).toBe(true);
    await page.keyboard.press('Escape');
    release();
    await page.waitForSelector('#dz-search-input', { state: 'visible', timeout: 20_000 });
    await page.close();
  });

  it('a word tapped before the scripts are ready opens the word popover once they are', async () => {
    const page = await context.newPage();
    const release = await holdScripts(page);
    await page.goto(`${BASE_URL}/en/articles/huaiyin-2024`, { waitUntil: 'domcontentloaded' });
    const word = page.locator('article .zh ruby[data-word]:not([data-term] *)').nth(5);
    const w = await word.getAttribute('data-word');
    await word.click();
    release();
    await page.waitForSelector(`[role="dialog"][data-kind="word"][data-pop="${w}"]`, { timeout: 20_000 });
    await page.close();
  });
});
