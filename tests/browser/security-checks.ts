import { expect } from 'vitest';

// Shared by security.test.ts (next start) and static-export.test.ts (the static export).

export function checkSecurityHeaders(h: Headers, where: string): void {
  const csp = h.get('content-security-policy');
  expect(csp, `${where}: Content-Security-Policy`).toBeTruthy();
  const directives = new Map(
    csp!
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter((d) => d[0])
      .map(([name, ...values]) => [name!, values]),
  );
  expect(directives.get('frame-ancestors'), `${where}: frame-ancestors`).toEqual(["'none'"]);
  expect(directives.get('object-src'), `${where}: object-src`).toEqual(["'none'"]);
  expect(directives.get('base-uri'), `${where}: base-uri`).toEqual(["'self'"]);
  expect(directives.get('form-action'), `${where}: form-action`).toEqual(["'self'"]);
  expect(directives.get('default-src'), `${where}: default-src`).toEqual(["'self'"]);
  // Offline reading: exactly the site's own service worker (/sw.js) and manifest.
  expect(directives.get('worker-src'), `${where}: worker-src`).toEqual(["'self'"]);
  expect(directives.get('manifest-src'), `${where}: manifest-src`).toEqual(["'self'"]);
  // No third-party origin anywhere: only keywords, hashes and the data:/blob: schemes.
  for (const [name, values] of directives)
    for (const v of values)
      expect(
        /^'(self|none|unsafe-inline|strict-dynamic|sha(256|384|512)-[A-Za-z0-9+/=]+)'$/.test(v) ||
          v === 'data:' ||
          v === 'blob:',
        `${where}: ${name} allows ${v}`,
      ).toBe(true);
  expect(directives.get('script-src') ?? directives.get('default-src')).not.toContain("'unsafe-eval'");
  expect(h.get('x-content-type-options'), `${where}: nosniff`).toBe('nosniff');
  expect(h.get('referrer-policy'), `${where}: Referrer-Policy`).toBe('strict-origin-when-cross-origin');
  const pp = h.get('permissions-policy') ?? '';
  for (const feature of ['camera', 'microphone', 'geolocation'])
    expect(pp, `${where}: Permissions-Policy ${feature}`).toMatch(new RegExp(`(^|,\\s*)${feature}=\\(\\)`));
}

export const MARKUP = [
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(1)>',
  "'><svg/onload=alert(1)>",
  '</title><script>alert(1)</script>',
  'javascript:alert(1)',
];
/** Raw (pre-encoded) query strings: odd encodings the URL class would otherwise normalise. */
export const RAW_QUERIES = [
  ...MARKUP.map((m) => `q=${encodeURIComponent(m)}`),
  `q=${'a'.repeat(10_000)}`,
  `${'k'.repeat(5_000)}=${'<b>'.repeat(1_000)}`,
  'q=%00',
  'q=%ff%fe',
  'q=%c0%ae%c0%ae%c0%af', // overlong UTF-8 for ../
  'q=%e2%80%ae%e2%80%8fevil', // RTL override, RLM
  'q=%',
  'q=%zz',
  'a[]=1&a[]=2&__proto__[x]=1&constructor=1',
  '_rsc=1',
  'view=<script>&pinyin="><b>',
];
/** Markers that must never appear in a response to a hostile request. */
export const REFLECTED = [/<script>alert\(1\)/i, /<img src=x onerror/i, /<svg\/onload/i, /<b><b><b>/];

/** A file's content showing up where it must not. */
export const LEAK = /"name":\s*"duizhao"|root:x:0:0|nextConfig|createNextIntlPlugin/;

/** Path traversal attempts on the file routes (exports, data, search data, static files). */
export function traversalPaths(slug: string): string[] {
  return [
    `/exports/${slug}/..%2f..%2fpackage.json`,
    `/exports/${slug}/%2e%2e%2f%2e%2e%2fpackage.json`,
    `/exports/${slug}/..%5c..%5cpackage.json`,
    `/exports/${slug}/%252e%252e%252fpackage.json`,
    `/exports/${slug}/article.json%00.txt`,
    `/exports/${slug}/%c0%ae%c0%ae%c0%afpackage.json`,
    `/exports/..%2f..%2f/package.json`,
    `/exports/%2e%2e/%2e%2e/package.json`,
    `/exports/${slug}/..%2f..%2f..%2f..%2fetc%2fpasswd`,
    `/data/..%2f..%2fpackage.json/dictionary.json`,
    `/data/${slug}/..%2f..%2fpackage.json`,
    `/search-data/..%2fpackage.json`,
    `/search-data/..%2f..%2fnext.config.mjs`,
    `/_next/static/..%2f..%2fpackage.json`,
    `/settings-init.js%2f..%2f..%2fpackage.json`,
    `/..%2fpackage.json`,
    `/%2e%2e/%2e%2e/etc/passwd`,
  ];
}
