import AxeBuilder from '@axe-core/playwright';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BASE_URL, openBrowser } from './browser';
import { ARTICLE, LOCALES, matrixRoutes, moreReaderRoutes } from './site-routes';

// axe-core with the WCAG 2.0/2.1/2.2 A and AA rules: zero violations on every page in both locales,
// light and dark, desktop and phone; on the reader in every view mode with pinyin on and off; with a
// glossary popover open.

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const SETTINGS_KEY = 'duizhao:settings:v1';
const VIEWS = ['side', 'interleaved', 'zh', 'en'] as const;
const DESKTOP = { width: 1280, height: 900 };
const PHONE = { width: 390, height: 844 };

type Settings = Partial<Record<'view' | 'pinyin' | 'theme' | 'tones', string>>;

let context: BrowserContext;
beforeAll(async () => {
  context = await openBrowser();
});
afterAll(async () => {
  await context?.close();
});

/** Opens `path` with reader settings stored before any script of the page runs. */
async function open(path: string, settings: Settings = {}, viewport = DESKTOP): Promise<Page> {
  const page = await context.newPage();
  await page.setViewportSize(viewport);
  await page.addInitScript(
    ([key, value]) => {
      try {
        window.localStorage.setItem(key!, value!);
      } catch {
        /* storage unavailable: defaults */
      }
    },
    [SETTINGS_KEY, JSON.stringify(settings)],
  );
  const res = await page.goto(`${BASE_URL}${path}`, { waitUntil: 'load' });
  expect(res?.status(), path).toBe(200);
  // The pre-paint script applied what we stored (so the check really runs in that mode).
  for (const [k, v] of Object.entries(settings))
    expect(await page.getAttribute('html', `data-${k}`), `${path} data-${k}`).toBe(v);
  return page;
}

function describeViolations(violations: Awaited<ReturnType<AxeBuilder['analyze']>>['violations']): string {
  return violations
    .map(
      (v) =>
        `${v.id} (${v.impact}): ${v.help}\n` +
        v.nodes
          .slice(0, 5)
          .map((n) => `    ${n.target.join(' ')} — ${n.failureSummary?.split('\n').slice(1).join(' ')}`)
          .join('\n'),
    )
    .join('\n');
}

async function expectNoViolations(page: Page, label: string): Promise<void> {
  // Let CSS transitions (theme, popover) settle so colour contrast is measured on final colours.
  await page.waitForTimeout(350);
  // resultTypes: full node lists for violations only (the reader has thousands of ruby nodes; sending
  // every passing node back over CDP is most of axe's time on it).
  const { violations, passes } = await new AxeBuilder({ page })
    .withTags(TAGS)
    .options({ resultTypes: ['violations'] })
    .analyze();
  expect(passes.length, `${label}: axe ran no rules`).toBeGreaterThan(0);
  expect(violations, `${label}\n${describeViolations(violations)}`).toEqual([]);
}

// axe on the reader (a very large DOM: a <ruby> per character) takes tens of seconds on a busy machine.
const AXE_TIMEOUT = 240_000;

describe('axe: every page in both locales', () => {
  for (const locale of LOCALES)
    for (const route of matrixRoutes())
      it(`/${locale}${route} (light)`, { timeout: AXE_TIMEOUT }, async () => {
        const page = await open(`/${locale}${route}`, { theme: 'light' });
        await expectNoViolations(page, `/${locale}${route} light`);
        await page.close();
      });
});

// Dark theme at phone width: every other page in English, in one run each (the UI locale changes strings,
// not colours or layout; light and desktop are covered above). The reader's dark and phone runs are in the
// matrix below.
const OTHERS = matrixRoutes()
  .filter((r) => r !== ARTICLE)
  .map((r) => `/en${r}`);

describe('axe: dark theme at phone width', () => {
  for (const path of OTHERS)
    it(`${path} (dark) at 390px`, { timeout: AXE_TIMEOUT }, async () => {
      const page = await open(path, { theme: 'dark' }, PHONE);
      await expectNoViolations(page, `${path} dark phone`);
      await page.close();
    });
});

// The reader: every view mode with pinyin on and off, tone colours on, alternating light and dark,
// interleaved (the phone layout) at phone width. axe on the reader is slow (a <ruby> per character),
// so themes and widths ride along with the view matrix instead of multiplying it.
// Every other reader page (more articles, Traditional pages) once, in the locale, theme and width
// site-routes gives it: the template is checked in full above and below.
describe('axe: every other reader page', () => {
  for (const { route, locale, dark, phone } of moreReaderRoutes()) {
    const label = `/${locale}${route} ${dark ? 'dark' : 'light'} ${phone ? PHONE.width : DESKTOP.width}px`;
    it(label, { timeout: AXE_TIMEOUT }, async () => {
      const page = await open(
        `/${locale}${route}`,
        { theme: dark ? 'dark' : 'light' },
        phone ? PHONE : DESKTOP,
      );
      await expectNoViolations(page, label);
      await page.close();
    });
  }
});

// Pinyin off only hides the <rt> readings (a CSS display change), so it is checked once, where the
// Chinese is all there is (view=zh); every view is checked with pinyin on.
describe('axe: the reader in every view mode, pinyin on, and off where only Chinese shows', () => {
  VIEWS.forEach((view, v) =>
    (view === 'zh' ? (['on', 'off'] as const) : (['on'] as const)).forEach((pinyin, p) => {
      const theme = (v + p) % 2 ? 'dark' : 'light';
      const viewport = view === 'interleaved' ? PHONE : DESKTOP;
      const label = `/en${ARTICLE} view=${view} pinyin=${pinyin} ${theme} ${viewport.width}px`;
      it(label, { timeout: AXE_TIMEOUT }, async () => {
        const page = await open(`/en${ARTICLE}`, { view, pinyin, tones: 'on', theme }, viewport);
        await expectNoViolations(page, label);
        await page.close();
      });
    }),
  );
});

describe('axe: with a glossary popover open', () => {
  for (const [locale, theme, viewport] of [
    ['en', 'light', DESKTOP],
    ['zh', 'dark', PHONE],
  ] as const)
    it(`/${locale}${ARTICLE} ${theme} ${viewport.width}px`, { timeout: AXE_TIMEOUT }, async () => {
      const page = await open(`/${locale}${ARTICLE}`, { theme }, viewport);
      const term = page.locator('.zh [data-term]').first();
      await term.scrollIntoViewIfNeeded();
      await term.click();
      const dialog = page.locator('[role="dialog"]:visible').first();
      await dialog.waitFor({ state: 'visible', timeout: 10_000 });
      await expectNoViolations(page, `/${locale}${ARTICLE} popover ${theme} ${viewport.width}px`);
      await page.close();
    });
});
