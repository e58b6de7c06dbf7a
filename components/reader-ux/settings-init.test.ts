import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain .mjs build script without type declarations
import { shrink } from '../../scripts/settings-init.mjs';

const read = (p: string) => fs.readFileSync(path.join(process.cwd(), p), 'utf8');

describe('public/settings-init.js', () => {
  it('is the source without comments: regenerated whenever the source changes', () => {
    const src = read('components/reader-ux/settings-init.src.js');
    const shipped = read('public/settings-init.js');
    expect(shipped.split('\n').slice(1).join('\n'), 'run `npm run settings-init`').toBe(shrink(src));
    expect(shipped.length).toBeLessThan(src.length);
  });

  it('shrink drops comment lines and indentation, and keeps every statement', () => {
    expect(shrink("// why\n(function () {\n  // more\n  var a = 'x//y';\n\n  a += 1;\n})();\n")).toBe(
      "(function () {\nvar a = 'x//y';\na += 1;\n})();\n",
    );
  });
});
