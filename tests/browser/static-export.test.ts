import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import type { Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import en from '../../messages/en.json';
import zh from '../../messages/zh.json';
import { createStaticServer } from '../../scripts/static-server.mjs';
import { BASE_URL, openBrowser } from './browser';
import { checkSecurityHeaders, LEAK, MARKUP, REFLECTED, traversalPaths } from './security-checks';
import { ARTICLE, LOCALES, localisedPaths, sameOriginRefs } from './site-routes';

// `npm run export` (scripts/export.mjs) snapshotted from the build under test into a temporary
// folder, served by the plain static server (no Node app, no proxy), and checked like the real
// site: every page in both locales, 404s, every linked file, headers, the locale redirect at `/`,
// hostile paths; plus that the hash-based CSP lets every inline script run and nothing else.

const LANG = { en: 'en', zh: 'zh-Hans' } as const;
let outDir: string;
let server: Server;
let base: string;

beforeAll(async () => {
  outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'duizhao-export-'));
  const r = spawnSync(process.execPath, ['scripts/export.mjs'], {
    env: { ...process.env, SKIP_BUILD: '1', EXPORT_DIR: outDir },
    encoding: 'utf8',
  });
  if (r.status !== 0) throw new Error(`export failed:\n${r.stdout}\n${r.stderr}`);
  server = createStaticServer(outDir);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}, 180_000);

afterAll(async () => {
  await new Promise((r) => server?.close(r));
  fs.rmSync(outDir, { recursive: true, force: true });
});

async function get(p: string) {
  const res = await fetch(`${base}${p}`, { redirect: 'manual' });
  return { status: res.status, headers: res.headers, body: await res.text() };
}

describe('static export', () => {
  it('is plain files: no server code, every page and the redirect at / present', () => {
    expect(fs.existsSync(path.join(outDir, 'index.html'))).toBe(true);
    for (const p of localisedPaths()) expect(fs.existsSync(path.join(outDir, `${p}.html`)), p).toBe(true);
    const all = fs.readdirSync(outDir, { recursive: true }).map(String);
    expect(all.filter((f) => /(^|\/)(server|cache)\//.test(f) || f.endsWith('.rsc'))).toEqual([]);
  });

  it('every page in both locales: 200, its language, a heading, the security headers', async () => {
    for (const p of localisedPaths()) {
      const r = await get(p);
      expect(r.status, p).toBe(200);
      checkSecurityHeaders(r.headers, p);
      const locale = p.split('/')[1] as keyof typeof LANG;
      expect(r.body, p).toContain(`<html lang="${LANG[locale]}"`);
      expect(r.body, p).toMatch(/<h1[\s>]/);
    }
  });

  it('every file the pages load or link answers 200 (exports, data, scripts, styles)', async () => {
    const refs = new Set<string>();
    for (const p of localisedPaths())
      for (const ref of sameOriginRefs((await get(p)).body, `${base}${p}`)) refs.add(ref.split('?')[0]!);
    expect([...refs].some((r) => r.startsWith('/exports/'))).toBe(true);
    for (const ref of refs) {
      const r = await get(ref);
      expect(r.status, ref).toBe(200);
      checkSecurityHeaders(r.headers, ref);
    }
    // The reader's runtime data files, fetched by script rather than linked.
    const slug = ARTICLE.split('/').pop()!;
    for (const f of [`/data/${slug}/dictionary.json`, `/search-data/${slug}.json`]) {
      const r = await get(f);
      expect(r.status, f).toBe(200);
      expect(r.headers.get('content-type')).toMatch(/^application\/json/);
      expect(() => JSON.parse(r.body)).not.toThrow();
    }
    // Offline reading: the worker (registered by script) and the manifest with its icons.
    const sw = await get('/sw.js');
    expect(sw.status).toBe(200);
    expect(sw.headers.get('content-type')).toMatch(/^text\/javascript/);
    // Every file it precaches is in the export (one missing would fail its install).
    const { shell } = JSON.parse(/^const DUIZHAO_OFFLINE = (.*);$/m.exec(sw.body)![1]!) as {
      shell: string[];
    };
    expect(shell.some((f) => f.startsWith('/_next/static/chunks/'))).toBe(true);
    for (const f of shell) expect((await get(f)).status, f).toBe(200);
    const manifest = await get('/manifest.webmanifest');
    expect(manifest.status).toBe(200);
    for (const icon of (JSON.parse(manifest.body) as { icons: { src: string }[] }).icons)
      expect((await get(icon.src)).status, icon.src).toBe(200);
  });

  it('unknown paths answer 404 with the localised page; traversal answers 404 and leaks nothing', async () => {
    for (const locale of LOCALES) {
      const r = await get(`/${locale}/no-such-page`);
      expect(r.status).toBe(404);
      checkSecurityHeaders(r.headers, `/${locale}/no-such-page`);
      // The text is in the HTML, so the page reads without JavaScript.
      expect(r.body).toMatch(new RegExp(`<h1[^>]*>${{ en, zh }[locale].NotFound.title}</h1>`));
    }
    for (const p of ['/xx/nope', '/favicon.ico']) {
      const outside = await get(p);
      expect(outside.status, p).toBe(404);
      expect(outside.body, p).toMatch(new RegExp(`<h1[^>]*>${en.NotFound.title}</h1>`));
    }
    for (const p of [...traversalPaths(ARTICLE.split('/').pop()!), '/_headers', '/en/404.html/..%2f..']) {
      const r = await get(p);
      expect(r.status, p).toBe(404);
      expect(r.body, p).not.toMatch(LEAK);
    }
    for (const m of MARKUP) {
      const r = await get(`/en/${encodeURIComponent(m)}?q=${encodeURIComponent(m)}`);
      expect(r.status).toBe(404);
      for (const re of REFLECTED) expect(r.body).not.toMatch(re);
    }
  });

  it('the 404 pages read the same as the server pages, in their locale', async () => {
    const context = await openBrowser();
    try {
      const page = await context.newPage();
      for (const locale of LOCALES) {
        const seen: string[] = [];
        for (const origin of [BASE_URL, base]) {
          const res = await page.goto(`${origin}/${locale}/no-such-page`);
          expect(res?.status()).toBe(404);
          expect(await page.getAttribute('html', 'lang')).toBe(LANG[locale]);
          seen.push((await page.locator('h1').first().textContent())?.trim() ?? '');
        }
        expect(seen[0]).toBeTruthy();
        expect(seen[1]).toBe(seen[0]);
      }
    } finally {
      await context.close();
    }
  });

  it('the hash-based CSP covers every inline script: pages hydrate with no violation; injected inline script is refused', async () => {
    const context = await openBrowser();
    try {
      const page = await context.newPage();
      const problems: string[] = [];
      page.on('console', (m) => {
        if (m.type() === 'error') problems.push(m.text());
      });
      page.on('pageerror', (e) => problems.push(e.message));
      for (const p of localisedPaths()) {
        await page.goto(`${base}${p}`, { waitUntil: 'networkidle' });
        expect(await page.locator('meta[http-equiv="Content-Security-Policy"]').count(), p).toBe(1);
        expect(problems, p).toEqual([]);
      }
      // Hydrated under that policy: a glossary term opens its popover (client code ran).
      await page.goto(`${base}/en${ARTICLE}`, { waitUntil: 'networkidle' });
      await page.locator('.zh [data-term]').first().click();
      await page.locator('[role="dialog"]:visible').first().waitFor({ state: 'visible' });
      const refused = await page.evaluate(
        () =>
          new Promise<boolean>((resolve) => {
            document.addEventListener('securitypolicyviolation', () => resolve(true), { once: true });
            const s = document.createElement('script');
            s.textContent = 'window.__pwned = 1';
            document.head.append(s);
            setTimeout(() => resolve(false), 1500);
          }),
      );
      expect(refused).toBe(true);
      expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    } finally {
      await context.close();
    }
  });

  for (const [label, options, cookie, expected] of [
    ['Chinese browser', { locale: 'zh-CN' }, null, '/zh'],
    ['English browser', { locale: 'en-GB' }, null, '/en'],
    ['German browser (neither locale)', { locale: 'de-DE' }, null, '/en'],
    ['saved choice beats the browser', { locale: 'zh-CN' }, 'en', '/en'],
    ['no JavaScript: meta refresh', { locale: 'zh-CN', javaScriptEnabled: false }, null, '/en'],
  ] as const)
    it(`/ redirects: ${label} → ${expected}`, async () => {
      const context = await openBrowser(options);
      try {
        if (cookie) await context.addCookies([{ name: 'NEXT_LOCALE', value: cookie, url: base }]);
        const page = await context.newPage();
        await page.goto(`${base}/#p3`);
        await page.waitForURL((u) => u.pathname === expected, { timeout: 10_000 });
        if (options.javaScriptEnabled !== false) expect(new URL(page.url()).hash).toBe('#p3');
        expect(await page.getAttribute('html', 'lang')).toBe(expected === '/zh' ? 'zh-Hans' : 'en');
      } finally {
        await context.close();
      }
    });

  it('/ without JavaScript lists both locales', async () => {
    const r = await get('/');
    expect(r.status).toBe(200);
    checkSecurityHeaders(r.headers, '/');
    const noscript = r.body.match(/<noscript>([\s\S]*?)<\/noscript>/g)?.join('') ?? '';
    for (const l of LOCALES) expect(noscript).toContain(`href="/${l}"`);
    expect(noscript).toMatch(/http-equiv="refresh" content="0; url=\/en"/);
  });
});
