import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { loadContent } from '../../lib/content/load';
import { validate } from '../../lib/export/json-schema';
import { BASE_URL, downloadText, openBrowser } from './browser';
import { showBlock } from './reader-helpers';

const ARTICLE = '/articles/huaiyin-2024';
/** The translation version citations name (it changes with each revision of the English). */
const VERSION = loadContent().articles.find((a) => a.slug === 'huaiyin-2024')!.meta.translation.version;
let context: BrowserContext;
let phone: BrowserContext;
beforeAll(async () => {
  context = await openBrowser({ permissions: ['clipboard-read', 'clipboard-write'] });
  phone = await openBrowser({
    viewport: { width: 390, height: 844 },
    isMobile: true,
    hasTouch: true,
    deviceScaleFactor: 2,
  });
});
afterAll(async () => {
  await context?.close();
  await phone?.close();
});

/** A block's actions button, its block shown first: until its off-screen Chinese is rendered the
 *  block is still changing height, and a click could land where the button was. */
async function actionsButton(page: Page, id: string) {
  await showBlock(page, id);
  return page.locator(`[data-actions-for="${id}"]`);
}

/** The arrival state of a deep link: which elements are highlighted, where, and what was announced. */
async function arrival(page: Page, id: string) {
  await page.waitForFunction(() => document.querySelector('.dz-arrived') !== null, null, { timeout: 10_000 });
  await page.waitForFunction(() => document.querySelector('[data-research-status]')?.textContent, null, {
    timeout: 5_000,
  });
  return page.evaluate((id) => {
    const target = document.getElementById(id)!;
    const first = target.getClientRects()[0]!;
    // What is painted at the passage's first line: the passage itself, not a sticky bar over it.
    const atTop = document.elementFromPoint(first.left + 6, first.top + Math.min(first.height / 2, 16));
    return {
      arrived: [...document.querySelectorAll('.dz-arrived')].map(
        (e) =>
          `${e.closest('[lang]')?.getAttribute('lang') ?? ''}:${e.id || e.getAttribute('data-sentence')}`,
      ),
      top: first.top,
      bottom: target.getBoundingClientRect().bottom,
      visible: !!atTop && target.closest('[data-block]')!.contains(atTop),
      vh: innerHeight,
      status: document.querySelector('[data-research-status]')!.textContent,
    };
  }, id);
}

describe('deep links', () => {
  it('#p7 (en, desktop) highlights the paragraph below the header and announces it', async () => {
    const page = await context.newPage();
    await page.goto(`${BASE_URL}/en${ARTICLE}#p7`);
    const a = await arrival(page, 'p7');
    expect(a.arrived).toEqual(['en:p7']);
    expect(a.visible).toBe(true);
    expect(a.top).toBeGreaterThanOrEqual(0);
    expect(a.top).toBeLessThan(a.vh / 2);
    expect(a.status).toContain('p7');
    await page.close();
  });

  it('#p7.s2 (zh, desktop) highlights that sentence in Chinese and English only', async () => {
    const page = await context.newPage();
    await page.goto(`${BASE_URL}/zh${ARTICLE}#p7.s2`);
    const a = await arrival(page, 'p7.s2');
    expect(a.arrived.sort()).toEqual(['en:p7.s2', 'zh-Hans:p7.s2']);
    expect(a.visible).toBe(true);
    expect(a.top).toBeGreaterThanOrEqual(0);
    expect(a.bottom).toBeLessThan(a.vh);
    expect(a.status).toContain('p7.s2');
    expect(a.status).toMatch(/句子/);
    await page.close();
  });

  for (const locale of ['en', 'zh'])
    it(`#p2 and #p10.s3 on a phone (${locale}) lands in view with the highlight`, async () => {
      const page = await phone.newPage();
      await page.goto(`${BASE_URL}/${locale}${ARTICLE}#p10.s3`);
      const a = await arrival(page, 'p10.s3');
      expect(a.arrived).toContain('zh-Hans:p10.s3');
      expect(a.visible).toBe(true);
      expect(a.top).toBeGreaterThanOrEqual(0);
      expect(a.top).toBeLessThan(a.vh * 0.6);
      // And still there once the Chinese around it has rendered (it is skipped off screen, so the
      // heights above the passage change after the first scroll).
      await page.waitForTimeout(1000);
      const settled = await arrival(page, 'p10.s3');
      expect(settled.top).toBeGreaterThanOrEqual(0);
      expect(settled.top).toBeLessThan(settled.vh * 0.6);
      expect(settled.visible).toBe(true);
      expect(
        await page.evaluate(() => document.documentElement.scrollWidth - innerWidth),
      ).toBeLessThanOrEqual(0);
      const p2 = await phone.newPage();
      await p2.goto(`${BASE_URL}/${locale}${ARTICLE}#p2`);
      const b = await arrival(p2, 'p2');
      expect(b.arrived).toEqual([`${locale === 'en' ? 'en' : 'zh-Hans'}:p2`]);
      expect(b.visible).toBe(true);
      await p2.close();
      await page.close();
    });

  it('following an in-page link moves the highlight (hashchange)', async () => {
    const page = await context.newPage();
    await page.goto(`${BASE_URL}/en${ARTICLE}#p7`);
    await arrival(page, 'p7');
    await page.evaluate(() => (location.hash = '#p2.s4'));
    await page.waitForFunction(() => document.getElementById('p2.s4')?.classList.contains('dz-arrived'));
    expect(await page.locator('#p7.dz-arrived').count()).toBe(0);
    await page.close();
  });
});

describe('paragraph actions menu', () => {
  it('opens by click, moves by arrow keys, closes on Escape with focus back', async () => {
    const page = await context.newPage();
    await page.goto(`${BASE_URL}/en${ARTICLE}`);
    const btn = await actionsButton(page, 'p2');
    await btn.click();
    const menu = page.locator('[role="menu"][data-menu-for="p2"]');
    await menu.waitFor();
    expect(await btn.getAttribute('aria-expanded')).toBe('true');
    await page.waitForFunction(() => document.activeElement?.getAttribute('role') === 'menuitem');
    await page.keyboard.press('ArrowDown');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-action'))).toBe('cite');
    await page.keyboard.press('Escape');
    await menu.waitFor({ state: 'detached' });
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-actions-for'))).toBe('p2');
    await page.close();
  });

  it('copies the link, Chinese only, and Chinese with pinyin', async () => {
    const page = await context.newPage();
    await page.goto(`${BASE_URL}/en${ARTICLE}`);
    const clip = () => page.evaluate(() => navigator.clipboard.readText());
    const act = async (action: string) => {
      await (await actionsButton(page, 'p2')).click();
      await page.locator(`[role="menu"] [data-action="${action}"]`).click();
      await page.waitForTimeout(100);
    };
    await act('link');
    expect(await clip()).toMatch(/\/en\/articles\/huaiyin-2024#p2$/);
    await act('zh');
    const zh = await clip();
    expect(zh).toContain('平急两用');
    expect(zh).not.toMatch(/[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ]/);
    await act('pinyin');
    const [zhLine, pyLine] = (await clip()).split('\n');
    expect(zhLine).toBe(zh);
    expect(pyLine).toMatch(/píng ?jí ?liǎng ?yòng/);
    await act('all');
    const all = (await clip()).split('\n');
    expect(all.length).toBe(3);
    // The third line is p2's English, every sentence of it, as the content has it.
    const p2 = loadContent()
      .articles.find((a) => a.slug === 'huaiyin-2024')!
      .blocks.find((b) => b.id === 'p2')!;
    for (const s of p2.sentences) if (s.en) expect(all[2]).toContain(s.en);
    expect(all[2]).toContain('for "both normal and emergency use"');
    await page.close();
  });
});

describe('cite dialog', () => {
  it('shows the four styles with locator, deep link and today, and follows a sentence choice', async () => {
    const page = await context.newPage();
    await page.goto(`${BASE_URL}/en${ARTICLE}`);
    const btn = await actionsButton(page, 'p7');
    await btn.click();
    await page.locator('[role="menu"] [data-action="cite"]').click();
    const dialog = page.locator('dialog[data-cite-dialog][open]');
    await dialog.waitFor();
    const today = await page.evaluate(() => {
      const d = new Date();
      return {
        iso: `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`,
        long: d.toLocaleDateString('en-US', { month: 'long', day: 'numeric', year: 'numeric' }),
      };
    });
    const text = async (id: string) => (await dialog.locator(`[data-cite="${id}"]`).textContent()) ?? '';
    expect(await text('apa')).toMatch(/^Wang, B\. \(2024\)\. 槐荫区持续打造/);
    expect(await text('apa')).toContain(`Retrieved ${today.long}, from `);
    expect(await text('apa')).toMatch(/\/en\/articles\/huaiyin-2024#p7$/);
    expect(await text('apa-in')).toBe('(Wang, 2024, para. p7)');
    expect(await text('mla')).toMatch(/^Wang, Beizhi\. “槐荫区持续打造‘齐鲁门户，医养之都’”/);
    expect(await text('chicago-note')).toContain(`para. p7, trans. Duizhao project, version ${VERSION}`);
    expect(await text('gbt')).toContain(`段落 p7[${today.iso}]`);
    for (const id of ['apa', 'mla', 'chicago', 'gbt']) expect(await text(id)).not.toMatch(/n\.d\.|undefined/);
    await dialog.locator('[data-cite-scope]').selectOption('p7.s2');
    expect(await text('link')).toMatch(/#p7\.s2$/);
    expect(await text('gbt')).toContain('段落 p7 第2句');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      dialog.locator('[data-download="ris"]').click(),
    ]);
    const ris = await downloadText(download);
    expect(ris).toMatch(/^TY {2}- NEWS\r\n/);
    expect(ris).toContain(`Y2  - ${today.iso.replace(/-/g, '/')}`);
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-actions-for'))).toBe('p7');
    await page.close();
  });
});

describe('search', () => {
  async function search(page: Page, q: string) {
    await page.fill('#dz-search-input', q);
    await page.waitForTimeout(150);
    return page.evaluate(() => {
      const hits = CSS.highlights.get('dz-hit');
      const cur = CSS.highlights.get('dz-current');
      // The characters a range covers, without the pinyin <rt> it spans.
      const text = (h: Highlight | undefined) =>
        [...(h ?? [])].map((r) => {
          const f = (r as Range).cloneContents();
          f.querySelectorAll('rt, rp').forEach((n) => n.remove());
          return f.textContent ?? '';
        });
      return {
        hits: text(hits),
        current: text(cur),
        status: document.querySelector('[data-search-status]')?.textContent ?? '',
        terms: [...document.querySelectorAll('[data-term-hit]')].map((a) => a.getAttribute('data-term-hit')),
      };
    });
  }

  it('finds pinyin with and without tones, English and Chinese; steps between hits', async () => {
    const page = await context.newPage();
    await page.goto(`${BASE_URL}/en${ARTICLE}`);
    await page.click('[data-search-open]');
    for (const q of ['pingji', 'píng jí', 'ping2 ji2']) {
      const r = await search(page, q);
      expect(r.hits).toContain('平急');
      expect(r.hits.every((h) => /^[\p{Script=Han}]+$/u.test(h))).toBe(true);
    }
    await page.waitForFunction(() => document.querySelector('[data-term-hit]'));
    expect((await search(page, 'pingji')).terms.length).toBeGreaterThan(0);
    const en = await search(page, 'Emergency');
    expect(en.hits.length).toBeGreaterThan(0);
    expect(en.hits.every((h) => h.toLowerCase() === 'emergency')).toBe(true);
    const zh = await search(page, '槐荫区');
    expect(zh.hits.length).toBeGreaterThan(5);
    expect(zh.status).toMatch(new RegExp(`1 of ${zh.hits.length}`));
    const state = () =>
      page.evaluate(() => ({
        status: document.querySelector('[data-search-status]')?.textContent ?? '',
        at: [...(CSS.highlights.get('dz-current') ?? [])].map(
          (r) =>
            (r as Range).startContainer.parentElement
              ?.closest('[data-sentence]')
              ?.getAttribute('data-sentence') ?? '',
        )[0],
        scrollY: Math.round(scrollY),
      }));
    const s1 = await state();
    await page.click('button[aria-label="Next match"]');
    const s2 = await state();
    expect(s2.status).toMatch(new RegExp(`^Match 2 of ${zh.hits.length}`));
    await page.focus('#dz-search-input');
    await page.keyboard.press('Enter');
    expect((await state()).status).toMatch(/^Match 3 of/);
    await page.keyboard.press('Shift+Enter');
    await page.keyboard.press('Shift+Enter');
    await page.keyboard.press('Shift+Enter');
    const last = await state();
    expect(last.status).toBe(`Match ${zh.hits.length} of ${zh.hits.length}`);
    expect(last.at).not.toBe(s1.at);
    expect(last.scrollY).toBeGreaterThan(s1.scrollY);
    await page.close();
  });

  it('on a phone, the current match is on screen once the Chinese around it has rendered', async () => {
    const page = await phone.newPage();
    await page.goto(`${BASE_URL}/en${ARTICLE}`);
    await page.click('[data-search-open]');
    const r = await search(page, '槐荫区');
    expect(r.hits.length).toBeGreaterThan(5);
    // The last match, far down the article: its block was skipped (content-visibility) until now.
    await page.focus('#dz-search-input');
    await page.keyboard.press('Shift+Enter');
    await page.waitForTimeout(1000);
    const at = await page.evaluate(() => {
      const range = [...(CSS.highlights.get('dz-current') ?? [])][0] as Range | undefined;
      const rect = range?.getBoundingClientRect();
      return rect && { top: rect.top, bottom: rect.bottom, height: rect.height, vh: innerHeight };
    });
    expect(at).toBeDefined();
    expect(at!.height).toBeGreaterThan(0);
    expect(at!.top).toBeGreaterThanOrEqual(0);
    expect(at!.bottom).toBeLessThanOrEqual(at!.vh);
    await page.close();
  });

  it('empty and hostile queries are harmless and shown back as text', async () => {
    const page = await context.newPage();
    await page.goto(`${BASE_URL}/zh${ARTICLE}`);
    await page.click('[data-search-open]');
    const evil = '<img src=x onerror="window.__pwned=1">';
    const r = await search(page, evil);
    expect(r.hits).toEqual([]);
    expect(r.status).toContain(evil);
    expect(await page.locator('#dz-search img').count()).toBe(0);
    expect(await search(page, '')).toMatchObject({ hits: [] });
    expect(await search(page, 'x'.repeat(500))).toMatchObject({ hits: [] });
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    await page.close();
  });
});

describe('exports, metadata, sitemap', () => {
  it('head advertises each export; each file is served with its type and validates', async () => {
    const page = await context.newPage();
    await page.goto(`${BASE_URL}/en${ARTICLE}`);
    const links = await page.$$eval('link[rel="alternate"][type]', (ls) =>
      ls.map((l) => ({ type: l.getAttribute('type')!, href: (l as HTMLLinkElement).href })),
    );
    const byType = Object.fromEntries(links.map((l) => [l.type, new URL(l.href).pathname]));
    expect(Object.keys(byType).sort()).toEqual(
      ['application/json', 'application/x-tmx+xml', 'text/plain', 'text/tab-separated-values'].sort(),
    );
    const zhSentences = await page.locator('[data-block] > [lang="zh-Hans"] [data-sentence]').count();
    const enUnits = await page.locator('[data-block] > [lang="en"] [data-sentence]').count();
    expect(zhSentences).toBeGreaterThan(50);

    const get = async (p: string) => {
      const r = await fetch(`${BASE_URL}${p}`);
      expect(r.status).toBe(200);
      return { type: r.headers.get('content-type') ?? '', body: await r.text() };
    };
    const json = await get(byType['application/json']!);
    expect(json.type).toMatch(/^application\/json/);
    const schema = JSON.parse(
      fs.readFileSync(path.join(process.cwd(), 'public/schemas/article-export-v1.json'), 'utf8'),
    );
    expect(validate(schema, JSON.parse(json.body))).toEqual([]);
    expect((await fetch(`${BASE_URL}/schemas/article-export-v1.json`)).status).toBe(200);

    const tsv = await get(byType['text/tab-separated-values']!);
    expect(tsv.type).toMatch(/^text\/tab-separated-values/);
    expect(tsv.body.trimEnd().split('\n').length).toBe(zhSentences + 1);

    const tmx = await get(byType['application/x-tmx+xml']!);
    const parsed = await page.evaluate((xml) => {
      const doc = new DOMParser().parseFromString(xml, 'application/xml');
      return {
        error: doc.querySelector('parsererror')?.textContent ?? null,
        root: doc.documentElement.nodeName,
        version: doc.documentElement.getAttribute('version'),
        tus: doc.getElementsByTagName('tu').length,
        zh: [...doc.getElementsByTagName('tuv')].filter((t) => t.getAttribute('xml:lang') === 'zh-Hans')
          .length,
        en: [...doc.getElementsByTagName('tuv')].filter((t) => t.getAttribute('xml:lang') === 'en').length,
      };
    }, tmx.body);
    expect(parsed).toEqual({
      error: null,
      root: 'tmx',
      version: '1.4',
      tus: enUnits,
      zh: enUnits,
      en: enUnits,
    });

    const txt = await get(byType['text/plain']!);
    expect(txt.body).toContain('槐荫区持续打造');
    await page.close();
  });

  it('JSON-LD, Open Graph, canonical and hreflang are present and parse', async () => {
    const page = await context.newPage();
    await page.goto(`${BASE_URL}/zh${ARTICLE}`);
    const ld = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent())!);
    const graph = ld['@graph'] as {
      '@type': string;
      '@id': string;
      inLanguage?: string;
      workTranslation?: { '@id': string };
      translationOfWork?: { '@id': string };
    }[];
    const original = graph.find((n) => n['@type'] === 'NewsArticle' && n.inLanguage === 'zh-Hans')!;
    const translation = graph.find((n) => n['@id'] === original.workTranslation!['@id'])!;
    expect(translation.translationOfWork!['@id']).toBe(original['@id']);
    const meta = (sel: string) => page.locator(sel).first().getAttribute('content');
    expect(await meta('meta[property="og:title"]')).toContain('槐荫区');
    expect(await meta('meta[property="og:type"]')).toBe('article');
    expect(await meta('meta[name="twitter:card"]')).toBe('summary');
    expect(await page.locator('link[rel="canonical"]').getAttribute('href')).toMatch(
      /^https?:\/\/.+\/zh\/articles\/huaiyin-2024$/,
    );
    expect(await page.locator('link[rel="alternate"][hreflang="en"]').getAttribute('href')).toMatch(
      /\/en\/articles\/huaiyin-2024$/,
    );
    await page.close();
  });

  it('sitemap.xml lists every page in both locales (and Traditional readers) with hreflang alternates; robots.txt points to it', async () => {
    const page = await context.newPage();
    await page.goto(`${BASE_URL}/en`);
    const xml = await (await fetch(`${BASE_URL}/sitemap.xml`)).text();
    const s = await page.evaluate((xml) => {
      const doc = new DOMParser().parseFromString(xml, 'application/xml');
      const urls = [...doc.getElementsByTagName('url')];
      return {
        error: doc.querySelector('parsererror')?.textContent ?? null,
        locs: urls.map((u) => new URL(u.getElementsByTagName('loc')[0]!.textContent!).pathname),
        alternates: urls.map((u) =>
          [...u.getElementsByTagNameNS('http://www.w3.org/1999/xhtml', 'link')]
            .map((l) => l.getAttribute('hreflang'))
            .sort(),
        ),
      };
    }, xml);
    expect(s.error).toBeNull();
    for (const p of [
      '/en',
      '/zh',
      '/en/glossary',
      '/zh/about',
      '/en/articles/huaiyin-2024',
      '/zh/articles/huaiyin-2024',
      '/zh/articles/huaiyin-2024/traditional',
    ])
      expect(s.locs).toContain(p);
    s.locs.forEach((loc, i) =>
      expect(s.alternates[i], loc).toEqual(
        loc.includes('/articles/')
          ? ['en', 'x-default', 'zh-Hans', 'zh-Hant']
          : ['en', 'x-default', 'zh-Hans'],
      ),
    );
    const robots = await (await fetch(`${BASE_URL}/robots.txt`)).text();
    expect(robots).toMatch(/Sitemap: https?:\/\/\S+\/sitemap\.xml/);
    await page.close();
  });

  /** A raw request whose path is not normalised by a URL parser. */
  const raw = (p: string) =>
    new Promise<{ status: number; body: string }>((resolve, reject) => {
      const u = new URL(BASE_URL);
      http
        .get({ host: u.hostname, port: u.port, path: p }, (res) => {
          let body = '';
          res.on('data', (c) => (body += c));
          res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
        })
        .on('error', reject);
    });

  for (const p of [
    '/exports/../package.json',
    '/exports/huaiyin-2024/../../package.json',
    '/exports/huaiyin-2024/..%2f..%2fpackage.json',
    '/exports/huaiyin-2024/%2e%2e%2f%2e%2e%2fpackage.json',
    '/exports/..%2f..%2f/package.json',
    '/exports/huaiyin-2024/article.json%00',
    '/exports/huaiyin-2024/content.json',
    '/exports/nope/article.json',
    '/search-data/..%2fpackage.json',
  ])
    it(`${p} → 404, never a file outside the exports`, async () => {
      const r = await raw(p);
      expect(r.status).toBe(404);
      expect(r.body).not.toContain('"dependencies"');
    });
});
