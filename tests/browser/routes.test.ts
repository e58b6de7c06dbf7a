import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext } from 'playwright-core';
import en from '../../messages/en.json';
import zh from '../../messages/zh.json';
import { BASE_URL, openBrowser } from './browser';

const ROUTES = ['', '/articles/huaiyin-2024', '/glossary', '/about'];
const LANG = { en: 'en', zh: 'zh-Hans' } as const;

let context: BrowserContext;
beforeAll(async () => {
  context = await openBrowser();
});
afterAll(async () => {
  await context?.close();
});

describe('routes', () => {
  for (const locale of ['en', 'zh'] as const)
    for (const route of ROUTES)
      it(`/${locale}${route} answers 200 with <html lang="${LANG[locale]}">`, async () => {
        const page = await context.newPage();
        const res = await page.goto(`${BASE_URL}/${locale}${route}`);
        expect(res?.status()).toBe(200);
        expect(await page.getAttribute('html', 'lang')).toBe(LANG[locale]);
        await expect(page.locator('h1').first().textContent()).resolves.toBeTruthy();
        await page.close();
      });

  it('redirects / by Accept-Language, and by the saved choice over it', async () => {
    const zh = await fetch(`${BASE_URL}/`, {
      redirect: 'manual',
      headers: { 'accept-language': 'zh-CN,zh;q=0.9' },
    });
    expect([307, 308]).toContain(zh.status);
    expect(new URL(zh.headers.get('location')!, BASE_URL).pathname).toBe('/zh');
    const en = await fetch(`${BASE_URL}/`, {
      redirect: 'manual',
      headers: { 'accept-language': 'de-DE,en;q=0.5' },
    });
    expect(new URL(en.headers.get('location')!, BASE_URL).pathname).toBe('/en');
    const saved = await fetch(`${BASE_URL}/`, {
      redirect: 'manual',
      headers: { 'accept-language': 'zh-CN', cookie: 'NEXT_LOCALE=en' },
    });
    expect(new URL(saved.headers.get('location')!, BASE_URL).pathname).toBe('/en');
  });

  for (const path of ['/xx', '/en/nope', '/en/articles/nope', '/zh/articles/nope'])
    it(`${path} answers a localised 404`, async () => {
      const page = await context.newPage();
      const res = await page.goto(`${BASE_URL}${path}`);
      expect(res?.status()).toBe(404);
      const lang = await page.getAttribute('html', 'lang');
      const h1 = await page.locator('h1').first().textContent();
      expect(h1).toBe(lang === 'zh-Hans' ? '页面不存在' : 'Page not found');
      await page.close();
    });

  // Without JavaScript too: Next's notFound() document carries its text only in the script payload.
  for (const [path, locale] of [
    ['/en/nope', 'en'],
    ['/zh/articles/nope', 'zh'],
    ['/en/articles', 'en'],
    ['/xx/nope', 'en'],
    // File names at the root match no route: Next's own answer is its error document.
    ['/favicon.ico', 'en'],
    ['/nope.txt', 'en'],
  ] as const)
    it(`${path}: the 404 page's text is in the HTML itself`, async () => {
      const res = await fetch(`${BASE_URL}${path}`);
      expect(res.status).toBe(404);
      // A 404 must not be kept by caches: the address may exist after the next deploy.
      expect(res.headers.get('cache-control')).not.toMatch(/s-maxage|max-age=[1-9]/);
      const html = await res.text();
      expect(html).toContain(`<html lang="${LANG[locale]}"`);
      const title = { en, zh }[locale].NotFound.title;
      expect(html).toMatch(new RegExp(`<h1[^>]*>${title}</h1>`));
    });

  it('the files at the root are still served', async () => {
    for (const [path, type] of [
      ['/robots.txt', 'text/plain'],
      ['/sitemap.xml', 'application/xml'],
      ['/icon.svg', 'image/svg+xml'],
      ['/settings-init.js', 'javascript'],
      // Offline reading: the worker, the manifest and its icons.
      ['/sw.js', 'javascript'],
      ['/manifest.webmanifest', 'application/manifest+json'],
      ['/icon-192.png', 'image/png'],
      ['/icon-512.png', 'image/png'],
    ]) {
      const res = await fetch(`${BASE_URL}${path}`);
      expect(res.status, path).toBe(200);
      expect(res.headers.get('content-type'), path).toContain(type);
    }
  });

  it('an address spelled with percent-escapes reaches its page, not the 404', async () => {
    for (const path of ['/en/%61bout', '/zh/articles/huaiyin%2D2024']) {
      const res = await fetch(`${BASE_URL}${path}`);
      expect(res.status, path).toBe(200);
    }
  });

  it('the locale switcher keeps the page and the paragraph', async () => {
    const page = await context.newPage();
    await page.goto(`${BASE_URL}/en/articles/huaiyin-2024#p7`);
    await page.locator('[data-locale-link="zh"]').first().click();
    await page.waitForURL(/\/zh\/articles\/huaiyin-2024#p7$/);
    expect(await page.getAttribute('html', 'lang')).toBe('zh-Hans');
    await page.goto(`${BASE_URL}/zh/glossary`);
    await page.locator('[data-locale-link="en"]').first().click();
    await page.waitForURL(/\/en\/glossary$/);
    const cookies = await context.cookies(BASE_URL);
    expect(cookies.find((c) => c.name === 'NEXT_LOCALE')?.value).toBe('en');
    await page.close();
  });
});
