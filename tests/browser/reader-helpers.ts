import type { BrowserContext, Page } from 'playwright-core';
import { BASE_URL } from './browser';

export const ARTICLE = '/en/articles/huaiyin-2024';
export const KEY = 'duizhao:settings:v1';

export async function open(
  context: BrowserContext,
  path = ARTICLE,
): Promise<{ page: Page; errors: string[] }> {
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(`${BASE_URL}${path}`, { waitUntil: 'networkidle' });
  if (path.includes('/articles/'))
    await page.waitForSelector('.rx-toolbar[data-ready]', { state: 'attached' });
  return { page, errors };
}

export const html = (page: Page, name: string) => page.getAttribute('html', `data-${name}`);

/** Opens the settings panel and picks a radio option or flips a toggle. */
export async function setSetting(page: Page, name: string, value?: string) {
  if (!(await page.locator('#rx-settings').evaluate((e) => e.matches(':popover-open'))))
    await page.click('[data-tool="settings"]');
  if (value) await page.locator(`#rx-settings [data-setting="${name}"] input[value="${value}"]`).check();
  else await page.locator(`#rx-settings [data-setting="${name}"] input`).click();
}

export const box = (page: Page, sel: string) =>
  page
    .locator(sel)
    .first()
    .evaluate((e) => {
      const r = e.getBoundingClientRect();
      return { left: r.left, right: r.right, top: r.top, bottom: r.bottom, width: r.width, height: r.height };
    });

/**
 * Scrolls a block into view and waits until its Chinese is rendered: off-screen Chinese skips
 * rendering (content-visibility: auto), so until then it has a placeholder size and no ruby boxes.
 */
export async function showBlock(page: Page, id: string) {
  await page.locator(`[id="${id}"]`).scrollIntoViewIfNeeded();
  await page.waitForFunction(
    (blockId) =>
      document
        .getElementById(blockId)
        ?.querySelector('ruby')
        ?.checkVisibility({ contentVisibilityAuto: true }) ?? false,
    id,
  );
}
