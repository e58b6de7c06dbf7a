import fs from 'node:fs';
import path from 'node:path';
import { hasLocale } from 'next-intl';
import createMiddleware from 'next-intl/middleware';
import { NextResponse, type NextRequest } from 'next/server';
import { routing } from './i18n/routing';

const intl = createMiddleware(routing);

// Pages: everything except API routes, Next internals and files with an extension (icons, exports).
const PAGES = /^\/(?!api|trpc|_next|_vercel|.*\..*)/;
// A file name at the root (/favicon.ico, /nope.txt). Unknown ones match no route, and Next answers
// them with its prerendered error document: blank without JavaScript, and sent with
// `s-maxage=31536000`, so a CDN would keep that 404 for a year. (Deeper unknown files reach the
// root not-found page, which Next renders as real HTML and does not cache.)
const ROOT_FILE = /^\/[^/]*\.[^/]*$/;

// An address inside a locale that the build has no page for is answered here with the locale's
// prerendered 404 page (app/[locale]/[...rest], built as /en/404 and /zh/404) and status 404.
// Not Next's notFound(): in Next 16 its 404 is an error document whose body stays empty until
// JavaScript runs. Not a rewrite to the page either: started with a hostname (`next start -H
// 127.0.0.1`) Next proxies a middleware rewrite over the network (vercel/next.js#94745).
// Every page is prerendered, so the build's prerender manifest lists them all; read once, as the
// proxy runs in Node.js and the build does not change under a running server.
type Built = { pages: Set<string>; rootFiles: Set<string>; notFound: Map<string, string> };
let built: Built | null | undefined;
function readBuild(): Built | null {
  // `next dev` prerenders nothing: leave its 404s to Next.
  if (process.env.NODE_ENV !== 'production') return null;
  try {
    const dist = path.join(process.cwd(), process.env.NEXT_DIST_DIR || '.next'); // next.config's distDir
    const manifest = JSON.parse(fs.readFileSync(path.join(dist, 'prerender-manifest.json'), 'utf8')) as {
      routes: Record<string, unknown>;
    };
    const notFound = new Map<string, string>();
    for (const locale of routing.locales)
      notFound.set(locale, fs.readFileSync(path.join(dist, 'server', 'app', locale, '404.html'), 'utf8'));
    const pages = new Set(Object.keys(manifest.routes).filter((r) => !r.endsWith('/404')));
    // Root files are the prerendered ones (icon, robots.txt, sitemap.xml) and those in public/.
    const rootFiles = new Set([
      ...[...pages].filter((r) => ROOT_FILE.test(r)),
      ...fs.readdirSync(path.join(process.cwd(), 'public')).map((f) => `/${f}`),
    ]);
    return { pages, rootFiles, notFound };
  } catch (err) {
    console.error('proxy: no prerendered 404 pages; unknown addresses get Next’s own 404', err);
    return null;
  }
}

function notFoundPage(html: string) {
  return new NextResponse(html, {
    status: 404,
    headers: {
      'content-type': 'text/html; charset=utf-8',
      'cache-control': 'private, no-cache, no-store, max-age=0, must-revalidate',
    },
  });
}

function notFound(status = 404) {
  return new NextResponse('Not found', { status, headers: { 'content-type': 'text/plain; charset=utf-8' } });
}

export default function proxy(req: NextRequest) {
  const { pathname } = req.nextUrl;
  // Bad input guards (issue 8). Malformed percent-encoding (%ff, overlong UTF-8 %c0%ae) makes Next
  // 16's router throw while decoding params and answer 500; no real page has one, so 404 here.
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return notFound();
  }
  // Control characters (%00 …): Next would strip them and redirect to another page.
  if (/[\u0000-\u001f\u007f]/.test(decoded)) return notFound();
  // No page has a path this long; next-intl would echo it three times in its `Link` header
  // (hreflang alternates), past the 16 KB header limit of Node clients and proxies.
  if (pathname.length > 1024) return notFound(414);
  if (ROOT_FILE.test(decoded)) {
    if (built === undefined) built = readBuild();
    // Outside any locale: the default locale's page, as the static export's root 404.html.
    const html = built?.notFound.get(routing.defaultLocale);
    if (built && html && !built.rootFiles.has(decoded)) return notFoundPage(html);
    return NextResponse.next();
  }
  if (!PAGES.test(pathname)) return NextResponse.next();
  const locale = /^\/([^/]+)/.exec(decoded)?.[1];
  if (hasLocale(routing.locales, locale)) {
    if (built === undefined) built = readBuild();
    const html = built?.notFound.get(locale);
    if (built && html && !built.pages.has(decoded.replace(/\/$/, ''))) return notFoundPage(html);
  }
  return intl(req);
}

export const config = {
  // Pages, file names at the root (the 404 check above), and any path with a percent-escape (files
  // included) for the encoding check.
  matcher: ['/((?!api|trpc|_next|_vercel|.*\\..*).*)', '/([^/]*\\.[^/]*)', '/(.*%.*)'],
};
