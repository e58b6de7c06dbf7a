import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext } from 'playwright-core';
import { BASE_URL, openBrowser } from './browser';

const ROUTES = ['', '/articles/huaiyin-2024', '/glossary', '/about', '/words'];
const WIDTHS = [320, 360, 390, 430];

let context: BrowserContext;
beforeAll(async () => {
  context = await openBrowser({ hasTouch: true, isMobile: true });
});
afterAll(async () => {
  await context?.close();
});

describe('phones 320–430px', () => {
  for (const width of WIDTHS)
    it(`no horizontal scrolling on any page at ${width}px`, async () => {
      const page = await context.newPage();
      await page.setViewportSize({ width, height: 800 });
      const wide: string[] = [];
      for (const locale of ['en', 'zh'])
        for (const route of ROUTES) {
          await page.goto(`${BASE_URL}/${locale}${route}`, { waitUntil: 'networkidle' });
          const over = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
          if (over > 0) wide.push(`/${locale}${route}: ${over}px`);
        }
      expect(wide).toEqual([]);
      await page.close();
    });

  it('the reader fits 320px in every view mode and text size', async () => {
    const page = await context.newPage();
    await page.setViewportSize({ width: 320, height: 700 });
    const wide: string[] = [];
    for (const view of ['auto', 'side', 'interleaved', 'zh', 'en'])
      for (const size of ['m', 'xl']) {
        await page.goto(`${BASE_URL}/en`);
        await page.evaluate(
          (v) => localStorage.setItem('duizhao:settings:v1', v),
          JSON.stringify({ view, size }),
        );
        await page.goto(`${BASE_URL}/zh/articles/huaiyin-2024`, { waitUntil: 'networkidle' });
        const over = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        if (over > 0) wide.push(`${view}/${size}: ${over}px`);
      }
    expect(wide).toEqual([]);
    await page.evaluate(() => localStorage.clear());
    await page.close();
  });

  it('body text is at least 16px and the reading tools are at least 44×44px', async () => {
    const page = await context.newPage();
    await page.setViewportSize({ width: 360, height: 740 });
    await page.goto(`${BASE_URL}/en/articles/huaiyin-2024`, { waitUntil: 'networkidle' });
    const small = await page.evaluate(() =>
      Array.from(
        document.querySelectorAll(
          '.reader .row:is(.kind-paragraph, .kind-lead, .kind-caption, .kind-sidebar-paragraph) > :is(.zh, .en)',
        ),
      )
        .map((e) => parseFloat(getComputedStyle(e).fontSize))
        .filter((px) => px < 16),
    );
    expect(small).toEqual([]);
    await page.click('[data-tool="settings"]');
    const tiny = await page.evaluate(() =>
      Array.from(
        document.querySelectorAll(
          '.rx-toolbar button, #rx-settings button, #rx-settings label, #rx-settings .rx-choice span',
        ),
      )
        .filter((e) => (e as HTMLElement).offsetParent !== null || getComputedStyle(e).position === 'fixed')
        .map((e) => {
          const r = e.getBoundingClientRect();
          return {
            name: e.textContent?.trim().slice(0, 20),
            w: Math.round(r.width),
            h: Math.round(r.height),
          };
        })
        .filter((r) => r.w > 0 && (r.w < 44 || r.h < 44)),
    );
    expect(tiny).toEqual([]);
    await page.close();
  });
});
