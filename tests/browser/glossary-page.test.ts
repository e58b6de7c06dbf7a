import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { loadContent } from '../../lib/content/load';
import { BASE_URL, openBrowser } from './browser';

const { glossary, articles } = loadContent();
const byTerm = (s: string) => glossary.find((e) => e.term.includes(s))!;

let context: BrowserContext;
beforeAll(async () => {
  context = await openBrowser();
});
afterAll(async () => {
  await context?.close();
});

const visibleIds = (page: Page) =>
  page.$$eval('[data-entry]', (els) => els.filter((e) => !(e as HTMLElement).hidden).map((e) => e.id));

describe('glossary page', () => {
  it('lists every entry once, by category, with id, pinyin, rendering, confidence and sources', async () => {
    const page = await context.newPage();
    await page.goto(`${BASE_URL}/en/glossary`);
    const ids = await page.$$eval('[data-entry]', (els) => els.map((e) => e.id));
    expect([...ids].sort()).toEqual(glossary.map((e) => e.id).sort());
    for (const e of glossary) {
      const el = page.locator(`[id="${e.id}"]`);
      expect(await el.evaluate((n) => n.closest('[data-category]')!.getAttribute('data-category'))).toBe(
        e.category,
      );
      const text = (await el.textContent())!;
      expect(text).toContain(e.pinyin);
      expect(text).toContain(e.english.text);
      expect(text).toContain(e.literal);
      expect(text).toContain(e.explanation.en);
      if (e.english.usedBy) expect(text).toContain(e.english.usedBy);
      if (e.confidence !== 'confirmed') expect(await el.locator('.gl-note').isVisible(), e.id).toBe(true);
      expect(await el.locator('.gl-sources li').count()).toBe(e.sources.length);
    }
    await page.close();
  });

  it('back-links land on a sentence of the reader that holds the term', async () => {
    const page = await context.newPage();
    await page.goto(`${BASE_URL}/en/glossary`);
    const links = await page.$$eval('[data-entry] a[data-occurrence]', (els) =>
      els.map((a) => ({ term: a.closest('[data-entry]')!.id, href: a.getAttribute('href')! })),
    );
    expect(links.length).toBeGreaterThanOrEqual(glossary.length);
    // Every article a back-link points into, opened once; each link must land on a sentence there
    // that holds the term.
    const readers = new Map<string, Page>();
    for (const { term, href } of links) {
      const m = /^\/en\/articles\/([a-z0-9-]+)#([a-z][a-z0-9]*\.s[1-9][0-9]*)$/.exec(href);
      expect(m, href).not.toBeNull();
      const [, slug, sentence] = m!;
      let reader = readers.get(slug!);
      if (!reader) {
        reader = await context.newPage();
        await reader.goto(`${BASE_URL}/en/articles/${slug}`);
        readers.set(slug!, reader);
      }
      const count = await reader.locator(`[id="${sentence}"][data-sentence] [data-term="${term}"]`).count();
      expect(count, `${term} → ${href}`).toBeGreaterThan(0);
    }
    expect(readers.size, 'back-links reach every article').toBe(articles.length);
    // And following one really scrolls the paragraph into view.
    const { term, href } = links[Math.floor(links.length / 2)]!;
    await page.locator(`[id="${term}"] a[href="${href}"]`).click();
    await page.waitForURL(`**${href}`);
    const id = href.split('#')[1]!;
    await page.waitForFunction((i) => {
      const r = document.getElementById(i)!.getBoundingClientRect();
      return r.top < innerHeight && r.bottom > 0;
    }, id);
    for (const r of readers.values()) await r.close();
    await page.close();
  });

  it('filters by Chinese, by toneless pinyin and by English', async () => {
    const page = await context.newPage();
    await page.goto(`${BASE_URL}/en/glossary`);
    const box = page.locator('#gl-q');
    await box.waitFor();
    const pj = byTerm('平急两用');
    const all = await visibleIds(page);

    await box.fill('平急');
    let shown = await visibleIds(page);
    expect(shown).toContain(pj.id);
    expect(shown.length).toBeLessThan(all.length);
    for (const id of shown)
      expect(
        glossary.find((e) => e.id === id)!.forms.join() + glossary.find((e) => e.id === id)!.term,
      ).toContain('平急');

    await box.fill('pingji');
    shown = await visibleIds(page);
    expect(shown).toContain(pj.id);
    expect(shown.length).toBeLessThan(all.length);

    const medical = byTerm('医养');
    const word = medical.english.text.split(/\W+/).find((w) => w.length > 4)!;
    await box.fill(word);
    shown = await visibleIds(page);
    expect(shown).toContain(medical.id);
    expect(shown).not.toContain(pj.id);

    await box.fill('qqqxxx');
    expect(await visibleIds(page)).toEqual([]);
    expect(await page.locator('#gl-count').textContent()).toBeTruthy();
    expect(await page.locator('[data-category]:not([hidden])').count()).toBe(0);
    await box.fill('');
    expect(await visibleIds(page)).toEqual(all);
    await page.close();
  });
});
