#!/usr/bin/env node
// Writes public/settings-init.js from components/reader-ux/settings-init.src.js without its comment
// lines and indentation. The script runs before first paint on every page and is counted in the
// JavaScript budget (issue 15); the source keeps the comments that say why. A unit test
// (components/reader-ux/settings-init.test.ts) fails when the two drift: run `npm run settings-init`.
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';

const SRC = fileURLToPath(new URL('../components/reader-ux/settings-init.src.js', import.meta.url));
const OUT = fileURLToPath(new URL('../public/settings-init.js', import.meta.url));

/** Drops whole-line `//` comments, blank lines and leading/trailing spaces; keeps every line break. */
export function shrink(src) {
  return (
    src
      .split('\n')
      .filter((l) => !/^\s*\/\//.test(l))
      .map((l) => l.trim())
      .filter(Boolean)
      .join('\n') + '\n'
  );
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const out = `// Generated from components/reader-ux/settings-init.src.js by scripts/settings-init.mjs: edit that.\n${shrink(fs.readFileSync(SRC, 'utf8'))}`;
  fs.writeFileSync(OUT, out);
  console.log(`public/settings-init.js: ${out.length} bytes`);
}
