import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import vm from 'node:vm';
import { describe, expect, it } from 'vitest';
import {
  LOADER_ATTRIBUTE,
  deferReaderRuntime,
  deferRuntime,
  deferredScripts,
  readerPages,
} from './defer-runtime.mjs';

// The shape Next 16.4.6 prerenders (runtime tags in <head>, a low-priority preload, one tag after the
// inline Turbopack list), cut down to what the step reads.
const PAGE = [
  '<!DOCTYPE html><html><head><meta charSet="utf-8"/>',
  '<link rel="stylesheet" href="/_next/static/chunks/a.css" data-precedence="next"/>',
  '<link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/main.js"/>',
  '<script src="/_next/static/chunks/one.js" async=""></script>',
  '<script src="/_next/static/chunks/turbopack-x.js" async=""></script>',
  '<script src="/settings-init.js"></script>',
  '<script src="/_next/static/chunks/polyfill.js" noModule=""></script>',
  '<link rel="preload" as="font" href="/_next/static/media/f.woff2" crossorigin=""/>',
  '</head><body><main class="reader">文<script type="application/ld+json">{}</script></main>',
  '<script id="_R_">(globalThis.TURBOPACK=globalThis.TURBOPACK||[]).push({})</script>',
  '<script src="/_next/static/chunks/main.js" async=""></script>',
  '<script>(self.__next_f=self.__next_f||[]).push([0])</script></body></html>',
].join('');

const loaderOf = (html: string) =>
  new RegExp(`<script ${LOADER_ATTRIBUTE}="">([\\s\\S]*?)</script>`).exec(html)?.[1] ?? '';

/** Runs the loader in a stand-in page whose load event, frames and timers the test drives. */
function runLoader(code: string, readyState = 'loading') {
  const appended: string[] = [];
  const listeners: (() => void)[] = [];
  let frames: (() => void)[] = [];
  const timers: { at: number; fn: () => void }[] = [];
  let now = 0;
  const context = {
    document: {
      readyState,
      createElement: () => ({ src: '', async: false }),
      head: { appendChild: (s: { src: string }) => appended.push(s.src) },
    },
    addEventListener: (type: string, fn: () => void) => type === 'load' && listeners.push(fn),
    requestAnimationFrame: (fn: () => void) => frames.push(fn),
    setTimeout: (fn: () => void, ms: number) => timers.push({ at: now + ms, fn }),
  };
  vm.runInNewContext(code, context);
  const runTimers = (until: number) => {
    now = until;
    for (const t of timers.filter((x) => x.at <= until)) {
      timers.splice(timers.indexOf(t), 1);
      t.fn();
    }
  };
  return {
    appended,
    load: () => listeners.forEach((fn) => fn()),
    frame: () => {
      const due = frames;
      frames = [];
      due.forEach((fn) => fn());
      runTimers(now);
    },
    wait: (ms: number) => runTimers(now + ms),
  };
}

describe('deferRuntime', () => {
  const out = deferRuntime(PAGE);

  it('removes every runtime <script async> and its preload, and lists them in one loader at the end of <body>', () => {
    expect(out).not.toMatch(/<script src="\/_next\/[^"]*" async=""/);
    expect(out).not.toContain('rel="preload" as="script"');
    expect(out.indexOf(LOADER_ATTRIBUTE)).toBeGreaterThan(out.indexOf('__next_f'));
    expect(out).toMatch(new RegExp(`<script ${LOADER_ATTRIBUTE}=""[^]*</script></body></html>$`));
    expect(loaderOf(out)).toContain(
      JSON.stringify([
        '/_next/static/chunks/one.js',
        '/_next/static/chunks/turbopack-x.js',
        '/_next/static/chunks/main.js',
      ]),
    );
  });

  it('keeps everything else: styles, fonts, the pre-paint script, the nomodule polyfill, inline scripts, the body', () => {
    for (const kept of [
      'href="/_next/static/chunks/a.css"',
      'rel="preload" as="font"',
      '<script src="/settings-init.js"></script>',
      'noModule=""',
      '<script id="_R_">',
      'application/ld+json',
      '<main class="reader">文',
    ])
      expect(out).toContain(kept);
  });

  it('rewrites a page once however often it runs', () => {
    expect(deferRuntime(out)).toBe(out);
  });

  it('refuses a page without the runtime tags instead of skipping it', () => {
    expect(() => deferRuntime('<html><body></body></html>')).toThrow(/no Next runtime/);
    expect(() => deferRuntime(PAGE.replace('</body>', ''))).toThrow(/no <\/body>/);
  });
});

describe('the loader', () => {
  const code = loaderOf(deferRuntime(PAGE));

  it('requests nothing before load nor before the third frame after it (two painted), then every file once', () => {
    const page = runLoader(code);
    page.frame();
    expect(page.appended).toEqual([]);
    page.load();
    page.frame();
    page.frame();
    expect(page.appended).toEqual([]);
    page.frame();
    expect(page.appended).toHaveLength(3);
    page.wait(2000); // the hidden-tab timeout comes too, and must not load them again
    expect(page.appended).toEqual([
      '/_next/static/chunks/one.js',
      '/_next/static/chunks/turbopack-x.js',
      '/_next/static/chunks/main.js',
    ]);
  });

  it('loads after a timeout in a tab that draws no frames', () => {
    const page = runLoader(code);
    page.load();
    page.wait(999);
    expect(page.appended).toEqual([]);
    page.wait(1);
    expect(page.appended).toHaveLength(3);
  });

  it('starts at once when the page has already loaded', () => {
    const page = runLoader(code, 'complete');
    for (let i = 0; i < 3; i++) page.frame();
    expect(page.appended).toHaveLength(3);
  });
});

describe('deferReaderRuntime', () => {
  it('rewrites the reader pages of a build (both scripts, every locale) and nothing else', () => {
    const dist = fs.mkdtempSync(path.join(os.tmpdir(), 'defer-runtime-'));
    const app = path.join(dist, 'server', 'app');
    const files = ['en/articles/a.html', 'zh/articles/a/traditional.html', 'en/glossary.html', 'en.html'];
    for (const f of files) {
      fs.mkdirSync(path.dirname(path.join(app, f)), { recursive: true });
      fs.writeFileSync(path.join(app, f), PAGE);
    }
    expect(readerPages(dist).map((f) => path.relative(app, f))).toEqual([
      'en/articles/a.html',
      'zh/articles/a/traditional.html',
    ]);
    expect(deferReaderRuntime(dist)).toBe(2);
    const read = (f: string) => fs.readFileSync(path.join(app, f), 'utf8');
    expect(read('en/articles/a.html')).toContain(LOADER_ATTRIBUTE);
    expect(read('zh/articles/a/traditional.html')).toContain(LOADER_ATTRIBUTE);
    expect(read('en/glossary.html')).toBe(PAGE);
    expect(deferReaderRuntime(dist)).toBe(0);
    fs.rmSync(dist, { recursive: true, force: true });
  });
});

describe('deferredScripts', () => {
  it('reads back the files the loader requests, in order, and nothing from a page not rewritten', () => {
    expect(deferredScripts(deferRuntime(PAGE))).toEqual([
      '/_next/static/chunks/one.js',
      '/_next/static/chunks/turbopack-x.js',
      '/_next/static/chunks/main.js',
    ]);
    expect(deferredScripts(PAGE)).toEqual([]);
  });
});
