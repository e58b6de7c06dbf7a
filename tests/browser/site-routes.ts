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

// The reference article: the tests that read content (terms, paragraphs, ranges) know this one. Named,
// not taken as the first folder, so that adding an article (cewc-… sorts before it) changes nothing.
const REFERENCE = 'huaiyin-2024';
if (!articleSlugs().includes(REFERENCE))
  throw new Error(`site-routes: content/articles/${REFERENCE} is missing`);
export const ARTICLE = `/articles/${REFERENCE}`;

// Reader pages share one template. The a11y and keyboard matrices (locales × themes × widths × views)
// run in full on the first article's Simplified page and on every other page of the site. The other reader
// pages get one axe pass and one keyboard walk each, for what their own content could break (lang, ids,
// marks): the reference article's Traditional page, and one page of every further article, Simplified and
// Traditional in turn. A Traditional page is its Simplified page's markup with the base characters
// converted (lib/render/script.test.ts holds the two to that), so each script is still walked on more than
// one article, and adding an article adds one page, not two.
const isReader = (r: string) => r.startsWith('/articles/');

/** Every non-reader page plus the first article: the full matrices. */
export function matrixRoutes(): string[] {
  return pageRoutes().filter((r) => !isReader(r) || r === ARTICLE);
}

/** The other reader pages checked once, each with the locale, theme and width it is checked in (alternating). */
export function moreReaderRoutes(): { route: string; locale: SiteLocale; dark: boolean; phone: boolean }[] {
  // An article's pages (its Simplified page, then e.g. /traditional), as discovered from the source tree.
  const readers = pageRoutes().filter(isReader);
  const pagesOf = (slug: string) => readers.filter((r) => r.split('/')[2] === slug);
  const reference = ARTICLE.split('/')[2]!;
  const routes = [
    ...pagesOf(reference).filter((r) => r !== ARTICLE),
    ...articleSlugs()
      .filter((slug) => slug !== reference)
      .map((slug, i) => pagesOf(slug)[i % pagesOf(slug).length]!),
  ];
  return routes.map((route, i) => ({
    route,
    locale: LOCALES[i % 2]!,
    dark: i % 2 === 0,
    phone: i % 2 === 0,
  }));
}

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
