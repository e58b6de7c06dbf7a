import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { serializeJsonLd } from '@/lib/cite/jsonld';

// No content string reaches the page as raw HTML. dangerouslySetInnerHTML is allowed in exactly two
// forms: a <script type="application/ld+json"> whose body comes from serializeJsonLd (which escapes
// `<`), and the one static region (components/reader/static-region.tsx) that places build-time
// markup made by lib/render, whose builder escapes every text and attribute (lib/render/html.test.ts
// and the render tests below try markup, quotes and entities in every field).
// Also forbidden: innerHTML/outerHTML/insertAdjacentHTML/document.write in client code.

const ROOT = path.resolve(import.meta.dirname, '../..');
const SOURCE_DIRS = ['app', 'components', 'lib', 'i18n'];
const SKIP = /(^|\/)(node_modules|\.next[^/]*|out)(\/|$)/;

function sourceFiles(): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      const p = path.join(dir, e.name);
      if (SKIP.test(path.relative(ROOT, p))) continue;
      if (e.isDirectory()) walk(p);
      else if (/\.(tsx?|jsx?|mjs)$/.test(e.name) && !/\.test\.tsx?$/.test(e.name)) out.push(p);
    }
  };
  for (const d of SOURCE_DIRS) if (fs.existsSync(path.join(ROOT, d))) walk(path.join(ROOT, d));
  for (const f of fs.readdirSync(ROOT)) if (/\.(tsx?|mjs)$/.test(f)) out.push(path.join(ROOT, f));
  return out;
}

/** Each dangerouslySetInnerHTML use, with the JSX element it sits on (from its `<tag` to the use). */
export function rawHtmlUses(src: string): { element: string; value: string }[] {
  const uses: { element: string; value: string }[] = [];
  for (const m of src.matchAll(/dangerouslySetInnerHTML\s*=\s*\{\{([\s\S]*?)\}\}/g)) {
    const before = src.slice(0, m.index);
    const open = before.lastIndexOf('<');
    uses.push({ element: before.slice(open), value: m[1]!.trim() });
  }
  return uses;
}

const STATIC_REGION = 'components/reader/static-region.tsx';

export function isAllowedUse(use: { element: string; value: string }, file = ''): boolean {
  const jsonLd =
    /^<script\b/.test(use.element) &&
    /type=["']application\/ld\+json["']/.test(use.element) &&
    /^__html:\s*serializeJsonLd\(/.test(use.value);
  // The static region: only what the registry holds, which only lib/render's SafeHtml can enter.
  const region =
    file === STATIC_REGION &&
    /^<div\b/.test(use.element) &&
    /^__html:\s*takeStaticHtml\(id\)$/.test(use.value);
  return jsonLd || region;
}

describe('no raw HTML from content', () => {
  const files = sourceFiles();

  it('scans the source tree', () => {
    expect(files.length).toBeGreaterThan(10);
  });

  it('dangerouslySetInnerHTML appears only as serialised JSON-LD and in the one static region', () => {
    const bad: string[] = [];
    for (const f of files) {
      const src = fs.readFileSync(f, 'utf8');
      const uses = rawHtmlUses(src);
      const count = src.match(/dangerouslySetInnerHTML/g)?.length ?? 0;
      if (count !== uses.length)
        bad.push(`${path.relative(ROOT, f)}: dangerouslySetInnerHTML in an unexpected form`);
      const rel = path.relative(ROOT, f);
      for (const u of uses)
        if (!isAllowedUse(u, rel)) bad.push(`${rel}: ${u.element.split('\n')[0]} … ${u.value}`);
        else if (rel === STATIC_REGION) {
          if (!/import\s*\{\s*takeStaticHtml\s*\}\s*from\s*'\.\/static-html-registry'/.test(src))
            bad.push(`${rel}: takeStaticHtml must come from ./static-html-registry`);
        } else if (!/import\s*\{[^}]*\bserializeJsonLd\b[^}]*\}\s*from\s*'@\/lib\/cite\/jsonld'/.test(src))
          bad.push(`${rel}: serializeJsonLd must come from @/lib/cite/jsonld`);
    }
    expect(bad).toEqual([]);
    // The region is really there (the check above is not passing because the file moved away).
    expect(files.map((f) => path.relative(ROOT, f))).toContain(STATIC_REGION);
  });

  it('only the static-html component puts HTML into the registry, and it takes SafeHtml', () => {
    const putters = files.filter((f) => /\bputStaticHtml\(/.test(fs.readFileSync(f, 'utf8')));
    expect(putters.map((f) => path.relative(ROOT, f)).sort()).toEqual([
      'components/reader/static-html-registry.ts',
      'components/reader/static-html.tsx',
    ]);
    const registry = fs.readFileSync(path.join(ROOT, 'components/reader/static-html-registry.ts'), 'utf8');
    expect(registry).toMatch(/export function putStaticHtml\(id: string, html: SafeHtml\)/);
    const component = fs.readFileSync(path.join(ROOT, 'components/reader/static-html.tsx'), 'utf8');
    expect(component).toMatch(/html: SafeHtml/);
  });

  it('no innerHTML, outerHTML, insertAdjacentHTML or document.write in app code', () => {
    const bad = files.filter((f) =>
      /\.(innerHTML|outerHTML)\s*=|insertAdjacentHTML\(|document\.write\(|createContextualFragment\(/.test(
        fs.readFileSync(f, 'utf8'),
      ),
    );
    expect(bad.map((f) => path.relative(ROOT, f))).toEqual([]);
  });

  it('the checker itself rejects unsafe forms and accepts the safe one', () => {
    const reject = [
      '<div dangerouslySetInnerHTML={{ __html: text }} />',
      '<script dangerouslySetInnerHTML={{ __html: JSON.stringify(x) }} />',
      '<script type="application/ld+json" dangerouslySetInnerHTML={{ __html: JSON.stringify(x) }} />',
      '<span className="zh" dangerouslySetInnerHTML={{ __html: serializeJsonLd(x) }} />',
    ];
    for (const src of reject)
      expect(
        rawHtmlUses(src).every((u) => isAllowedUse(u)),
        src,
      ).toBe(false);
    // The static region's form is allowed only in its own file, and only with the registry's HTML.
    const region = '<div ref={ref} dangerouslySetInnerHTML={{ __html: takeStaticHtml(id) }} />';
    expect(rawHtmlUses(region).map((u) => isAllowedUse(u, STATIC_REGION))).toEqual([true]);
    expect(rawHtmlUses(region).map((u) => isAllowedUse(u, 'components/other.tsx'))).toEqual([false]);
    const other = '<div dangerouslySetInnerHTML={{ __html: html }} />';
    expect(rawHtmlUses(other).map((u) => isAllowedUse(u, STATIC_REGION))).toEqual([false]);
    const ok =
      '<script\n  type="application/ld+json"\n  dangerouslySetInnerHTML={{ __html: serializeJsonLd(data) }}\n/>';
    expect(rawHtmlUses(ok).map((u) => isAllowedUse(u))).toEqual([true]);
  });

  it('serializeJsonLd leaves no `<` (so no text can close the script) and round-trips', () => {
    const data = {
      headline: '</script><script>alert(1)</script>',
      text: '<!-- a\u2028b\u2029c & "d" -->',
    };
    const out = serializeJsonLd(data);
    expect(out).not.toContain('<');
    expect(out).not.toMatch(/[\u2028\u2029]/);
    expect(JSON.parse(out)).toEqual(data);
  });
});
