#!/usr/bin/env node
// A plain static file server (no dependencies) for the static export and the benchmark's floor:
//   node scripts/static-server.mjs [dir=out] [port=3000] [host=127.0.0.1]
// It behaves like common static hosts (Cloudflare Pages, Netlify): `/a/b` serves a/b, a/b.html or
// a/b/index.html; a missing file answers the nearest 404.html with status 404; headers come from
// the folder's `_headers` file (Netlify/Cloudflare format). Paths that decode to anything outside
// the folder (.., backslashes, NUL, bad percent-encoding) answer 404. gzip when the client asks.
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import zlib from 'node:zlib';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.tsv': 'text/tab-separated-values; charset=utf-8',
  '.tmx': 'application/xml; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.webmanifest': 'application/manifest+json',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.map': 'application/json; charset=utf-8',
};
const COMPRESSIBLE = /^(text\/|application\/(json|xml|manifest\+json)|image\/svg)/;

/** Parses a Netlify/Cloudflare `_headers` file: `/path/*` lines, then indented `Name: value` lines. */
export function parseHeadersFile(text) {
  const rules = [];
  let cur = null;
  for (const line of text.split('\n')) {
    if (!line.trim() || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      cur = { pattern: line.trim(), headers: [] };
      rules.push(cur);
    } else if (cur) {
      const i = line.indexOf(':');
      if (i > 0) cur.headers.push([line.slice(0, i).trim(), line.slice(i + 1).trim()]);
    }
  }
  return rules;
}

function matches(pattern, pathname) {
  const re = new RegExp(
    '^' +
      pattern
        .split('*')
        .map((s) => s.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
        .join('.*') +
      '$',
  );
  return re.test(pathname);
}

/** The file for a request path inside `root`, or null. Never escapes `root`. */
export function resolveFile(root, pathname) {
  let decoded;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return null;
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return null;
  const segments = decoded.split('/');
  if (segments.some((s) => s === '..' || s === '.')) return null;
  const base = path.resolve(root, '.' + path.posix.normalize('/' + segments.filter(Boolean).join('/')));
  if (base !== root && !base.startsWith(root + path.sep)) return null;
  for (const candidate of [base, `${base}.html`, path.join(base, 'index.html')]) {
    try {
      const st = fs.statSync(candidate);
      if (st.isFile()) {
        const real = fs.realpathSync(candidate);
        if (real.startsWith(fs.realpathSync(root) + path.sep)) return real;
      }
    } catch {
      /* next candidate */
    }
  }
  return null;
}

/** The nearest 404.html from the request's folder up to the root, like Cloudflare Pages. */
function notFoundFile(root, pathname) {
  let dir = pathname.split('/').slice(0, -1);
  for (;;) {
    const rel = dir.filter(Boolean).map((s) => {
      try {
        return decodeURIComponent(s);
      } catch {
        return '\0';
      }
    });
    if (!rel.some((s) => s === '..' || s.includes('\0') || s.includes('\\') || s === '.')) {
      const f = path.join(root, ...rel, '404.html');
      if (f.startsWith(root) && fs.existsSync(f)) return f;
    }
    if (!dir.length) return null;
    dir = dir.slice(0, -1);
  }
}

export function createStaticServer(dir) {
  const root = path.resolve(dir);
  const headersFile = path.join(root, '_headers');
  const rules = fs.existsSync(headersFile) ? parseHeadersFile(fs.readFileSync(headersFile, 'utf8')) : [];
  const cache = new Map(); // file -> { raw, gz }

  const load = (file) => {
    let hit = cache.get(file);
    if (!hit) {
      const raw = fs.readFileSync(file);
      const type = TYPES[path.extname(file)] ?? 'application/octet-stream';
      hit = { raw, type, gz: COMPRESSIBLE.test(type) && raw.length > 512 ? zlib.gzipSync(raw) : null };
      cache.set(file, hit);
    }
    return hit;
  };

  return http.createServer((req, res) => {
    const pathname = (req.url ?? '/').split(/[?#]/)[0] || '/';
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { allow: 'GET, HEAD' }).end();
      return;
    }
    for (const rule of rules)
      if (matches(rule.pattern, pathname)) for (const [k, v] of rule.headers) res.setHeader(k, v);

    let file =
      pathname.endsWith('/404.html') || pathname === '/_headers' ? null : resolveFile(root, pathname);
    let status = 200;
    if (!file) {
      status = 404;
      file = notFoundFile(root, pathname);
    }
    if (!file) {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Not found');
      return;
    }
    const { raw, gz, type } = load(file);
    const useGz = gz && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
    const body = useGz ? gz : raw;
    res.setHeader('content-type', type);
    res.setHeader('content-length', body.length);
    res.setHeader('vary', 'accept-encoding');
    if (useGz) res.setHeader('content-encoding', 'gzip');
    if (pathname.startsWith('/_next/static/'))
      res.setHeader('cache-control', 'public, max-age=31536000, immutable');
    else res.setHeader('cache-control', 'public, max-age=0, must-revalidate');
    res.writeHead(status);
    res.end(req.method === 'HEAD' ? undefined : body);
  });
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const [dir = 'out', port = '3000', host = '127.0.0.1'] = process.argv.slice(2);
  if (!fs.existsSync(dir)) {
    console.error(`No folder ${dir}/ (run \`npm run export\` first).`);
    process.exit(1);
  }
  createStaticServer(dir).listen(Number(port), host, () => {
    console.log(`Serving ${path.resolve(dir)} on http://${host}:${port}`);
  });
}
