import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { BASE_URL, openBrowser } from './browser';
import { ARTICLE, KEY, html, open, setSetting } from './reader-helpers';

// Reading at my level (issue 17): HSK levels in the markup, "pinyin only above my level" by CSS,
// and pinyin a learner can read (at least 11 CSS px at the default size, on a phone and a desktop).

let desktop: BrowserContext;
let phone: BrowserContext;
beforeAll(async () => {
  desktop = await openBrowser({ viewport: { width: 1280, height: 900 } });
  phone = await openBrowser({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
});
afterAll(async () => {
  await desktop?.close();
  await phone?.close();
});

/** Whether the pinyin of the first occurrence of `word` (outside glossary terms unless asked) shows. */
function pinyinShown(page: Page, word: string, inTerm = false) {
  return page.evaluate(
    ([w, t]) => {
      const sel = t ? `[data-term] ruby[data-word="${w}"]` : `ruby[data-word="${w}"]:not([data-term] *)`;
      const rt = document.querySelector(`.reader article ${sel} > rt`);
      if (!rt) throw new Error(`no ${sel}`);
      return getComputedStyle(rt).visibility === 'visible';
    },
    [word, inTerm] as const,
  );
}

describe('HSK levels in the markup', () => {
  it('a level-1 and a level-6 word carry their level; a name off the list carries none', async () => {
    const { page } = await open(desktop);
    expect(await page.locator('ruby[data-word="工作"]').first().getAttribute('data-hsk')).toBe('1');
    expect(await page.locator('ruby[data-word="落实"]').first().getAttribute('data-hsk')).toBe('6');
    expect(await page.locator('ruby[data-word="济南"]').first().getAttribute('data-hsk')).toBeNull();
    // Levels come from the word as segmented, never from its characters.
    const levels = await page.$$eval('ruby[data-hsk]', (els) => [
      ...new Set(els.map((e) => e.getAttribute('data-hsk'))),
    ]);
    expect(levels.every((l) => /^[1-6]$/.test(l!))).toBe(true);
    expect(levels.length).toBeGreaterThan(3);
    await page.close();
  });
});

describe('pinyin only above my level', () => {
  it('hides pinyin of words at or below the level, keeps names and glossary terms, with and without a reload', async () => {
    await desktop.clearCookies();
    const { page } = await open(desktop);
    await page.evaluate((k) => localStorage.removeItem(k), KEY);
    expect(await pinyinShown(page, '工作')).toBe(true);
    await setSetting(page, 'pinyin', 'above');
    await page.locator('#rx-settings [data-setting="pinyinLevel"] select').selectOption('3');
    expect(await html(page, 'pinyin-level')).toBe('3');
    expect(await pinyinShown(page, '工作')).toBe(false); // level 1
    expect(await pinyinShown(page, '落实')).toBe(true); // level 6
    // A word off the list (a name, policy vocabulary) outside any glossary term keeps its pinyin.
    const unlisted = await page.$eval(
      '.reader article ruby[data-word]:not([data-hsk]):not([data-term] *)',
      (e) => e.getAttribute('data-word'),
    );
    expect(await pinyinShown(page, unlisted!)).toBe(true);
    // A glossary term keeps its pinyin even where its words are below the level.
    const termWord = await page.evaluate(() => {
      for (const r of document.querySelectorAll('.reader article [data-term] ruby[data-hsk]'))
        if (Number(r.getAttribute('data-hsk')) <= 3) return r.getAttribute('data-word');
      return null;
    });
    expect(termWord).toBeTruthy();
    expect(await pinyinShown(page, termWord!, true)).toBe(true);
    // Remembered: applied before first paint on the next load.
    await page.reload();
    expect(await html(page, 'pinyin-level')).toBe('3');
    expect(await pinyinShown(page, '工作')).toBe(false);
    // Back to all.
    await setSetting(page, 'pinyin', 'all');
    expect(await pinyinShown(page, '工作')).toBe(true);
    await page.close();
  });

  it('without JavaScript every word keeps its pinyin', async () => {
    const nojs = await openBrowser({ javaScriptEnabled: false });
    const page = await nojs.newPage();
    await page.goto(`${BASE_URL}${ARTICLE}`);
    expect(await page.getAttribute('html', 'data-pinyin-level')).toBeNull();
    expect(await pinyinShown(page, '工作')).toBe(true);
    await nojs.close();
  });
});

describe('legible pinyin', () => {
  for (const [name, ctx] of [
    ['1280 wide', () => desktop],
    ['390 wide', () => phone],
  ] as const)
    it(`at the default size every pinyin in the body is at least 11 CSS px (${name})`, async () => {
      const context = ctx();
      await context.clearCookies();
      const { page } = await open(context);
      await page.evaluate((k) => localStorage.removeItem(k), KEY);
      await page.reload();
      const sizes = await page.$$eval('.reader article .zh rt', (rts) =>
        rts.map((rt) => parseFloat(getComputedStyle(rt).fontSize)),
      );
      expect(sizes.length).toBeGreaterThan(1000);
      expect(Math.min(...sizes)).toBeGreaterThanOrEqual(11);
      // and it scales with the text size setting
      await setSetting(page, 'size', 'l');
      const larger = await page.$eval('.reader article .zh rt', (rt) =>
        parseFloat(getComputedStyle(rt).fontSize),
      );
      expect(larger).toBeGreaterThan(Math.min(...sizes));
      await page.close();
    });
});

describe('axe with pinyin above my level', () => {
  it(
    'no violations with level 3, tone colours and the dark theme, on a phone',
    { timeout: 240_000 },
    async () => {
      const page = await phone.newPage();
      await page.addInitScript(
        ([k, v]) => localStorage.setItem(k!, v!),
        [KEY, JSON.stringify({ pinyin: 'on', pinyinLevel: '3', tones: 'on', theme: 'dark' })],
      );
      await page.goto(`${BASE_URL}${ARTICLE}`);
      expect(await html(page, 'pinyin-level')).toBe('3');
      const { default: AxeBuilder } = await import('@axe-core/playwright');
      const { violations, passes } = await new AxeBuilder({ page })
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
        .options({ resultTypes: ['violations'] })
        .analyze();
      expect(passes.length).toBeGreaterThan(0);
      expect(
        violations.map(
          (v) =>
            `${v.id}: ${v.nodes
              .map((n) => n.target.join(' '))
              .slice(0, 3)
              .join(', ')}`,
        ),
      ).toEqual([]);
      await page.close();
    },
  );
});
