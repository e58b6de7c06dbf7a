import createMiddleware from 'next-intl/middleware';
import { NextResponse, type NextRequest } from 'next/server';
import { routing } from './i18n/routing';

const intl = createMiddleware(routing);

// Pages: everything except API routes, Next internals and files with an extension (icons, exports).
const PAGES = /^\/(?!api|trpc|_next|_vercel|.*\..*)/;

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
  return intl(req);
}

export const config = {
  // Pages, plus any path with a percent-escape (files included) for the encoding check above.
  matcher: ['/((?!api|trpc|_next|_vercel|.*\\..*).*)', '/(.*%.*)'],
};
