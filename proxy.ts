import fs from 'node:fs';
import path from 'node:path';
import createMiddleware from 'next-intl/middleware';
import { NextResponse, type NextRequest } from 'next/server';
import { routing } from './i18n/routing';

const intl = createMiddleware(routing);

// Pages: everything except API routes, Next internals and files with an extension (icons, exports).
const PAGES = /^\/(?!api|trpc|_next|_vercel|.*\..*)/;

// Addresses that have a page after the locale. Anything else inside a locale is answered here with
// the locale's prerendered 404 page and status 404. Not Next's notFound(): in Next 16 its 404 is an
// empty error document whose text appears only once JavaScript runs. Not a rewrite to the page
// either: started with a hostname (`next start -H 127.0.0.1`) Next proxies a middleware rewrite over
// the network instead of serving it (vercel/next.js#94745).
const SECTIONS = new Set(['', '/about', '/glossary', '/words']);
let slugs: Set<string> | undefined;
function articleSlugs(): Set<string> {
  // Read once: the proxy runs in Node.js, and articles only change with a new build.
  slugs ??= new Set(
    fs
      .readdirSync(path.join(process.cwd(), 'content', 'articles'), { withFileTypes: true })
      .filter((d) => d.isDirectory())
      .map((d) => d.name),
  );
  return slugs;
}
function hasPage(rest: string): boolean {
  if (SECTIONS.has(rest)) return true;
  const m = /^\/articles\/([^/]+)$/.exec(rest);
  return m?.[1] !== undefined && articleSlugs().has(m[1]);
}
const notFoundPages = new Map<string, string | null>();
/** app/[locale]/[...rest] prerendered as /<locale>/404; null under `next dev`, which prerenders nothing. */
function notFoundPage(locale: string): string | null {
  if (!notFoundPages.has(locale)) {
    const dist = process.env.NEXT_DIST_DIR || '.next'; // as next.config.mjs's distDir
    const file = path.join(process.cwd(), dist, 'server', 'app', locale, '404.html');
    notFoundPages.set(locale, fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : null);
  }
  return notFoundPages.get(locale) ?? null;
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
  if (!PAGES.test(pathname)) return NextResponse.next();
  const [, locale, rest] = /^\/([^/]+)(\/.*)?$/.exec(pathname) ?? [];
  if (locale && (routing.locales as readonly string[]).includes(locale) && !hasPage(rest ?? '')) {
    const html = notFoundPage(locale);
    if (html !== null)
      return new NextResponse(html, {
        status: 404,
        headers: {
          'content-type': 'text/html; charset=utf-8',
          'cache-control': 'private, no-cache, no-store, max-age=0, must-revalidate',
        },
      });
  }
  return intl(req);
}

export const config = {
  // Pages, plus any path with a percent-escape (files included) for the encoding check above.
  matcher: ['/((?!api|trpc|_next|_vercel|.*\\..*).*)', '/(.*%.*)'],
};
