import type { Page } from 'playwright-core';

// Shared by the static-document tests of the reader and the glossary page: what React received in
// the page's payload, and which elements it owns (hydrated) in the browser.

/** The inline React Server Components payload of a page: the strings pushed to self.__next_f. */
export function inlinePayload(html: string): string {
  return [...html.matchAll(/<script>(self\.__next_f\.push\([\s\S]*?\))<\/script>/g)]
    .map((m) => m[1])
    .join('\n');
}

/**
 * Elements of the page and of its static regions (`[data-static]`), and how many of each React owns;
 * `inside` counts the elements matching that selector within the regions (the content they hold);
 * `ownedSelector` tells whether the element it matches is React's.
 */
export function staticRegionCounts(page: Page, inside: string, ownedSelector?: string) {
  return page.evaluate(
    ([sel, ownSel]) => {
      const owned = (e: Element) => Object.keys(e).some((k) => k.startsWith('__reactFiber$'));
      const all = [...document.querySelectorAll('*')];
      const regions = [...document.querySelectorAll('[data-static]')];
      const target = ownSel ? document.querySelector(ownSel) : null;
      return {
        total: all.length,
        owned: all.filter(owned).length,
        regions: regions.length,
        inside: regions.reduce((n, r) => n + r.querySelectorAll(sel!).length, 0),
        ownedInRegions: regions.flatMap((r) => [...r.querySelectorAll('*')]).filter(owned).length,
        regionRoots: regions.filter(owned).length,
        selectorOwned: target ? owned(target) : null,
      };
    },
    [inside, ownedSelector ?? ''] as const,
  );
}
