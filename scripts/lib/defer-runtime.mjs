// Reader pages paint before Next's runtime is requested.
//
// Next puts its runtime (155 KB gzip: React, the App Router and the client leaves) in <head> as
// `<script async>` tags, so on a slow link those bytes compete with the article's HTML and CSS, and the
// text paints later than the same page without scripts (Lighthouse's LCP: floor + 1.1 s). The reader's
// body is static markup that works without JavaScript, and taps on words and terms made before the
// popover is ready are held by public/settings-init.js; nothing on the page needs the runtime before
// the text is on screen. So, after `next build`, each prerendered reader page has those tags replaced by
// one inline loader that requests the same files once the page has loaded and painted: `load`, then the third
// animation frame, two painted (paragraphs with `content-visibility: auto` paint a frame after the first),
// with a timeout for hidden tabs, which draw no frames. Next has no option for this (16.4.6).
import fs from 'node:fs';
import path from 'node:path';

/** Marks the loader, so a page is rewritten once however often the step runs. */
export const LOADER_ATTRIBUTE = 'data-runtime-after-paint';

const RUNTIME_SCRIPT = /<script src="(\/_next\/static\/[^"]+\.js)" async=""><\/script>/g;
const RUNTIME_PRELOAD = /<link rel="preload" as="script"[^>]* href="\/_next\/static\/[^"]+\.js"\/>/g;

// ES5, like settings-init.js: it runs before any polyfill could.
const LOADER = `(function (srcs) {
  var started = false;
  function load() {
    if (started) return;
    started = true;
    for (var i = 0; i < srcs.length; i++) {
      var s = document.createElement('script');
      s.src = srcs[i];
      s.async = true;
      document.head.appendChild(s);
    }
  }
  function afterPaint() {
    var frames = 0;
    (function tick() {
      if (++frames > 3) setTimeout(load, 0);
      else requestAnimationFrame(tick);
    })();
    setTimeout(load, 1000);
  }
  if (document.readyState === 'complete') afterPaint();
  else addEventListener('load', afterPaint, { once: true });
})`;

/**
 * The page with Next's runtime `<script async>` tags (and their preload hints) replaced by the
 * loader at the end of <body>. Throws when the page has none of those tags: Next's markup has changed
 * and the step must be looked at, not skipped.
 */
export function deferRuntime(html) {
  if (html.includes(LOADER_ATTRIBUTE)) return html;
  const srcs = [];
  let out = html.replace(RUNTIME_SCRIPT, (_, src) => {
    srcs.push(src);
    return '';
  });
  if (srcs.length === 0) throw new Error('deferRuntime: no Next runtime <script async> tag in the page');
  out = out.replace(RUNTIME_PRELOAD, '');
  if (!out.includes('</body>')) throw new Error('deferRuntime: no </body> in the page');
  const loader = `<script ${LOADER_ATTRIBUTE}="">${LOADER}(${JSON.stringify(srcs)})</script>`;
  return out.replace('</body>', `${loader}</body>`);
}

/** The runtime files a deferred page's loader requests (none for a page the step has not rewritten). */
export function deferredScripts(html) {
  const m = new RegExp(`<script ${LOADER_ATTRIBUTE}="">[\\s\\S]*?\\)\\((\\[[^\\]]*\\])\\)</script>`).exec(
    html,
  );
  return m ? JSON.parse(m[1]) : [];
}

/** Every prerendered reader page of a build: <dist>/server/app/<locale>/articles/<slug>(/traditional).html */
export function readerPages(dist) {
  const app = path.join(dist, 'server', 'app');
  const pages = [];
  if (!fs.existsSync(app)) return pages;
  for (const locale of fs.readdirSync(app, { withFileTypes: true })) {
    const articles = path.join(app, locale.name, 'articles');
    if (!locale.isDirectory() || !fs.existsSync(articles)) continue;
    for (const f of fs.readdirSync(articles, { recursive: true })) {
      if (String(f).endsWith('.html')) pages.push(path.join(articles, String(f)));
    }
  }
  return pages.sort();
}

/** Rewrites every prerendered reader page of the build in `dist`; returns how many it changed. */
export function deferReaderRuntime(dist) {
  const pages = readerPages(dist);
  if (pages.length === 0) throw new Error(`deferRuntime: no prerendered reader page in ${dist}`);
  let changed = 0;
  for (const file of pages) {
    const html = fs.readFileSync(file, 'utf8');
    const out = deferRuntime(html);
    if (out !== html) {
      fs.writeFileSync(file, out);
      changed++;
    }
  }
  return changed;
}
