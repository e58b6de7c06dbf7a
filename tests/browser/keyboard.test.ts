import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BASE_URL, openBrowser } from './browser';
import { ARTICLE, matrixRoutes, moreReaderRoutes, pageRoutes } from './site-routes';

// Keyboard only: the skip link, every tab stop with a visible focus indicator that is not hidden
// behind sticky bars, no focus trap (Tab gets through the whole page and out), and the reader's
// keyboard features — settings, a glossary term, a word, the cite menu — opened and closed with
// focus going back where it came from.

let context: BrowserContext;
beforeAll(async () => {
  context = await openBrowser();
});
afterAll(async () => {
  await context?.close();
});

interface Focused {
  tag: string;
  desc: string;
  key: string;
  problem: string | null;
}

/** Describes document.activeElement and what is wrong with how its focus shows (null: fine). */
async function focused(page: Page): Promise<Focused> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body || el === document.documentElement)
      return { tag: 'body', desc: 'body', key: 'body', problem: null };
    const desc =
      el.tagName.toLowerCase() +
      (el.id ? `#${el.id}` : '') +
      [...el.attributes]
        .filter((a) => a.name.startsWith('data-') || a.name === 'aria-label' || a.name === 'href')
        .map((a) => `[${a.name}="${a.value.slice(0, 40)}"]`)
        .join('') +
      ` "${(el.textContent ?? '').trim().slice(0, 30)}"`;
    // A stable identity for "have we been here before": the element itself, tagged once.
    const w = window as unknown as { __kbSeq?: number };
    if (!el.dataset.kbKey) el.dataset.kbKey = String((w.__kbSeq = (w.__kbSeq ?? 0) + 1));
    const key = el.dataset.kbKey;

    const visibleIndicator = (e: Element) => {
      const cs = getComputedStyle(e);
      const outline =
        cs.outlineStyle !== 'none' &&
        parseFloat(cs.outlineWidth) > 0 &&
        !/rgba\(.*,\s*0\)$/.test(cs.outlineColor);
      const shadow = cs.boxShadow !== 'none' && cs.boxShadow !== '';
      return outline || shadow;
    };
    const rect = el.getBoundingClientRect();
    let problem: string | null = null;
    if (rect.width < 1 || rect.height < 1) problem = 'focused element has no size (invisible)';
    else if (!visibleIndicator(el)) problem = 'no visible focus indicator (outline/box-shadow)';
    else {
      // WCAG 2.4.11: not entirely hidden by sticky/fixed content. Sample points inside the element.
      const xs = [rect.left + 2, rect.left + rect.width / 2, rect.right - 2];
      const ys = [rect.top + 2, rect.top + rect.height / 2, rect.bottom - 2];
      const inView = rect.bottom > 0 && rect.top < innerHeight && rect.right > 0 && rect.left < innerWidth;
      let seen = false;
      for (const x of xs)
        for (const y of ys) {
          if (x < 0 || y < 0 || x >= innerWidth || y >= innerHeight) continue;
          const hit = document.elementFromPoint(x, y);
          if (hit && (hit === el || el.contains(hit) || hit.contains(el))) seen = true;
        }
      if (!inView) problem = 'focused element is outside the viewport';
      else if (!seen) problem = 'focused element is entirely covered by other content';
    }
    return { tag: el.tagName.toLowerCase(), desc, key, problem };
  });
}

/** Presses Tab (or Shift+Tab) until `match` holds for the focused element; checks every stop. */
async function tabTo(page: Page, match: string, max = 600, back = false): Promise<Focused> {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
    const f = await focused(page);
    expect(f.problem, `${f.desc}: ${f.problem}`).toBeNull();
    if (await page.evaluate((sel) => document.activeElement?.matches(sel) ?? false, match)) return f;
  }
  throw new Error(`Tab never reached ${match}`);
}

async function openPage(path: string, width = 1280): Promise<Page> {
  const page = await context.newPage();
  await page.setViewportSize({ width, height: 900 });
  const res = await page.goto(`${BASE_URL}${path}`, { waitUntil: 'load' });
  expect(res?.status()).toBe(200);
  // Hydrated: client leaves attach their listeners in effects; wait until the reader's words are
  // reachable by keyboard (or, on other pages, for the network to go quiet). A reader page requests its
  // runtime only after it has painted, and hydrating can outlast the network's quiet on a busy machine.
  await page.waitForLoadState('networkidle');
  if (path.includes('/articles/'))
    await page.waitForSelector('html[data-popover="ready"]', { state: 'attached' });
  return page;
}

describe('keyboard: the skip link', () => {
  for (const route of pageRoutes())
    it(`/en${route}: the first Tab shows the skip link; Enter moves focus to the main content`, async () => {
      const page = await openPage(`/en${route}`);
      await page.keyboard.press('Tab');
      const f = await focused(page);
      expect(f.problem, f.desc).toBeNull();
      expect(await page.evaluate(() => document.activeElement?.getAttribute('href'))).toBe('#main');
      await page.keyboard.press('Enter');
      await page.waitForFunction(() => document.activeElement?.id === 'main');
      // The next Tab continues after the skip target (in the main content, or past it when it has
      // no controls), not back in the header.
      await page.keyboard.press('Tab');
      expect(
        await page.evaluate(() => {
          const a = document.activeElement;
          const main = document.getElementById('main')!;
          return (
            !!a &&
            a !== document.body &&
            (main.contains(a) || !!(main.compareDocumentPosition(a) & Node.DOCUMENT_POSITION_FOLLOWING))
          );
        }),
      ).toBe(true);
      await page.close();
    });
});

describe('keyboard: Tab walks every page with visible focus and no trap', () => {
  // The glossary page has about a thousand tab stops of one repeated template: it is walked once per
  // locale and once per width (en at 1280, zh at 390) rather than in all four pairs.
  const walks = [
    ...['en', 'zh'].flatMap((locale) =>
      matrixRoutes().flatMap((route) =>
        [1280, 390]
          .filter((width) => route !== '/glossary' || (locale === 'en') === (width === 1280))
          .map((width) => ({ locale, route, width })),
      ),
    ),
    // Every other reader page once (site-routes.ts says why), at the width it is given.
    ...moreReaderRoutes().map(({ route, locale, phone }) => ({ locale, route, width: phone ? 390 : 1280 })),
  ];
  for (const { locale, route, width } of walks)
    it(`/${locale}${route} at ${width}px`, async () => {
      const page = await openPage(`/${locale}${route}`, width);
      const stops = await page.evaluate(
        () =>
          document.querySelectorAll(
            'a[href], button, input, select, textarea, summary, [tabindex]:not([tabindex="-1"])',
          ).length,
      );
      const seen: string[] = [];
      let left = false;
      for (let i = 0; i < stops + 20; i++) {
        await page.keyboard.press('Tab');
        const f = await focused(page);
        expect(f.problem, `stop ${i}: ${f.desc}: ${f.problem}`).toBeNull();
        if (f.tag === 'body' || seen.includes(f.key)) {
          left = true; // wrapped around or out to the browser: not trapped
          break;
        }
        seen.push(f.key);
      }
      expect(left, `Tab never left the page after ${seen.length} stops (focus trap?)`).toBe(true);
      expect(seen.length).toBeGreaterThan(3);
      await page.close();
    });
});

describe('keyboard: reader features', () => {
  it('settings: open with Enter, change the view with arrow keys, Escape closes and focus returns', async () => {
    const page = await openPage(`/en${ARTICLE}`);
    await tabTo(page, '[data-tool="settings"]');
    await page.keyboard.press('Enter');
    const panel = page.locator('#rx-settings');
    await expect.poll(() => panel.evaluate((el) => el.matches(':popover-open, [open]'))).toBe(true);
    // Into the panel, to the view choice.
    await tabTo(page, '#rx-settings [data-setting="view"] input', 40);
    const before = await page.getAttribute('html', 'data-view');
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => page.getAttribute('html', 'data-view')).not.toBe(before);
    const f = await focused(page);
    expect(f.problem, f.desc).toBeNull();
    await page.keyboard.press('Escape');
    await expect.poll(() => panel.evaluate((el) => el.matches(':popover-open, [open]'))).toBe(false);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-tool'))).toBe('settings');
    await page.close();
  });

  it('a glossary term: Enter opens its popover with focus inside; Escape closes it and focus returns', async () => {
    const page = await openPage(`/en${ARTICLE}`);
    await tabTo(page, 'article .zh [data-term]');
    const term = await page.evaluate(() => (document.activeElement as HTMLElement).dataset.term);
    await page.keyboard.press('Enter');
    const dialog = page.locator('[role="dialog"]:visible').first();
    await dialog.waitFor({ state: 'visible' });
    await expect
      .poll(() => page.evaluate(() => !!document.activeElement?.closest('[role="dialog"]')))
      .toBe(true);
    // Tab inside the popover keeps a visible focus.
    await page.keyboard.press('Tab');
    const inside = await focused(page);
    expect(inside.problem, inside.desc).toBeNull();
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    expect(await page.evaluate(() => (document.activeElement as HTMLElement).dataset.term)).toBe(term);
    await page.close();
  });

  it('a word: arrow keys in a focused paragraph pick a word; Enter opens it; Escape returns', async () => {
    const page = await openPage(`/en${ARTICLE}`);
    const para = await tabTo(page, 'article .zh[tabindex="0"]');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Enter');
    const dialog = page.locator('[role="dialog"]:visible').first();
    await dialog.waitFor({ state: 'visible' });
    const title = (await dialog.locator('h2').first().textContent())?.trim();
    expect(title).toBeTruthy();
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    const back = await focused(page);
    expect(back.key).toBe(para.key);
    expect(back.problem, back.desc).toBeNull();
    await page.close();
  });

  it('the cite menu: Enter opens the block menu, arrows reach "cite", Enter opens the dialog, Escape returns', async () => {
    const page = await openPage(`/en${ARTICLE}`);
    const button = await tabTo(page, '[data-actions-for]');
    await page.keyboard.press('Enter');
    await page.locator('[role="menu"]').waitFor({ state: 'visible' });
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.getAttribute('role')))
      .toBe('menuitem');
    for (let i = 0; i < 10; i++) {
      const f = await focused(page);
      expect(f.problem, f.desc).toBeNull();
      if ((await page.evaluate(() => document.activeElement?.getAttribute('data-action'))) === 'cite') break;
      await page.keyboard.press('ArrowDown');
    }
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-action'))).toBe('cite');
    await page.keyboard.press('Enter');
    const dialog = page.locator('[data-cite-dialog]');
    await dialog.waitFor({ state: 'visible' });
    expect(await page.evaluate(() => !!document.activeElement?.closest('[data-cite-dialog]'))).toBe(true);
    // Every control in the dialog can be reached and shows focus.
    for (let i = 0; i < 8; i++) {
      await page.keyboard.press('Tab');
      const f = await focused(page);
      expect(f.problem, f.desc).toBeNull();
    }
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    expect((await focused(page)).key).toBe(button.key);
    await page.close();
  });
});

describe('keyboard: the sticky toolbar never covers focus', () => {
  // Two workers once found a focused term under the phone toolbar: the toolbar hides from a scroll
  // listener that ran late on a busy CPU. Set the race up on purpose: the toolbar is showing (the
  // reader has just scrolled up) and the next tab stop sits just under it, already "in view".
  it('at 390px, Tab to a term lying under the showing toolbar scrolls it clear', async () => {
    const page = await openPage(`/en${ARTICLE}`, 390);
    const setUp = await page.evaluate(async () => {
      const frames = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
      const terms = [...document.querySelectorAll<HTMLElement>('article .zh a[data-term]')];
      const target = terms[Math.min(8, terms.length - 1)]!;
      const stops = [
        ...document.querySelectorAll<HTMLElement>('a[href], button, [tabindex]:not([tabindex="-1"])'),
      ];
      const prev = stops[stops.indexOf(target) - 1]!;
      const bar = document.querySelector<HTMLElement>('.rx-toolbar')!;
      const top = target.getBoundingClientRect().top + scrollY;
      // Down past it, then up so that its top is 8 px into the viewport: the toolbar shows again.
      scrollTo({ top: top + 400, behavior: 'instant' as ScrollBehavior });
      await frames();
      scrollTo({ top: top - 8, behavior: 'instant' as ScrollBehavior });
      await frames();
      prev.focus({ preventScroll: true });
      const b = bar.getBoundingClientRect();
      return {
        barShowing: !bar.hasAttribute('data-hidden') && b.bottom > 20,
        under: target.getBoundingClientRect().top < b.bottom,
      };
    });
    expect(setUp, 'the race is set up: toolbar showing, target under it').toEqual({
      barShowing: true,
      under: true,
    });
    await page.keyboard.press('Tab');
    const f = await focused(page);
    expect(f.desc).toContain('data-term');
    expect(f.problem, f.desc).toBeNull();
    await page.close();
  });
});
