import type { BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BASE_URL, openBrowser } from './browser';
import {
  checkSecurityHeaders,
  LEAK,
  MARKUP,
  RAW_QUERIES,
  REFLECTED,
  traversalPaths,
} from './security-checks';
import { ARTICLE, localisedPaths, sameOriginRefs } from './site-routes';

// Response headers on every route, and a list of hostile inputs: markup in query strings, paths
// and fragments, very long values, odd encodings, path traversal on the file routes. Nothing may
// answer 5xx, nothing may be reflected unescaped, traversal answers 404.
// static-export.test.ts runs the same checks (security-checks.ts) against the static export.

async function get(path: string, init: RequestInit = {}) {
  const res = await fetch(`${BASE_URL}${path}`, { redirect: 'manual', ...init });
  return { status: res.status, headers: res.headers, body: await res.text() };
}

let context: BrowserContext;
beforeAll(async () => {
  context = await openBrowser();
});
afterAll(async () => {
  await context?.close();
});

describe('security headers', () => {
  it('on every page in both locales, and on every file those pages load or link', async () => {
    const files = new Set<string>();
    for (const path of localisedPaths()) {
      const r = await get(path);
      expect(r.status, path).toBe(200);
      checkSecurityHeaders(r.headers, path);
      for (const ref of sameOriginRefs(r.body, `${BASE_URL}${path}`))
        if (!localisedPaths().includes(ref)) files.add(ref);
    }
    // Scripts, styles, fonts, icons, exports, data files.
    expect([...files].some((f) => f.startsWith('/_next/static/'))).toBe(true);
    expect([...files].some((f) => f.startsWith('/exports/'))).toBe(true);
    for (const f of files) {
      const r = await get(f);
      expect(r.status, f).toBeLessThan(400);
      checkSecurityHeaders(r.headers, f);
    }
  });

  it('on the redirect at / and on 404 pages', async () => {
    for (const path of ['/', '/en/nope', '/xx/nope', `/en${ARTICLE}-nope`, '/exports/nope/article.json']) {
      const r = await get(path);
      expect(r.status, path).not.toBe(200);
      checkSecurityHeaders(r.headers, path);
    }
  });

  it('JSON-LD blocks contain no raw `<` and parse', async () => {
    let blocks = 0;
    for (const path of localisedPaths()) {
      const { body } = await get(path);
      for (const m of body.matchAll(/<script type="application\/ld\+json"[^>]*>([\s\S]*?)<\/script>/g)) {
        blocks++;
        expect(m[1], path).not.toContain('<');
        expect(() => JSON.parse(m[1]!), path).not.toThrow();
      }
    }
    expect(blocks).toBeGreaterThan(0);
  });
});

describe('hostile input', () => {
  const targets = [...new Set(['/en', `/en${ARTICLE}`, '/zh/glossary', ...localisedPaths()])];

  it('query strings with markup, huge values and odd encodings: never 5xx, never reflected', async () => {
    for (const path of targets)
      for (const q of RAW_QUERIES) {
        const r = await get(`${path}?${q}`);
        const where = `${path}?${q.slice(0, 60)}`;
        expect(r.status, where).toBeLessThan(500);
        expect([200, 400, 404, 414, 431], where).toContain(r.status);
        for (const re of REFLECTED) expect(r.body, where).not.toMatch(re);
      }
  });

  it('markup and odd encodings in the path: 404 (or a redirect to a 404), never 5xx or reflected', async () => {
    const paths = [
      ...MARKUP.map((m) => `/en/${encodeURIComponent(m)}`),
      ...MARKUP.map((m) => `/en/articles/${encodeURIComponent(m)}`),
      `/en/${'a'.repeat(10_000)}`,
      '/en/%00',
      '/en/articles/%ff',
      '/en/%c0%ae%c0%ae/',
      '/en/%e2%80%aeevil',
      '/zh/glossary/%3Cscript%3E',
      `/${encodeURIComponent('<script>alert(1)</script>')}`,
    ];
    for (const p of paths) {
      const res = await fetch(`${BASE_URL}${p}`); // follows the locale redirect, if any
      const body = await res.text();
      expect(res.status, p.slice(0, 80)).toBeLessThan(500);
      expect([400, 404, 414], p.slice(0, 80)).toContain(res.status);
      for (const re of REFLECTED) expect(body, p.slice(0, 80)).not.toMatch(re);
    }
  });

  it('path traversal on the file routes answers 404 and never leaks a file', async () => {
    const paths = traversalPaths(ARTICLE.split('/').pop()!);
    for (const p of paths) {
      const res = await fetch(`${BASE_URL}${p}`);
      const body = await res.text();
      expect(res.status, p).toBe(404);
      expect(body, p).not.toMatch(LEAK);
    }
  });

  it('markup in the fragment is never executed or inserted, and throws no page error', async () => {
    const fragments = [
      '<img src=x onerror=window.__pwned=1>',
      '"><svg onload=window.__pwned=1>',
      "'-window.__pwned=1-'",
      'javascript:window.__pwned=1',
      `p${'9'.repeat(10_000)}`,
      '%E2%80%AE%00%ff',
      ':not(*)',
      ')]}',
    ];
    for (const path of [`/en${ARTICLE}`, '/zh/glossary']) {
      for (const f of fragments) {
        const page = await context.newPage();
        const errors: string[] = [];
        page.on('pageerror', (e) => errors.push(e.message));
        let dialogs = 0;
        page.on('dialog', (d) => {
          dialogs++;
          void d.dismiss();
        });
        const res = await page.goto(`${BASE_URL}${path}#${f}`, { waitUntil: 'load' });
        expect(res?.status()).toBe(200);
        await page.waitForTimeout(150);
        const pwned = await page.evaluate(
          () =>
            (window as unknown as { __pwned?: number }).__pwned === 1 ||
            !!document.querySelector('img[src="x"], svg[onload]'),
        );
        expect(pwned, `${path}#${f.slice(0, 40)}`).toBe(false);
        expect(dialogs).toBe(0);
        expect(errors, `${path}#${f.slice(0, 40)}`).toEqual([]);
        await page.close();
      }
    }
  });

  it('the CSP is enforced: an injected inline handler does not run, and the pages raise no violation', async () => {
    const page = await context.newPage();
    const violations: string[] = [];
    page.on('console', (m) => {
      // Errors and warnings: Chromium reports an unknown Permissions-Policy feature as a warning.
      if (
        ['error', 'warning'].includes(m.type()) &&
        /Content Security Policy|Permissions-Policy/i.test(m.text())
      )
        violations.push(m.text());
    });
    for (const path of localisedPaths()) {
      await page.goto(`${BASE_URL}${path}`, { waitUntil: 'networkidle' });
      expect(violations, path).toEqual([]);
    }
    // An attacker-controlled object/embed or off-site script would be refused.
    const blocked = await page.evaluate(async () => {
      const s = document.createElement('script');
      s.src = 'https://example.com/x.js';
      const refused = new Promise<boolean>((resolve) => {
        document.addEventListener('securitypolicyviolation', () => resolve(true), { once: true });
        setTimeout(() => resolve(false), 2000);
      });
      document.head.append(s);
      return refused;
    });
    expect(blocked).toBe(true);
    await page.close();
  });
});
