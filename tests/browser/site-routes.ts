import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

// The site's page routes, discovered from the source tree (app/[locale]/**/page.tsx) so that a page
// added later is checked without editing these tests. `[slug]` under articles becomes every article
// folder in content/articles; catch-alls ([...x]) are 404 handlers, not pages.

export const LOCALES = ['en', 'zh'] as const;
export type SiteLocale = (typeof LOCALES)[number];

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

function articleSlugs(): string[] {
  const dir = path.join(ROOT, 'content', 'articles');
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort();
}

function walk(dir: string, segments: string[], out: string[][]): void {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    if (entry.isDirectory()) walk(path.join(dir, entry.name), [...segments, entry.name], out);
    else if (/^page\.(tsx|ts|jsx|js)$/.test(entry.name)) out.push(segments);
  }
}

/** Paths after the locale, e.g. '', '/glossary', '/articles/huaiyin-2024'. */
export function pageRoutes(): string[] {
  const found: string[][] = [];
  walk(path.join(ROOT, 'app', '[locale]'), [], found);
  const routes = new Set<string>();
  for (const segs of found) {
    const visible = segs.filter((s) => !/^\(.*\)$/.test(s) && !s.startsWith('@'));
    if (visible.some((s) => s.startsWith('[...') || s.startsWith('[[...'))) continue;
    let expanded: string[][] = [[]];
    for (const s of visible) {
      if (s === '[slug]' && visible[visible.indexOf(s) - 1] === 'articles')
        expanded = expanded.flatMap((p) => articleSlugs().map((slug) => [...p, slug]));
      else if (s.startsWith('[')) throw new Error(`site-routes: no values known for ${segs.join('/')}`);
      else expanded = expanded.map((p) => [...p, s]);
    }
    for (const p of expanded) routes.add(p.length ? `/${p.join('/')}` : '');
  }
  return [...routes].sort();
}

export const ARTICLE = `/articles/${articleSlugs()[0]}`;

/** Every localised page URL path: /en, /en/glossary, /zh/articles/…, … */
export function localisedPaths(): string[] {
  return LOCALES.flatMap((l) => pageRoutes().map((r) => `/${l}${r}`));
}

/** Same-origin URLs a page's HTML refers to (href/src), without fragments; for header/static checks. */
export function sameOriginRefs(html: string, base: string): string[] {
  const out = new Set<string>();
  for (const m of html.matchAll(/\s(?:href|src)="([^"]+)"/g)) {
    const raw = m[1]!.replace(/&amp;/g, '&');
    let u: URL;
    try {
      u = new URL(raw, base);
    } catch {
      continue;
    }
    if (u.origin !== new URL(base).origin) continue;
    out.add(u.pathname + u.search);
  }
  return [...out].sort();
}
