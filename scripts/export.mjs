#!/usr/bin/env node
// `npm run export`: the whole site as static files in out/ — every locale, page, glossary, export and
// data file, the 404 pages and the locale redirect at `/` — for any static host or CDN, no Node.
//
// How: a normal production build (NEXT_DIST_DIR, default .next-export), served once by `next start`
// on loopback, and every prerendered route (from the build's prerender manifest, plus every
// same-origin link and file those pages refer to) saved as the bytes Next serves, next to
// .next-export/static and public/. Then, per HTML file, a <meta> Content-Security-Policy with the
// sha256 of each of its inline scripts, so static hosting gets a hash-based script policy.
//
// Why not `output: 'export'` (checked against Next 16.4.6):
// - proxy.ts (next-intl's locale redirect and the 404 answers) is not supported with it, nor
//   headers();
// - with output: 'export' a custom distDir only names the export folder: the build itself always goes
//   to `.next` (next/dist/export/utils.js getBuildDistDir), which would clobber the default build
//   that tests and other builds use in parallel.
// Snapshotting the server build has none of these problems and gives exactly the bytes (and the
// headers, written to out/_headers) that `next start` serves. The site has no client-side
// navigation (plain links, full loads), so no RSC payload files are needed.
import { spawn } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { SECURITY_HEADERS } from './lib/security-headers.mjs';
import { nextBuild } from './lib/next-build.mjs';

const dist = process.env.NEXT_DIST_DIR || '.next-export';
const outDir = path.resolve(process.env.EXPORT_DIR || 'out');
const nextBin = path.join('node_modules', 'next', 'dist', 'bin', 'next');
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: '1', NEXT_DIST_DIR: dist };
const LOCALES = ['en', 'zh'];
const DEFAULT_LOCALE = 'en';

if (process.env.SKIP_BUILD !== '1' || !fs.existsSync(path.join(dist, 'BUILD_ID'))) {
  const status = nextBuild(env);
  if (status !== 0) process.exit(status);
}

const port = await new Promise((resolve) => {
  const srv = net.createServer().listen(0, '127.0.0.1', () => {
    const { port: p } = srv.address();
    srv.close(() => resolve(p));
  });
});
const server = spawn(process.execPath, [nextBin, 'start', '-p', String(port), '-H', '127.0.0.1'], {
  env,
  stdio: ['ignore', 'ignore', 'inherit'],
});
const stop = () => server.exitCode === null && server.kill('SIGTERM');
process.on('exit', stop);
const base = `http://127.0.0.1:${port}`;
for (const deadline = Date.now() + 60_000; ;) {
  try {
    if ((await fetch(`${base}/${DEFAULT_LOCALE}`)).ok) break;
  } catch {
    /* not up yet */
  }
  if (Date.now() > deadline || server.exitCode !== null) throw new Error('next start did not come up');
  await new Promise((r) => setTimeout(r, 250));
}

fs.rmSync(outDir, { recursive: true, force: true });
fs.mkdirSync(outDir, { recursive: true });
fs.cpSync('public', outDir, { recursive: true });
fs.cpSync(path.join(dist, 'static'), path.join(outDir, '_next', 'static'), { recursive: true });

/** sha256 CSP sources of every inline, executable <script> in an HTML document. */
export function inlineScriptHashes(html) {
  const hashes = [];
  for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    const attrs = m[1];
    if (/\bsrc\s*=/.test(attrs)) continue;
    const type = /\btype\s*=\s*["']?([^"'\s>]+)/i.exec(attrs)?.[1]?.toLowerCase();
    if (type && !['text/javascript', 'module', 'application/javascript'].includes(type)) continue; // data blocks
    hashes.push(`'sha256-${crypto.createHash('sha256').update(m[2], 'utf8').digest('base64')}'`);
  }
  return [...new Set(hashes)];
}

/** Adds the hash-based script policy as the first element of <head>, before any script. */
function withCspMeta(html) {
  const policy = [
    `script-src 'self' ${inlineScriptHashes(html).join(' ')}`.trim(),
    "object-src 'none'",
    "base-uri 'self'",
  ].join('; ');
  const meta = `<meta http-equiv="Content-Security-Policy" content="${policy}"/>`;
  if (!/<head[^>]*>/i.test(html)) throw new Error('export: HTML without <head>');
  return html.replace(/<head([^>]*)>/i, (h) => `${h}${meta}`);
}

function fileFor(route, isHtml) {
  const rel = decodeURIComponent(route).replace(/^\/+/, '');
  if (rel.split('/').some((s) => s === '..' || s === '')) {
    if (rel !== '') throw new Error(`export: odd route ${route}`);
  }
  return path.join(outDir, isHtml ? `${rel || 'index'}.html` : rel);
}

function write(file, body) {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, body);
}

// Routes: the prerender manifest, then everything same-origin those pages link or load.
const manifest = JSON.parse(fs.readFileSync(path.join(dist, 'prerender-manifest.json'), 'utf8'));
const queue = [
  ...new Set([...Object.keys(manifest.routes), '/robots.txt', '/sitemap.xml', '/icon.svg', '/favicon.ico']),
  // /en/404 and /zh/404 are the localised 404 pages: saved below as 404.html, with their status.
].filter((r) => !r.startsWith('/_') && r !== '/' && !/^\/[^/]+\/404$/.test(r));
const optional = new Set(['/robots.txt', '/sitemap.xml', '/icon.svg', '/favicon.ico']);
const seen = new Set(queue);
const saved = [];
while (queue.length) {
  const route = queue.shift();
  if (route.startsWith('/_next/static/') || fs.existsSync(path.join('public', route))) continue;
  const res = await fetch(`${base}${route}`, { redirect: 'manual' });
  if (res.status === 404 && optional.has(route)) continue;
  if (res.status !== 200) throw new Error(`export: ${route} answered ${res.status}`);
  const type = res.headers.get('content-type') ?? '';
  const isHtml = type.startsWith('text/html');
  const body = Buffer.from(await res.arrayBuffer());
  if (isHtml) {
    const html = body.toString('utf8');
    write(fileFor(route, true), withCspMeta(html));
    for (const m of html.matchAll(/\s(?:href|src)="(\/[^"#?]*)[^"]*"/g)) {
      const ref = m[1].replace(/\/$/, '') || '/';
      if (ref !== '/' && !seen.has(ref)) {
        seen.add(ref);
        queue.push(ref);
      }
    }
  } else write(fileFor(route, false), body);
  saved.push(route);
}

// 404 pages: one per locale (hosts like Cloudflare Pages serve the nearest 404.html), and at the
// root for everything else the default locale's, as the server answers there (it redirects an
// address without a locale to the default one). Next's own not-found document (app/not-found.tsx)
// is not used: it shows its text only once JavaScript runs.
for (const locale of LOCALES) {
  const res = await fetch(`${base}/${locale}/__export-404__`);
  if (res.status !== 404) throw new Error(`export: /${locale} 404 page answered ${res.status}`);
  write(path.join(outDir, locale, '404.html'), withCspMeta(await res.text()));
}
fs.copyFileSync(path.join(outDir, DEFAULT_LOCALE, '404.html'), path.join(outDir, '404.html'));
stop();

// The locale redirect at `/`: the saved choice (NEXT_LOCALE cookie, set by the locale switcher, as
// the proxy reads it), else the browser's languages, else English. Without JavaScript: a list of
// both locales and a meta refresh to English.
write(
  path.join(outDir, 'locale-redirect.js'),
  `// The static export's locale redirect at / (the server uses next-intl's proxy instead).
(function () {
  var locales = ${JSON.stringify(LOCALES)};
  var pick = null;
  try {
    var m = /(?:^|;\\s*)NEXT_LOCALE=([^;]+)/.exec(document.cookie);
    if (m && locales.indexOf(m[1]) >= 0) pick = m[1];
  } catch (e) {}
  if (!pick) {
    var langs = navigator.languages && navigator.languages.length ? navigator.languages : [navigator.language || ''];
    for (var i = 0; i < langs.length && !pick; i++) {
      var primary = String(langs[i]).toLowerCase().split('-')[0];
      if (locales.indexOf(primary) >= 0) pick = primary;
    }
  }
  location.replace('/' + (pick || ${JSON.stringify(DEFAULT_LOCALE)}) + location.search + location.hash);
})();
`,
);
write(
  path.join(outDir, 'index.html'),
  `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="script-src 'self'; object-src 'none'; base-uri 'self'">
<title>Duizhao · 对照</title>
<link rel="alternate" hreflang="en" href="/en">
<link rel="alternate" hreflang="zh-Hans" href="/zh">
<script src="/locale-redirect.js"></script>
<noscript><meta http-equiv="refresh" content="0; url=/${DEFAULT_LOCALE}"></noscript>
</head>
<body>
<main>
<h1>Duizhao · <span lang="zh-Hans">对照</span></h1>
<noscript>
<ul>
<li><a href="/en" hreflang="en">English</a></li>
<li><a href="/zh" hreflang="zh-Hans" lang="zh-Hans">中文</a></li>
</ul>
</noscript>
</main>
</body>
</html>
`,
);

// Headers for hosts that read a _headers file (Netlify, Cloudflare Pages; scripts/static-server.mjs).
write(
  path.join(outDir, '_headers'),
  `/*\n${SECURITY_HEADERS.map((h) => `  ${h.key}: ${h.value}`).join('\n')}\n/_next/static/*\n  Cache-Control: public, max-age=31536000, immutable\n`,
);

const count = (dir) =>
  fs
    .readdirSync(dir, { withFileTypes: true })
    .reduce((n, e) => n + (e.isDirectory() ? count(path.join(dir, e.name)) : 1), 0);
console.log(
  `Exported ${saved.length} routes (+ 404 pages, / redirect, ${count(outDir)} files in all) to ${outDir}`,
);
console.log(saved.map((r) => `  ${r}`).join('\n'));
