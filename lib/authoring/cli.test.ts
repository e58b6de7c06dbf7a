import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { tempProject } from './test-fixtures';

// The thin CLIs under plain node (the TypeScript is transpiled on the fly): seconds on a loaded machine,
// so only what the unit tests cannot see: arguments, output and exit codes.
const script = (name: string) => path.join(process.cwd(), 'scripts', name);
const node = (name: string, args: string[]) =>
  spawnSync(process.execPath, [script(name), ...args], { encoding: 'utf8' });

const projects: ReturnType<typeof tempProject>[] = [];
afterEach(() => projects.splice(0).forEach((p) => p.cleanup()));

describe('npm run article:new / article:check', { timeout: 60_000 }, () => {
  it('writes a draft, then reports its alignment flag as an error (exit 1)', () => {
    const p = tempProject();
    projects.push(p);
    const made = node('article-new.mjs', [
      '--zh',
      p.zhFile,
      '--en',
      p.enFile,
      '--meta',
      p.metaFile,
      '--content',
      p.contentDir,
    ]);
    expect(made.stderr).toBe('');
    expect(made.status).toBe(0);
    expect(made.stdout).toMatch(/Wrote .*sample-text\/article\.json — 2 paragraphs, 3 sentences/);
    expect(made.stdout).toMatch(/p2: 1 Chinese sentence but 2 English/);
    const checked = node('article-check.mjs', ['sample-text', '--content', p.contentDir]);
    expect(checked.status).toBe(1);
    expect(checked.stdout).toMatch(/✖ \[validation\] block p2: draft flag \(alignment\)/);
    expect(checked.stdout).toMatch(/Fidelity to .*zh\.txt: identical/);
  });

  it('refuses bad input with a message and a non-zero exit, writing nothing', () => {
    const p = tempProject({ en: 'One paragraph only.\n' });
    projects.push(p);
    const made = node('article-new.mjs', [
      '--zh',
      p.zhFile,
      '--en',
      p.enFile,
      '--meta',
      p.metaFile,
      '--content',
      p.contentDir,
    ]);
    expect(made.status).toBe(1);
    expect(made.stderr).toMatch(/nothing written[\s\S]*paragraph counts differ/);
    expect(fs.readdirSync(path.join(p.contentDir, 'articles'))).toEqual([]);
    expect(node('article-new.mjs', ['--zh', p.zhFile]).status).toBe(2);
    expect(node('article-check.mjs', []).status).toBe(2);
  });
});
