import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext } from 'playwright-core';
import { loadContent } from '../../lib/content/load';
import { BASE_URL, openBrowser } from './browser';
import { LOCALES } from './site-routes';
import { inlinePayload, staticRegionCounts } from './static-helpers';

// The glossary page's entry list is static markup like the reader's body (lib/render/glossary):
// it reaches the browser once, in the HTML, React's payload carries only its key, and React
// hydrates only the page's chrome and the filter.

const { glossary } = loadContent();

let context: BrowserContext;
beforeAll(async () => {
  context = await openBrowser();
});
afterAll(async () => {
  await context?.close();
});

describe.each(LOCALES)('/%s/glossary as a static document', (locale) => {
  const lang = locale === 'zh' ? 'zh' : 'en';

  it('the payload holds no entry text and is small; the HTML holds every entry', async () => {
    const html = await (await fetch(`${BASE_URL}/${locale}/glossary`)).text();
    const payload = inlinePayload(html);
    expect(payload.length).toBeGreaterThan(1000); // there is a payload: the check is not vacuous
    expect(payload).not.toMatch(/data-entry|gl-entry|gl-occ/);
    for (const e of glossary) {
      const x = e.explanation[lang];
      // Texts with characters that HTML or JSON escape would not match as written.
      if (/[&<>"'\\]/.test(x)) continue;
      expect(payload.includes(x.slice(0, 40)), e.id).toBe(false);
      expect(html.includes(x), e.id).toBe(true);
    }
    // Before (a React tree of every entry) the payload was about 1 MB; now it is the page's chrome
    // and the filter's props, about 11 KB at 242 entries, and it does not grow with the glossary.
    console.log(`/${locale}/glossary: html ${html.length}, payload ${payload.length}`);
    expect(payload.length).toBeLessThan(20_000);
  });

  it('React owns no element inside the static region, and few elements overall', async () => {
    const page = await context.newPage();
    await page.goto(`${BASE_URL}/${locale}/glossary`);
    await page.waitForSelector('#gl-q', { state: 'attached' });
    const counts = await staticRegionCounts(page, '[data-entry]', '#gl-q');
    console.log(`/${locale}/glossary elements:`, JSON.stringify(counts));
    expect(counts.regions).toBe(1);
    expect(counts.inside).toBe(glossary.length);
    expect(counts.regionRoots).toBe(1); // the placeholder is React's, its content is not
    expect(counts.ownedInRegions).toBe(0);
    expect(counts.selectorOwned).toBe(true); // the filter stays a React component outside the region
    expect(counts.owned).toBeLessThan(400);
    await page.close();
  });
});
