#!/usr/bin/env node
// `npm run bench`: a benchmark, not a test. Builds (NEXT_DIST_DIR, default .next-bench; SKIP_BUILD=1
// reuses it), serves with `next start` on 127.0.0.1, and measures:
//   1. Lighthouse 12 (mobile, default simulated throttling, Debian Chromium): home, reader, glossary
//      and the floor — 4 category scores, LCP, TBT, CLS, total bytes; the run with the median
//      performance score of LH_RUNS (default 3);
//   2. bytes (raw, gzip) of the reader page's HTML, JS, CSS and fonts, and the share of the HTML
//      that is the inline RSC payload (self.__next_f.push scripts);
//   3. the JS budget: reader JS (gzip) minus the framework baseline (the build's rootMainFiles: what
//      a page with no client components loads);
//   4. autocannon on the reader at 10 and 50 connections: req/s, p50/p99 latency, errors — and the
//      same against the floor: the same rendered article as a plain HTML file with its CSS and no
//      JS, served by scripts/static-server.mjs; ratios ours/floor;
//   5. a 60 s soak at 50 connections: errors and the server's RSS growth (bound: 100 MB).
// Prints a table and writes bench/results.json. Loopback only; nothing leaves the machine.
import { spawn, spawnSync, execFileSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import autocannon from 'autocannon';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROMIUM_ARGS, findChromium } from '../lib/chromium.mjs';
import { deferredScripts } from '../lib/defer-runtime.mjs';
import { nextBuild } from '../lib/next-build.mjs';

const ROOT = process.cwd();
const dist = process.env.NEXT_DIST_DIR || '.next-bench';
const nextBin = path.join('node_modules', 'next', 'dist', 'bin', 'next');
// A fixed port, and SITE_URL (canonical/hreflang URLs) built for it: next-intl's Link header gives
// hreflang alternates on the request's origin, and Lighthouse's SEO audit fails a canonical that is
// a different URL of an hreflang set. (With SKIP_BUILD=1 the reused build keeps its own SITE_URL.)
const PORT = Number(process.env.BENCH_PORT || 3290);
const env = {
  ...process.env,
  NEXT_TELEMETRY_DISABLED: '1',
  NEXT_DIST_DIR: dist,
  SITE_URL: process.env.SITE_URL || `http://localhost:${PORT}`,
};
const SOAK_SECONDS = Number(process.env.SOAK_SECONDS || 60);
const RUN_SECONDS = Number(process.env.RUN_SECONDS || 15);
const LH_RUNS = Math.max(1, Number(process.env.LH_RUNS || 3));
const RSS_BOUND_MB = 100;
// The reference article (the longest; the figures in README and docs/performance.md are its), or BENCH_ARTICLE.
const slug = process.env.BENCH_ARTICLE || 'huaiyin-2024';
if (!fs.existsSync(path.join(ROOT, 'content', 'articles', slug, 'article.json')))
  throw new Error(`bench: no article ${slug}`);
// about: the framework reference, a page with Next's runtime and almost no client code of ours; its TBT
// is what booting Next and React costs on this machine, whatever the page.
const PAGES = { home: '/en', reader: `/en/articles/${slug}`, glossary: '/en/glossary', about: '/en/about' };

const log = (...a) => console.error('[bench]', ...a);
const freePort = () =>
  new Promise((resolve) => {
    const srv = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
async function waitUp(url, child) {
  for (const deadline = Date.now() + 60_000; ; ) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      /* not yet */
    }
    if (Date.now() > deadline || child.exitCode !== null) throw new Error(`${url} did not come up`);
    await new Promise((r) => setTimeout(r, 250));
  }
}
const gz = (buf) => zlib.gzipSync(buf).length;
const kb = (n) => Math.round((n / 1024) * 10) / 10;

// ---------------------------------------------------------------------------------------------
if (process.env.SKIP_BUILD !== '1' || !fs.existsSync(path.join(dist, 'BUILD_ID'))) {
  log(`building into ${dist}/ …`);
  const status = nextBuild(env, ['ignore', 'ignore', 'inherit']);
  if (status !== 0) process.exit(status);
}

const children = [];
const cleanup = () => {
  for (const c of children) if (c.exitCode === null) c.kill('SIGTERM');
};
process.on('exit', cleanup);
for (const sig of ['SIGINT', 'SIGTERM'])
  process.on(sig, () => {
    cleanup();
    process.exit(130);
  });

const port = PORT;
const next = spawn(process.execPath, [nextBin, 'start', '-p', String(port), '-H', '127.0.0.1'], {
  env,
  stdio: ['ignore', 'ignore', 'inherit'],
});
children.push(next);
const base = `http://127.0.0.1:${port}`;
await waitUp(`${base}/en`, next);
log(`next start on ${base} (pid ${next.pid})`);

// --- bytes ------------------------------------------------------------------------------------
async function fetchBuf(url) {
  const r = await fetch(url);
  if (!r.ok) throw new Error(`${url}: ${r.status}`);
  return Buffer.from(await r.arrayBuffer());
}
const attr = (html, re) => [...html.matchAll(re)].map((m) => m[1].replace(/&amp;/g, '&'));
async function pageBytes(route) {
  const htmlBuf = await fetchBuf(`${base}${route}`);
  const html = htmlBuf.toString('utf8');
  // Not the nomodule polyfills: modern browsers neither download nor run them. A reader page's runtime is
  // listed by its after-paint loader (scripts/lib/defer-runtime.mjs) instead of <script src> tags.
  const scripts = [
    ...new Set([
      ...[...html.matchAll(/<script\b([^>]*)>/g)]
        .filter((m) => !/\bnoModule\b/i.test(m[1]))
        .map((m) => /\ssrc="([^"]+)"/.exec(m[1])?.[1])
        .filter(Boolean),
      ...deferredScripts(html),
    ]),
  ];
  const styles = [...new Set(attr(html, /<link[^>]*rel="stylesheet"[^>]*href="([^"]+)"/g))];
  const sum = async (urls) => {
    let raw = 0;
    let gzip = 0;
    const bufs = {};
    for (const u of urls) {
      const b = await fetchBuf(new URL(u, base).href);
      bufs[u] = b;
      raw += b.length;
      gzip += gz(b);
    }
    return { raw, gzip, files: urls.length, bufs };
  };
  const js = await sum(scripts);
  const css = await sum(styles);
  const fontUrls = new Set(attr(html, /<link[^>]*as="font"[^>]*href="([^"]+)"/g));
  for (const [u, b] of Object.entries(css.bufs))
    for (const f of attr(b.toString('utf8'), /url\(["']?([^"')]+\.(?:woff2?|ttf|otf))["']?\)/g))
      fontUrls.add(new URL(f, new URL(u, base)).pathname);
  const fonts = await sum([...fontUrls]);
  let rsc = 0;
  for (const m of html.matchAll(/<script>(self\.__next_f\.push[\s\S]*?)<\/script>/g)) rsc += Buffer.byteLength(m[0]);
  return { html, htmlBuf, scripts, styles, cssBufs: css.bufs, js, css, fonts, rsc };
}

log('measuring bytes …');
const reader = await pageBytes(PAGES.reader);
const about = await pageBytes('/en/about');
const buildManifest = JSON.parse(fs.readFileSync(path.join(dist, 'build-manifest.json'), 'utf8'));
let frameworkGzip = 0;
let frameworkRaw = 0;
for (const f of buildManifest.rootMainFiles) {
  const b = await fetchBuf(`${base}/_next/${f}`);
  frameworkRaw += b.length;
  frameworkGzip += gz(b);
}
const bytes = {
  html: { raw: reader.htmlBuf.length, gzip: gz(reader.htmlBuf) },
  js: { raw: reader.js.raw, gzip: reader.js.gzip, files: reader.js.files },
  css: { raw: reader.css.raw, gzip: reader.css.gzip, files: reader.css.files },
  fonts: { raw: reader.fonts.raw, gzip: reader.fonts.gzip, files: reader.fonts.files },
  rscPayload: {
    raw: reader.rsc,
    shareOfHtml: Math.round((reader.rsc / reader.htmlBuf.length) * 1000) / 10,
  },
};
const jsBudget = {
  frameworkBaselineGzip: frameworkGzip,
  frameworkBaselineRaw: frameworkRaw,
  readerJsGzip: reader.js.gzip,
  aboveBaselineGzip: reader.js.gzip - frameworkGzip,
  aboutPageJsGzip: about.js.gzip,
  readerAboveAboutGzip: reader.js.gzip - about.js.gzip,
  budgetGzip: 25 * 1024,
};

// --- the floor, and one static server for reader and floor -------------------------------------
// Lighthouse compares like with like: the site's static export of this very build (the reader as
// any static host serves it) and the floor — the same rendered article with every script removed —
// placed beside it, served by the same scripts/static-server.mjs. `next start` is measured under
// load below. The floor keeps the export's CSS, fonts and icon paths, so it loads the same files.
const siteDir = path.join(ROOT, 'bench', 'tmp', 'site');
log('exporting the build as static files …');
const exp = spawnSync(process.execPath, ['scripts/export.mjs'], {
  env: { ...env, SKIP_BUILD: '1', EXPORT_DIR: siteDir },
  stdio: ['ignore', 'ignore', 'inherit'],
});
if (exp.status !== 0) throw new Error('export failed');
const stripScripts = (h) =>
  h
    .replace(/<script\b[^>]*>[\s\S]*?<\/script>/g, (s) => (s.includes('application/ld+json') ? s : ''))
    .replace(/<link[^>]*rel="(?:preload|modulepreload)"[^>]*as="script"[^>]*\/?>/g, '');
const floorHtml = stripScripts(reader.html);
const floorPath = `/floor${PAGES.reader}`;
fs.mkdirSync(path.dirname(path.join(siteDir, floorPath)), { recursive: true });
fs.writeFileSync(path.join(siteDir, `${floorPath}.html`), floorHtml);
const sitePort = await freePort();
const siteServer = spawn(process.execPath, ['scripts/static-server.mjs', siteDir, String(sitePort)], {
  stdio: ['ignore', 'ignore', 'inherit'],
});
children.push(siteServer);
const floorBase = `http://127.0.0.1:${sitePort}`;
await waitUp(`${floorBase}${floorPath}`, siteServer);
const floorBytes = {
  html: { raw: Buffer.byteLength(floorHtml), gzip: gz(Buffer.from(floorHtml)) },
  css: bytes.css,
  js: { raw: 0, gzip: 0, files: 0 },
};
// The article's text reaches the browser once: reader HTML (gzip) against the floor's.
const once = {
  readerHtmlGzip: bytes.html.gzip,
  floorHtmlGzip: floorBytes.html.gzip,
  ratio: Math.round((bytes.html.gzip / floorBytes.html.gzip) * 100) / 100,
  aim: 1.25,
  rscShareOfHtml: bytes.rscPayload.shareOfHtml,
  rscAimPercent: 20,
};

// --- Lighthouse ---------------------------------------------------------------------------------
const chromePath = findChromium();
if (!chromePath) throw new Error('No Chromium (apt-get install chromium)');
const chromiumVersion = execFileSync(chromePath, ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] })
  .trim()
  .split('\n')
  .pop();
const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'duizhao-lh-'));
fs.mkdirSync(path.join(profile, 'tmp'));
fs.mkdirSync(path.join(profile, 'user-data'));
const lhResults = {};
log('lighthouse …');
const chrome = await chromeLauncher.launch({
  chromePath,
  chromeFlags: [...CHROMIUM_ARGS, '--headless=new'],
  userDataDir: path.join(profile, 'user-data'),
  envVars: { ...process.env, TMPDIR: path.join(profile, 'tmp') },
  logLevel: 'silent',
});
try {
  // Lighthouse visits `localhost` (still loopback): the pages' canonical URLs use SITE_URL, by default
  // http://localhost:3000, and the SEO audit fails a canonical on another host (the port is ignored).
  const lh = (u) => u.replace('//127.0.0.1:', '//localhost:');
  // Every page from the static server (the export), so reader and floor share one server.
  const targets = {
    ...Object.fromEntries(Object.entries(PAGES).map(([k, p]) => [k, lh(`${floorBase}${p}`)])),
    floor: lh(`${floorBase}${floorPath}`),
  };
  for (const [name, url] of Object.entries(targets)) {
    log(`  ${name}: ${url} (${LH_RUNS} runs)`);
    // Lighthouse's timings scale with the CPU time it observes, which a shared machine makes noisy:
    // several runs, and the one with the median performance score is reported (as Lighthouse's
    // own docs advise); every run's score is kept in the results.
    const runs = [];
    for (let i = 0; i < LH_RUNS; i++) {
      const r = await lighthouse(url, {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
      });
      runs.push(r.lhr);
    }
    const perfOf = (l) => l.categories.performance?.score ?? 0;
    const lhr = [...runs].sort((a, b) => perfOf(a) - perfOf(b))[Math.floor(runs.length / 2)];
    const score = (c) => (lhr.categories[c]?.score == null ? null : Math.round(lhr.categories[c].score * 100));
    const num = (a) => lhr.audits[a]?.numericValue ?? null;
    const failing = (c) =>
      (lhr.categories[c]?.auditRefs ?? [])
        .filter((ref) => ref.weight > 0 && (lhr.audits[ref.id]?.score ?? 1) < 1)
        .map((ref) => ref.id);
    lhResults[name] = {
      url: url.replace(/^http:\/\/localhost:\d+/, ''),
      performance: score('performance'),
      accessibility: score('accessibility'),
      bestPractices: score('best-practices'),
      seo: score('seo'),
      lcpMs: Math.round(num('largest-contentful-paint')),
      tbtMs: Math.round(num('total-blocking-time')),
      cls: Math.round(num('cumulative-layout-shift') * 1000) / 1000,
      totalBytes: num('total-byte-weight'),
      failingAudits: {
        performance: failing('performance'),
        accessibility: failing('accessibility'),
        bestPractices: failing('best-practices'),
        seo: failing('seo'),
      },
      runtimeError: lhr.runtimeError?.code ?? null,
      performanceRuns: runs.map((l) => Math.round(perfOf(l) * 100)),
      // A run that scores 0 failed to measure (Lighthouse's runtime error or a metric it could not
      // compute): kept so the reason is on record, never silently averaged in.
      failedRuns: runs
        .filter((l) => !perfOf(l))
        .map((l) => {
          const failed = Object.entries(l.audits).find(([, a]) => a.errorMessage);
          return l.runtimeError?.code ?? (failed ? `${failed[0]}: ${failed[1].errorMessage}` : 'no score');
        }),
    };
  }
} finally {
  await chrome.kill();
  fs.rmSync(profile, { recursive: true, force: true, maxRetries: 5, retryDelay: 200 });
}

// --- throughput ---------------------------------------------------------------------------------
function cannon(url, connections, duration) {
  return new Promise((resolve, reject) => {
    autocannon({ url, connections, duration, pipelining: 1 }, (err, r) => {
      if (err) return reject(err);
      resolve({
        connections,
        seconds: duration,
        requests: r.requests.total,
        reqPerSec: Math.round(r.requests.average),
        p50Ms: r.latency.p50,
        p99Ms: r.latency.p99,
        // autocannon counts timeouts (no answer within 10 s) among its errors.
        errors: r.errors + (r.non2xx ?? 0),
        timeouts: r.timeouts,
        non2xx: r.non2xx ?? 0,
        maxMs: r.latency.max,
        throughputMBps: Math.round((r.throughput.average / 1024 / 1024) * 10) / 10,
      });
    });
  });
}
log('autocannon: warm-up …');
await cannon(`${base}${PAGES.reader}`, 10, 3);
await cannon(`${floorBase}${floorPath}`, 10, 3);
const load = { ours: {}, floor: {} };
for (const c of [10, 50]) {
  log(`autocannon: ours, ${c} connections, ${RUN_SECONDS}s …`);
  load.ours[c] = await cannon(`${base}${PAGES.reader}`, c, RUN_SECONDS);
  log(`autocannon: floor, ${c} connections, ${RUN_SECONDS}s …`);
  load.floor[c] = await cannon(`${floorBase}${floorPath}`, c, RUN_SECONDS);
}

// --- soak ---------------------------------------------------------------------------------------
/** RSS of a process and all its descendants, in bytes (Linux /proc). */
function treeRss(pid) {
  const kids = new Map();
  for (const d of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(d)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${d}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      if (!kids.has(ppid)) kids.set(ppid, []);
      kids.get(ppid).push(Number(d));
    } catch {
      /* gone */
    }
  }
  let total = 0;
  const stack = [pid];
  while (stack.length) {
    const p = stack.pop();
    try {
      const m = /VmRSS:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${p}/status`, 'utf8'));
      if (m) total += Number(m[1]) * 1024;
    } catch {
      /* gone */
    }
    stack.push(...(kids.get(p) ?? []));
  }
  return total;
}
log(`soak: ${SOAK_SECONDS}s at 50 connections …`);
const rssBefore = treeRss(next.pid);
let rssPeak = rssBefore;
const sampler = setInterval(() => {
  rssPeak = Math.max(rssPeak, treeRss(next.pid));
}, 1000);
const soakRun = await cannon(`${base}${PAGES.reader}`, 50, SOAK_SECONDS);
clearInterval(sampler);
// Right after the load (responses still draining, garbage not yet collected), then settled: the
// bound applies to the settled figure, which is what would accumulate over time.
await new Promise((r) => setTimeout(r, 3000));
const rssJustAfter = treeRss(next.pid);
await new Promise((r) => setTimeout(r, 20_000));
const rssAfter = treeRss(next.pid);
const mb = (n) => Math.round((n / 1024 / 1024) * 10) / 10;
const soak = {
  ...soakRun,
  rssBeforeMB: mb(rssBefore),
  rssPeakMB: mb(Math.max(rssPeak, rssJustAfter)),
  rssJustAfterMB: mb(rssJustAfter),
  rssAfterMB: mb(rssAfter),
  rssGrowthMB: mb(rssAfter - rssBefore),
  boundMB: RSS_BOUND_MB,
  withinBound: rssAfter - rssBefore < RSS_BOUND_MB * 1024 * 1024,
};
cleanup();

// --- report -------------------------------------------------------------------------------------
const ratio = (a, b) => (b ? Math.round((a / b) * 100) / 100 : null);
const results = {
  date: new Date().toISOString(),
  environment: {
    node: process.version,
    next: JSON.parse(fs.readFileSync('node_modules/next/package.json', 'utf8')).version,
    lighthouse: JSON.parse(fs.readFileSync('node_modules/lighthouse/package.json', 'utf8')).version,
    chromium: chromiumVersion,
    cpus: os.cpus().length,
    cpuModel: os.cpus()[0]?.model,
    loadAverage: os.loadavg().map((n) => Math.round(n * 100) / 100),
    note: 'Shared 2-core machine; load average shows how busy it was. Lighthouse: mobile, simulated throttling.',
  },
  pages: PAGES,
  lighthouse: lhResults,
  bytes: { reader: bytes, floor: floorBytes },
  once,
  jsBudget,
  load: {
    ...load,
    ratios: Object.fromEntries(
      [10, 50].map((c) => [
        c,
        {
          reqPerSec: ratio(load.ours[c].reqPerSec, load.floor[c].reqPerSec),
          p50: ratio(load.ours[c].p50Ms, load.floor[c].p50Ms),
          p99: ratio(load.ours[c].p99Ms, load.floor[c].p99Ms),
        },
      ]),
    ),
  },
  soak,
};
fs.mkdirSync('bench', { recursive: true });
fs.writeFileSync('bench/results.json', `${JSON.stringify(results, null, 2)}\n`);

const rows = [];
const row = (...cells) => rows.push(cells.map(String));
row(`Lighthouse (mobile, median of ${LH_RUNS})`, 'perf', 'a11y', 'best', 'seo', 'LCP ms', 'TBT ms', 'CLS', 'KB total', 'perf runs');
for (const [k, v] of Object.entries(lhResults))
  row(
    k,
    v.performance,
    v.accessibility,
    v.bestPractices,
    v.seo,
    v.lcpMs,
    v.tbtMs,
    v.cls,
    kb(v.totalBytes),
    v.performanceRuns.join(' ') + (v.failedRuns.length ? ` (failed: ${v.failedRuns.join('; ')})` : ''),
  );
if (lhResults.reader && lhResults.floor) {
  const r = lhResults.reader;
  const f = lhResults.floor;
  row('reader − floor', r.performance - f.performance, '', '', '', r.lcpMs - f.lcpMs, r.tbtMs - f.tbtMs, '', '', '(aims: ≥ −2, LCP ≤ +200, TBT ≤ +100)');
  const a = lhResults.about;
  if (a) row('about − floor (framework boot)', a.performance - f.performance, '', '', '', a.lcpMs - f.lcpMs, a.tbtMs - f.tbtMs);
}
row('');
row('Reader bytes', 'raw KB', 'gzip KB', 'files');
for (const k of ['html', 'js', 'css', 'fonts']) row(k, kb(bytes[k].raw), kb(bytes[k].gzip), bytes[k].files ?? 1);
row('floor html', kb(floorBytes.html.raw), kb(floorBytes.html.gzip), 1);
row('RSC payload in HTML', kb(bytes.rscPayload.raw), `${bytes.rscPayload.shareOfHtml}%`, '(aim ≤ 20%)');
row('reader/floor html gzip', once.ratio, '', '(aim ≤ 1.25)');
row('');
row('JS budget (gzip KB)', 'reader', 'framework', 'above', 'budget', 'about page');
row('', kb(jsBudget.readerJsGzip), kb(jsBudget.frameworkBaselineGzip), kb(jsBudget.aboveBaselineGzip), 25, kb(jsBudget.aboutPageJsGzip));
row('');
row('Load (reader)', 'conns', 'req/s', 'p50 ms', 'p99 ms', 'errors (timeouts)', 'floor req/s', 'floor p50', 'floor p99', 'ours/floor req/s');
for (const c of [10, 50]) {
  const o = load.ours[c];
  const f = load.floor[c];
  row('', c, o.reqPerSec, o.p50Ms, o.p99Ms, `${o.errors} (${o.timeouts})`, f.reqPerSec, f.p50Ms, f.p99Ms, results.load.ratios[c].reqPerSec);
}
row('');
row('Soak', 'seconds', 'req/s', 'errors (timeouts)', 'RSS before MB', 'peak MB', 'after 20 s MB', 'growth MB', `bound ${RSS_BOUND_MB} MB`);
row('', soak.seconds, soak.reqPerSec, `${soak.errors} (${soak.timeouts})`, soak.rssBeforeMB, soak.rssPeakMB, soak.rssAfterMB, soak.rssGrowthMB, soak.withinBound ? 'ok' : 'EXCEEDED');
const widths = [];
for (const r of rows) r.forEach((c, i) => (widths[i] = Math.max(widths[i] ?? 0, c.length)));
console.log(rows.map((r) => r.map((c, i) => c.padEnd(widths[i])).join('  ').trimEnd()).join('\n'));
console.log('\nWritten to bench/results.json');
