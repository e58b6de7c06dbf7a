import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

// Cascade layers are ordered by the first stylesheet that names them. Next puts a component's CSS
// chunk before app/globals.css when that component is imported first, and a file that opened with
// `@layer components {…}` then made `components` the weakest layer: Tailwind's base `rt { font-size:
// 0.5em }` beat the reader's pinyin size and every pinyin shrank to 10 px. So every stylesheet that
// uses layers states Tailwind's order first, whichever the browser meets first.

const ORDER = '@layer theme, base, components, utilities;';
const ROOT = path.resolve(__dirname, '../..');

function cssFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return cssFiles(p);
    return e.name.endsWith('.css') ? [p] : [];
  });
}

describe('stylesheets', () => {
  const strip = (f: string) => fs.readFileSync(f, 'utf8').replace(/\/\*[\s\S]*?\*\//g, '');
  // Only stylesheets that use layers can reorder them.
  const files = ['app', 'components']
    .flatMap((d) => cssFiles(path.join(ROOT, d)))
    .filter((f) => /@layer\b|@import 'tailwindcss'/.test(strip(f)));

  it('are found', () => {
    expect(files.length).toBeGreaterThan(5);
  });

  for (const file of files) {
    const rel = path.relative(ROOT, file);
    it(`${rel}: declares the layer order before any layer block`, () => {
      const css = strip(file);
      if (rel === path.join('app', 'globals.css')) {
        // Tailwind's own import emits the order statement first.
        expect(css.trimStart().startsWith("@import 'tailwindcss';")).toBe(true);
        return;
      }
      const firstLayer = css.search(/@layer\b/);
      expect(css.slice(firstLayer).startsWith(ORDER), rel).toBe(true);
    });
  }
});
