import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import en from '../../messages/en.json';
import { BASE_URL, openBrowser } from './browser';

// Offline reading (issue 18): the service worker, with Chromium's offline mode. One context, in
// order: open an article online, go offline, reload and use it; the library says what is offline;
// "Save for offline" caches an article that is not cached yet, in every locale; a waiting worker
// brings up the update prompt.

const SLUG = 'huaiyin-2024';
const dialog = '[role="dialog"]';
let context: BrowserContext;
let page: Page;
const errors: string[] = [];

beforeAll(async () => {
  context = await openBrowser();
  page = await context.newPage();
  page.on('pageerror', (e) => errors.push(String(e)));
});
afterAll(async () => {
  await context?.close();
});

/** After load, the page's offline client has registered the worker and done its work. */
async function offlineReady() {
  await page.waitForSelector('html[data-offline-ready]', { state: 'attached', timeout: 30_000 });
}

async function expectReader(locale: 'en' | 'zh') {
  expect(await page.getAttribute('html', 'lang')).toBe(locale === 'zh' ? 'zh-Hans' : 'en');
  expect(await page.locator('article .zh ruby rt').count()).toBeGreaterThan(500);
  await page.waitForSelector('html[data-popover="ready"]');
}

describe('offline reading', () => {
  it('an opened article reloads offline: pinyin, word and term popovers, search', async () => {
    await page.goto(`${BASE_URL}/en/articles/${SLUG}`);
    await offlineReady();
    expect(await page.evaluate(() => !!navigator.serviceWorker.controller)).toBe(true);
    expect(await page.getAttribute('[data-offline-section]', 'data-state')).toBe('opened');
    // The first install is not an update: no prompt.
    expect(await page.locator('[data-sw-update-body]').isHidden()).toBe(true);

    await context.setOffline(true);
    await page.reload();
    await expectReader('en');

    const word = page.locator('article .zh [data-word]:not([data-term] [data-word])').nth(3);
    const w = await word.getAttribute('data-word');
    await word.click();
    await page.locator(`${dialog}[data-pop="${w}"] .pop-entry`).first().waitFor();
    await page.keyboard.press('Escape');
    await page.locator(dialog).waitFor({ state: 'detached' });

    const term = page.locator('article .zh [data-term]').first();
    const id = await term.getAttribute('data-term');
    await term.click();
    await page.locator(`${dialog}[data-pop="${id}"] .pop-en`).waitFor();
    await page.keyboard.press('Escape');

    await page.click('[data-search-open]');
    await page.fill('#dz-search-input', '槐荫区');
    await page.waitForFunction(() => (CSS.highlights.get('dz-hit')?.size ?? 0) > 5);
    await page.fill('#dz-search-input', 'pingji');
    await page.waitForSelector('[data-term-hit]'); // the glossary part of search: /search-data/…
    expect(errors).toEqual([]);
  });

  it('the library marks it available offline, in the locale it was opened in', async () => {
    await page.goto(`${BASE_URL}/en`);
    await offlineReady();
    const mark = page.locator(`[data-offline-mark="${SLUG}"]`);
    expect(await mark.isVisible()).toBe(true);
    expect(await mark.textContent()).toBe(en.Offline.available);
    await page.goto(`${BASE_URL}/zh`);
    await offlineReady();
    expect(await page.locator(`[data-offline-mark="${SLUG}"]`).isHidden()).toBe(true);
  });

  it('"Save for offline" caches an article not cached yet, in every locale', async () => {
    await context.setOffline(false);
    await page.goto(`${BASE_URL}/en/articles/${SLUG}`);
    await offlineReady();
    // Forget the article, as if never opened.
    await page.evaluate(async (slug) => {
      for (const name of await caches.keys()) {
        const cache = await caches.open(name);
        for (const req of await cache.keys()) if (req.url.includes(slug)) await cache.delete(req);
      }
    }, SLUG);
    await page.click('[data-tool="settings"]');
    await page.click('[data-offline-save]');
    await page.waitForSelector('[data-offline-section][data-state="saved"]');
    expect(await page.textContent('[data-offline-status]')).toBe(en.Offline.saved);

    await context.setOffline(true);
    await page.goto(`${BASE_URL}/zh/articles/${SLUG}`);
    await expectReader('zh');
    const term = page.locator('article .zh [data-term]').first();
    await term.click();
    await page.locator(`${dialog}[data-pop="${await term.getAttribute('data-term')}"] .pop-en`).waitFor();
    await page.goto(`${BASE_URL}/zh`);
    await offlineReady();
    expect(await page.locator(`[data-offline-mark="${SLUG}"]`).isVisible()).toBe(true);
    expect(errors).toEqual([]);
  });

  it('a new worker waiting shows the quiet "Updated — reload" bar; Reload hands over to it', async () => {
    await context.setOffline(false);
    await page.goto(`${BASE_URL}/en/articles/${SLUG}`);
    await offlineReady();
    const bar = page.locator('[data-sw-update-body]');
    expect(await bar.isHidden()).toBe(true);
    // A second script for the same scope stands in for the next deployment's worker.
    await page.evaluate(() => navigator.serviceWorker.register('/sw.js?next'));
    await bar.waitFor({ state: 'visible' });
    expect(await bar.textContent()).toContain(en.Offline.updated);
    expect(await page.evaluate(() => !!document.activeElement?.closest('.sw-update'))).toBe(false);
    await Promise.all([
      page.waitForEvent('load'),
      bar.getByRole('button', { name: en.Offline.reload }).click(),
    ]);
    expect(await page.evaluate(() => navigator.serviceWorker.controller?.scriptURL)).toMatch(
      /\/sw\.js\?next$/,
    );
    // Not checked here: that the bar stays hidden after the handover. The reloaded page registers
    // /sw.js again, which to the browser is a new script next to the stand-in /sw.js?next, so a
    // further install may legitimately prompt again (in production the URL never changes). CI saw
    // exactly that race; the prompt's states are unit-tested in components/offline/update-state.test.ts.
    await offlineReady();
    expect(errors).toEqual([]);
  });
});
