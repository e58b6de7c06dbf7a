import fs from 'node:fs';
import path from 'node:path';
import { routing } from '@/i18n/routing';
import { workerScript } from '@/lib/offline/worker';

// The service worker, written once at build time: its script names this build (so every deployment
// gets a new worker and new caches) and lists the build's static files to precache. Static
// generation runs after Next has written BUILD_ID and every file under static/.
export const dynamic = 'force-static';

/** Public files the pages load besides the build's own (icons, the settings script, the manifest). */
const PUBLIC_SHELL = [
  '/settings-init.js',
  '/icon.svg',
  '/icon-192.png',
  '/icon-512.png',
  '/manifest.webmanifest',
];

function listFiles(dir: string, prefix: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .flatMap((e) =>
      e.isDirectory() ? listFiles(path.join(dir, e.name), `${prefix}${e.name}/`) : [`${prefix}${e.name}`],
    )
    .sort();
}

export function GET() {
  // next.config's distDir; read at build time only (the route is prerendered).
  const dist = path.join(/* turbopackIgnore: true */ process.cwd(), process.env.NEXT_DIST_DIR || '.next');
  let buildId = 'development';
  try {
    buildId = fs.readFileSync(path.join(dist, 'BUILD_ID'), 'utf8').trim();
  } catch {
    /* `next dev` has no BUILD_ID; the worker is registered in production builds only */
  }
  const assets = listFiles(path.join(dist, 'static'), '/_next/static/').filter((f) =>
    /\.(js|css|svg|woff2?)$/.test(f),
  );
  const body = workerScript({
    buildId,
    locales: routing.locales,
    defaultLocale: routing.defaultLocale,
    shell: [...assets, ...PUBLIC_SHELL, ...routing.locales.map((l) => `/${l}`)],
  });
  return new Response(body, {
    headers: { 'content-type': 'text/javascript; charset=utf-8', 'cache-control': 'no-cache' },
  });
}
