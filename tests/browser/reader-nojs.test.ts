import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext } from 'playwright-core';
import { BASE_URL, openBrowser } from './browser';

let context: BrowserContext;
beforeAll(async () => {
  context = await openBrowser({
    javaScriptEnabled: false,
    viewport: { width: 390, height: 844 },
    hasTouch: true,
  });
});
afterAll(async () => {
  await context?.close();
});

describe('the reader without JavaScript', () => {
  it('shows the article, pinyin and translation; hides script-only controls', async () => {
    const page = await context.newPage();
    await page.goto(`${BASE_URL}/en/articles/huaiyin-2024`);
    expect(await page.getAttribute('html', 'data-js')).toBeNull();
    expect(await page.locator('h1#t1').isVisible()).toBe(true);
    const rt = page.locator('#p2 rt').first();
    expect(await rt.evaluate((e) => getComputedStyle(e).visibility)).toBe('visible');
    expect((await rt.boundingBox())!.height).toBeGreaterThan(5);
    expect(await page.locator('#p2 > .en').isVisible()).toBe(true);
    expect(await page.locator('#p2 > .zh').isVisible()).toBe(true);
    // interleaved on a phone without any settings applied
    const zh = (await page.locator('#p2 > .zh').boundingBox())!;
    expect((await page.locator('#p2 > .en').boundingBox())!.y).toBeGreaterThanOrEqual(zh.y + zh.height - 1);
    // script-only controls are not shown
    expect(await page.locator('[data-tool="settings"]').isVisible()).toBe(false);
    expect(await page.locator('.rx-reveal').first().isVisible()).toBe(false);
    expect(await page.locator('[data-speech]').count()).toBe(0);
    await page.close();
  });

  it('the contents drawer still opens and its links jump to the sections', async () => {
    const page = await context.newPage();
    await page.goto(`${BASE_URL}/zh/articles/huaiyin-2024`);
    await page.click('[data-tool="toc"]');
    expect(await page.locator('#rx-toc a[href="#h2"]').isVisible()).toBe(true);
    await page.click('#rx-toc a[href="#h2"]');
    await page.waitForURL(/#h2$/);
    await page.keyboard.press('Escape');
    const y = (await page.locator('#h2').boundingBox())!.y;
    expect(y).toBeGreaterThanOrEqual(0);
    expect(y).toBeLessThan(300);
    await page.close();
  });
});
