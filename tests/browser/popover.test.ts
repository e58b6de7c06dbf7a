import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { loadContent } from '../../lib/content/load';
import type { ArticleDictionary } from '../../lib/dictionary/types';
import { BASE_URL, downloadText, openBrowser } from './browser';

const READER = `${BASE_URL}/en/articles/huaiyin-2024`;
const glossary = new Map(loadContent().glossary.map((e) => [e.id, e]));
const dialog = '[role="dialog"]';

let context: BrowserContext;
let dict: ArticleDictionary;
beforeAll(async () => {
  context = await openBrowser();
  dict = (await (await fetch(`${BASE_URL}/data/huaiyin-2024/dictionary.json`)).json()) as ArticleDictionary;
});
afterAll(async () => {
  await context?.close();
});

async function openReader(
  ctx: BrowserContext = context,
  url = READER,
): Promise<{ page: Page; errors: Error[] }> {
  const page = await ctx.newPage();
  const errors: Error[] = [];
  page.on('pageerror', (e) => errors.push(e));
  await page.goto(url);
  await page.waitForSelector('html[data-popover="ready"]');
  return { page, errors };
}

/** The dialog's box against the viewport, and whether the page scrolls sideways. */
async function geometry(page: Page) {
  return page.evaluate((sel) => {
    const r = document.querySelector(sel)!.getBoundingClientRect();
    return {
      left: r.left,
      top: r.top,
      right: r.right,
      bottom: r.bottom,
      vw: document.documentElement.clientWidth,
      vh: window.innerHeight,
      overflow: document.documentElement.scrollWidth - document.documentElement.clientWidth,
      sheet: document.querySelector(sel)!.hasAttribute('data-sheet'),
    };
  }, dialog);
}

function expectOnScreen(g: Awaited<ReturnType<typeof geometry>>) {
  expect(g.left).toBeGreaterThanOrEqual(0);
  expect(g.top).toBeGreaterThanOrEqual(0);
  expect(g.right).toBeLessThanOrEqual(g.vw + 0.5);
  expect(g.bottom).toBeLessThanOrEqual(g.vh + 0.5);
  expect(g.overflow).toBeLessThanOrEqual(0);
}

const activeAttr = (page: Page, attr: string) =>
  page.evaluate((a) => document.activeElement?.getAttribute(a) ?? null, attr);

describe('term popover', () => {
  it('every glossary occurrence opens a popover showing its entry', async () => {
    const { page, errors } = await openReader();
    const ids = await page.$$eval('article [data-term]', (els) => [
      ...new Set(els.map((e) => e.getAttribute('data-term')!)),
    ]);
    expect(ids.length).toBeGreaterThan(100);
    for (const id of ids) {
      const entry = glossary.get(id);
      expect(entry, id).toBeDefined();
      await page.locator(`article [data-term="${id}"]`).first().click();
      const d = page.locator(`${dialog}[data-pop="${id}"]`);
      await d.waitFor();
      expect(await d.locator('h2').textContent()).toBe(entry!.term);
      const text = (await d.textContent()) ?? '';
      expect(text, id).toContain(entry!.english.text);
      expect(text, id).toContain(entry!.explanation.en);
      if (entry!.confidence !== 'confirmed') {
        expect(await d.locator(`[data-confidence="${entry!.confidence}"]`).isVisible(), id).toBe(true);
        expect(text).toContain(entry!.note!.en);
      }
      expect(await d.locator(`a[href="/en/glossary#${id}"]`).count()).toBeGreaterThan(0);
      expectOnScreen(await geometry(page));
      await page.keyboard.press('Escape');
      await page.locator(dialog).waitFor({ state: 'detached' });
    }
    expect(page.url()).toBe(READER); // never navigated away
    expect(errors).toEqual([]);
    await page.close();
  }, 400_000);

  it('opens and closes by keyboard only, focus moving in and back', async () => {
    const { page } = await openReader();
    const term = page.locator('article [data-term]').nth(3);
    const id = (await term.getAttribute('data-term'))!;
    // Reach the term with Tab from the paragraph's Chinese before it (terms are ordinary tab stops).
    await term.focus();
    for (const key of ['Enter', ' ']) {
      await page.keyboard.press(key);
      await page.locator(`${dialog}[data-pop="${id}"]`).waitFor();
      expect(
        await page.evaluate((s) => document.querySelector(s)!.contains(document.activeElement), dialog),
      ).toBe(true);
      expect(await page.locator(dialog).getAttribute('aria-labelledby')).toBeTruthy();
      await page.keyboard.press('Escape');
      await page.locator(dialog).waitFor({ state: 'detached' });
      expect(await activeAttr(page, 'data-term')).toBe(id);
    }
    // Tabbing out of the popover closes it.
    await page.keyboard.press('Enter');
    await page.locator(dialog).waitFor();
    for (let i = 0; i < 12 && (await page.locator(dialog).count()); i++) await page.keyboard.press('Tab');
    expect(await page.locator(dialog).count()).toBe(0);
    await page.close();
  });

  it('the key-terms strip opens the same popover', async () => {
    const { page } = await openReader();
    const chip = page.locator('[data-keyterm]').first();
    const id = (await chip.getAttribute('data-keyterm'))!;
    await chip.click();
    await page.locator(`${dialog}[data-pop="${id}"]`).waitFor();
    // Opening another closes the first: one popover per page.
    await page.locator('[data-keyterm]').nth(1).click();
    expect(await page.locator(dialog).count()).toBe(1);
    expect(await page.locator(dialog).getAttribute('data-pop')).toBe(
      await page.locator('[data-keyterm]').nth(1).getAttribute('data-keyterm'),
    );
    await page.close();
  });

  it('without JavaScript a term is a link to its glossary entry', async () => {
    const nojs = await openBrowser({ javaScriptEnabled: false });
    const page = await nojs.newPage();
    await page.goto(READER);
    const term = page.locator('article [data-term]').first();
    const id = await term.getAttribute('data-term');
    await term.click();
    await page.waitForURL(`**/en/glossary#${id}`);
    expect(await page.locator(`[id="${id}"]`).count()).toBe(1);
    await nojs.close();
  });
});

describe('word popover', () => {
  /** A word outside any term that CC-CEDICT has, and one it lacks. */
  async function pickWords(page: Page) {
    const words = await page.$$eval('article .zh [data-word]', (els) =>
      els.filter((e) => !e.closest('[data-term]')).map((e) => e.getAttribute('data-word')!),
    );
    const known = words.find((w) => w.length > 1 && dict.words[w]?.entries.length);
    const missing = words.find((w) => dict.words[w]?.fallback);
    return { known: known!, missing };
  }
  const wordLocator = (page: Page, w: string) =>
    page.locator(`article .zh [data-word="${w}"]:not([data-term] [data-word])`).first();

  it('tapping a word shows its pinyin and CC-CEDICT definitions (characters when CC-CEDICT lacks it)', async () => {
    const { page, errors } = await openReader();
    const { known, missing } = await pickWords(page);
    expect(known).toBeTruthy();
    await wordLocator(page, known).click();
    const d = page.locator(`${dialog}[data-pop="${known}"]`);
    await d.locator('.pop-entry').first().waitFor();
    const rts = await wordLocator(page, known).locator('rt').allTextContents();
    expect(await d.locator('.pop-py').first().textContent()).toBe(rts.join(' '));
    const defs = dict.words[known]!.entries.flatMap((e) => e.defs.slice(0, 6));
    const shown = await d.locator('.pop-entry li').allTextContents();
    expect(shown.length).toBeGreaterThan(0);
    for (const s of shown) expect(defs).toContain(s);
    expect(await d.locator('[data-fallback]').count()).toBe(0);
    if (missing) {
      await wordLocator(page, missing).click();
      const m = page.locator(`${dialog}[data-pop="${missing}"]`);
      await m.locator('[data-fallback]').waitFor();
      expect(await m.locator('.pop-char').count()).toBe(dict.words[missing]!.fallback!.length);
    }
    expect(errors).toEqual([]);
    await page.close();
  });

  it('keyboard: focus a paragraph, arrows move word by word, Enter opens, Escape returns', async () => {
    const { page } = await openReader();
    const zh = page.locator('article .zh[data-word-nav]').nth(2);
    await zh.focus();
    expect(await zh.getAttribute('tabindex')).toBe('0');
    const words = await zh
      .locator('[data-word]')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-word')));
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowLeft');
    expect(await zh.locator('[data-cursor]').getAttribute('data-word')).toBe(words[1]);
    expect(await zh.locator('[data-cursor]').evaluate((e) => getComputedStyle(e).backgroundColor)).not.toBe(
      'rgba(0, 0, 0, 0)',
    );
    await page.keyboard.press('Enter');
    await page.locator(`${dialog}[data-pop="${words[1]}"]`).waitFor();
    await page.keyboard.press('Escape');
    await page.locator(dialog).waitFor({ state: 'detached' });
    expect(await page.evaluate(() => document.activeElement?.hasAttribute('data-word-nav'))).toBe(true);
    await page.keyboard.press('End');
    expect(await zh.locator('[data-cursor]').getAttribute('data-word')).toBe(words.at(-1));
    await page.close();
  });

  it('save to My words, then the words page lists it and the CSV has the documented columns', async () => {
    const { page } = await openReader();
    await page.evaluate(() => localStorage.removeItem('duizhao:words:v1'));
    const { known } = await pickWords(page);
    const el = wordLocator(page, known);
    const sentenceId = await el.evaluate((e) => e.closest('[data-sentence]')!.getAttribute('data-sentence'));
    await el.click();
    const d = page.locator(dialog);
    await d.locator('.pop-entry').first().waitFor();
    await d.locator('.pop-save').click();
    expect(await d.locator('.pop-save').getAttribute('aria-pressed')).toBe('true');

    await page.goto(`${BASE_URL}/en/words`);
    const item = page.locator(`[data-saved-word="${known}"]`);
    await item.waitFor();
    const back = await item.locator(`a[href="/en/articles/huaiyin-2024#${sentenceId}"]`).count();
    expect(back).toBe(1);

    const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-export="anki"]')]);
    const csv = (await downloadText(download)).replace(/^\ufeff/, '');
    const readme = fs.readFileSync('README.md', 'utf8');
    const documented = [
      ...readme.slice(readme.indexOf('## My words export')).matchAll(/^\| \d+ \| `(\w+)` \|/gm),
    ].map((m) => m[1]);
    expect(documented.length).toBeGreaterThan(3);
    const lines = csv.trimEnd().split('\n');
    expect(lines).toContain(`#columns:${documented.join(',')}`);
    const row = lines.find((l) => l.startsWith(`${known},`))!;
    expect(row).toBeTruthy();
    expect(row.endsWith(`/en/articles/huaiyin-2024#${sentenceId}`)).toBe(true);

    // The link back lands on the sentence that holds the word.
    await item.locator('a[href*="#"]').click();
    await page.waitForURL(`**#${sentenceId}`);
    expect(await page.locator(`[id="${sentenceId}"] [data-word="${known}"]`).count()).toBeGreaterThan(0);
    await page.close();
  });

  it('corrupt or odd words storage never breaks the pages', async () => {
    const page = await context.newPage();
    const errors: Error[] = [];
    page.on('pageerror', (e) => errors.push(e));
    await page.goto(`${BASE_URL}/en/words`);
    for (const raw of ['{oops', '{"words":[{"word":"<img src=x>","href":"javascript:alert(1)"}]}', '42']) {
      await page.evaluate((r) => localStorage.setItem('duizhao:words:v1', r), raw);
      await page.reload();
      await page.locator('[data-words-empty]').waitFor();
    }
    // The reader still saves over corrupt storage.
    await page.evaluate(() => localStorage.setItem('duizhao:words:v1', '{oops'));
    await page.goto(READER);
    await page.waitForSelector('html[data-popover="ready"]');
    const { known } = await pickWords(page);
    await wordLocator(page, known).click();
    await page.locator(`${dialog} .pop-entry`).first().waitFor();
    await page.locator(`${dialog} .pop-save`).click();
    await page.goto(`${BASE_URL}/en/words`);
    await page.locator(`[data-saved-word="${known}"]`).waitFor();
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('phones', () => {
  for (const [width, height] of [
    [360, 740],
    [390, 844],
  ] as const)
    it(`at ${width}×${height} (touch) the sheet is fully on screen, outside tap and Escape close it`, async () => {
      const phone = await openBrowser({ viewport: { width, height }, hasTouch: true, isMobile: true });
      const { page, errors } = await openReader(phone);
      const term = page.locator('article [data-term]').nth(5);
      await term.scrollIntoViewIfNeeded();
      await term.tap();
      await page.locator(dialog).waitFor();
      let g = await geometry(page);
      expect(g.sheet).toBe(true);
      expectOnScreen(g);
      // Tap outside on plain text: closes, focus returns to the term.
      const id = await term.getAttribute('data-term');
      await page.locator('.keyterms-intro').scrollIntoViewIfNeeded();
      await page.locator('.keyterms-intro').tap();
      await page.locator(dialog).waitFor({ state: 'detached' });
      expect(await activeAttr(page, 'data-term')).toBe(id);

      // A word: the dictionary sheet, fully on screen, the word still visible above it.
      const word = page.locator('article .zh [data-word]:not([data-term] [data-word])').nth(40);
      await word.scrollIntoViewIfNeeded();
      await word.tap();
      await page.locator(`${dialog} .pop-defs`).waitFor();
      await page.locator(`${dialog} .pop-defs:not([aria-busy="true"])`).waitFor();
      g = await geometry(page);
      expect(g.sheet).toBe(true);
      expectOnScreen(g);
      const w = await word.boundingBox();
      expect(w!.y + w!.height).toBeLessThanOrEqual(g.top);
      await page.keyboard.press('Escape');
      await page.locator(dialog).waitFor({ state: 'detached' });
      expect(await page.evaluate(() => document.activeElement?.hasAttribute('data-word-nav'))).toBe(true);
      expect(errors).toEqual([]);
      await phone.close();
    });
});
