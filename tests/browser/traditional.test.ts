import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import type { ArticleDictionary } from '../../lib/dictionary/types';
import { BASE_URL, openBrowser } from './browser';
import { ARTICLE, KEY, open } from './reader-helpers';

// The Traditional page (issue 18): /{locale}/articles/{slug}/traditional. One desktop context for
// the page, its search, popover and switches; one touch context for the Pleco link.
const TRAD = `${ARTICLE}/traditional`;
let context: BrowserContext;
let page: Page;
let errors: string[];
let dict: ArticleDictionary;
/** A word outside any term whose Traditional form differs, which CC-CEDICT lists with that form. */
let word: { simp: string; trad: string };

const wordOn = (p: Page, w: string) =>
  p.locator(`article .zh [data-word="${w}"]:not([data-term] [data-word])`).first();
/** Back to the top, where the reader toolbar (hidden while scrolling down) shows. */
async function top(p: Page) {
  await p.evaluate(() => scrollTo(0, 0));
  await p.locator('.rx-toolbar [data-script-link="hans"]').waitFor({ state: 'visible' });
}
const saved = (p: Page) => p.evaluate((k) => JSON.parse(localStorage.getItem(k) ?? '{}').script, KEY);

beforeAll(async () => {
  context = await openBrowser({ permissions: ['clipboard-read', 'clipboard-write'] });
  dict = (await (await fetch(`${BASE_URL}/data/huaiyin-2024/dictionary.json`)).json()) as ArticleDictionary;
  ({ page, errors } = await open(context, TRAD));
  // Shown characters against data-word, read from the page (never a hard-coded word).
  const words = await page.$$eval('article .zh [data-word]', (els) =>
    els
      .filter((e) => !e.closest('[data-term]'))
      .map((e) => {
        const c = e.cloneNode(true) as Element;
        c.querySelectorAll('rt').forEach((r) => r.remove());
        return { simp: e.getAttribute('data-word')!, trad: c.textContent ?? '' };
      }),
  );
  word = words.find(
    (w) =>
      w.simp.length > 1 && w.trad !== w.simp && dict.words[w.simp]?.entries.some((e) => e.trad === w.trad),
  )!;
});
afterAll(async () => {
  await context?.close();
});

describe('the Traditional page', () => {
  it('shows the article in zh-Hant with pinyin, its own title and canonical link, the UI locale on <html>', async () => {
    expect(word).toBeDefined();
    const r = await page.evaluate(() => ({
      htmlLang: document.documentElement.lang,
      hant: document.querySelectorAll('[data-block] > [lang="zh-Hant"]').length,
      hans: document.querySelectorAll('[data-block] > [lang="zh-Hans"]').length,
      rt: document.querySelectorAll('article .zh rt').length,
      title: document.title,
      canonical: document.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? '',
      alternate:
        document.querySelector('link[rel="alternate"][hreflang="zh-Hant"]')?.getAttribute('href') ?? '',
      current: document
        .querySelector('.rx-toolbar [data-script-link][aria-current="page"]')
        ?.getAttribute('data-script-link'),
    }));
    expect(r.htmlLang).toBe('en');
    expect(r.hant).toBeGreaterThan(30);
    expect(r.hans).toBe(0);
    expect(r.rt).toBeGreaterThan(1000);
    expect(r.title).toContain('(Traditional characters)');
    expect(r.canonical).toMatch(/\/en\/articles\/huaiyin-2024\/traditional$/);
    expect(r.alternate).toMatch(/\/zh\/articles\/huaiyin-2024\/traditional$/);
    expect(r.current).toBe('hant');
    // Opening the Traditional page by its address does not change the saved choice.
    expect(await saved(page)).toBeUndefined();
  });

  it('a word popover shows the traditional headword and, on a desktop, copies the (Simplified) word', async () => {
    await wordOn(page, word.simp).click();
    const d = page.locator(`[role="dialog"][data-pop="${word.simp}"]`);
    await d.locator('.pop-entry').first().waitFor();
    const heads = await d.locator('.pop-entry-py [lang="zh-Hant"]').allTextContents();
    expect(heads.map((h) => h.trim())).toContain(word.trad);
    expect(await d.locator('[data-pleco="link"]').count()).toBe(0);
    const copy = d.locator('[data-pleco="copy"]');
    await copy.click();
    await expect.poll(() => copy.textContent()).toBe('Copied ✓');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(word.simp);
    await page.keyboard.press('Escape');
  });

  it('search finds either script: a Simplified query here, a Traditional query on the Simplified page', async () => {
    const find = async (p: Page, q: string) => {
      if (!(await p.locator('#dz-search-input').isVisible())) await p.click('[data-search-open]');
      await p.fill('#dz-search-input', q);
      // (the character map comes with the search data, fetched when the search first opens)
      await p.waitForFunction(() => (CSS.highlights.get('dz-hit')?.size ?? 0) > 0, null, { timeout: 5_000 });
      return p.evaluate(() =>
        [...(CSS.highlights.get('dz-hit') ?? [])].map((r) => {
          const f = (r as Range).cloneContents();
          f.querySelectorAll('rt').forEach((n) => n.remove());
          return f.textContent ?? '';
        }),
      );
    };
    expect(await find(page, word.simp)).toContain(word.trad);
    await page.keyboard.press('Escape');
    const simp = await context.newPage();
    await simp.goto(`${BASE_URL}${ARTICLE}`);
    await simp.waitForSelector('.rx-toolbar[data-ready]', { state: 'attached' });
    expect(await find(simp, word.trad)).toContain(word.simp);
    await simp.close();
  });

  it('the cite dialog says citations quote the Simplified source, and quotes it', async () => {
    // A block of two or more sentences whose Traditional text differs from its source: the
    // dialog's sentence choices quote the source (each word's data-word, other text as shown).
    const block = await page.evaluate(() => {
      const source = (el: Element): string =>
        [...el.childNodes]
          .map((n) =>
            n instanceof Element
              ? n.tagName === 'RT'
                ? ''
                : (n.getAttribute('data-word') ?? source(n))
              : (n.textContent ?? ''),
          )
          .join('');
      for (const b of document.querySelectorAll('[data-block]')) {
        const ss = [...b.querySelectorAll(':scope > .zh [data-sentence]')];
        const texts = ss.map((s) => source(s).trim());
        if (ss.length > 1 && ss.some((s, i) => (s.textContent ?? '').slice(0, 14) !== texts[i]!.slice(0, 14)))
          return { id: b.id, texts };
      }
      return null;
    });
    expect(block).not.toBeNull();
    const button = page.locator(`[data-actions-for="${block!.id}"]`);
    await button.scrollIntoViewIfNeeded();
    await button.click();
    await page.locator('[role="menu"] [data-action="cite"]').click();
    const dialog = page.locator('dialog[data-cite-dialog][open]');
    await dialog.locator('[data-cite-script-note]').waitFor();
    const options = (await dialog.locator('[data-cite-scope] option').allTextContents()).slice(1);
    expect(options.length).toBe(block!.texts.length);
    options.forEach((o, i) => expect(o).toContain(block!.texts[i]!.replace(/\s+/g, ' ').slice(0, 14)));
    // The link cited is the Simplified page's.
    expect(await dialog.locator('[data-cite="link"]').textContent()).toMatch(
      new RegExp(`/en/articles/huaiyin-2024#${block!.id}$`),
    );
    await page.keyboard.press('Escape');
    expect(errors).toEqual([]);
  });

  it('the 简/繁 switch goes there and back, is remembered, and the locale switcher keeps it', async () => {
    const p = await context.newPage();
    await p.goto(`${BASE_URL}${TRAD}#p7`);
    await p.waitForSelector('.rx-toolbar[data-ready]', { state: 'attached' });
    await top(p);
    await p.click('.rx-toolbar [data-script-link="hans"]');
    await p.waitForURL(`**${ARTICLE}#p7`);
    expect(await p.locator('[data-block] > [lang="zh-Hans"]').count()).toBeGreaterThan(30);
    expect(await saved(p)).toBe('hans');
    await p.waitForSelector('.rx-toolbar[data-ready]', { state: 'attached' });
    await top(p);
    // The settings panel offers the same choice.
    await p.click('[data-tool="settings"]');
    const choice = p.locator('#rx-settings [data-setting="script"]');
    expect(await choice.locator('[aria-current="page"]').getAttribute('data-script-link')).toBe('hans');
    await choice.locator('[data-script-link="hant"]').click();
    await p.waitForURL(`**${TRAD}#p7`);
    expect(await saved(p)).toBe('hant');
    // Next visit of a Simplified page: the Traditional one, with the passage; ?script=hans opts out.
    // (the page is replaced while it loads: goto may report the first navigation as aborted)
    await p.goto(`${BASE_URL}${ARTICLE}#p9`).catch(() => null);
    await p.waitForURL(`**${TRAD}#p9`);
    await p.goto(`${BASE_URL}${ARTICLE}?script=hans`);
    await p.waitForSelector('.rx-toolbar[data-ready]', { state: 'attached' });
    expect(new URL(p.url()).pathname).toBe(ARTICLE);
    // The locale switcher keeps the script.
    await p.goto(`${BASE_URL}${TRAD}`);
    await p.waitForSelector('.rx-toolbar[data-ready]', { state: 'attached' });
    await p.click('[data-locale-link="zh"]');
    await p.waitForURL('**/zh/articles/huaiyin-2024/traditional');
    expect(await p.evaluate(() => document.documentElement.lang)).toBe('zh-Hans');
    expect(await p.locator('[data-block] > [lang="zh-Hant"]').count()).toBeGreaterThan(30);
    expect(await p.locator('.rx-toolbar [data-script-link="hant"]').getAttribute('aria-current')).toBe(
      'page',
    );
    await p.close();
  });
});

describe('on a touch device', () => {
  it('the word popover on the Traditional page opens the word in Pleco', async () => {
    const phone = await openBrowser({
      viewport: { width: 390, height: 844 },
      isMobile: true,
      hasTouch: true,
    });
    const { page: p } = await open(phone, TRAD);
    await p.waitForSelector('html[data-popover="ready"]');
    const w = wordOn(p, word.simp);
    await w.scrollIntoViewIfNeeded();
    await w.tap();
    const link = p.locator(`[role="dialog"][data-pop="${word.simp}"] [data-pleco="link"]`);
    await link.waitFor();
    expect(await link.getAttribute('href')).toBe(
      `plecoapi://x-callback-url/s?q=${encodeURIComponent(word.simp)}`,
    );
    await phone.close();
  });
});
