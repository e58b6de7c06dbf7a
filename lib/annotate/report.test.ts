import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { content, sentences } from './test-helpers';

// Spawns node and transpiles the TypeScript logic: seconds on a loaded 2-core machine.
describe('npm run pinyin:report', { timeout: 60_000 }, () => {
  it('runs the TypeScript logic under plain node and prints the figures', () => {
    const script = path.join(process.cwd(), 'scripts', 'pinyin-report.mjs');
    const run = spawnSync(process.execPath, [script], { encoding: 'utf8' });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    // One report per article, each with its own Han character count.
    for (const slug of new Set(sentences.map((s) => s.slug))) {
      const own = sentences.filter((s) => s.slug === slug);
      const han = own.reduce((n, s) => n + (s.zh.match(/\p{Script=Han}/gu)?.length ?? 0), 0);
      expect(run.stdout).toMatch(
        new RegExp(`Pinyin report: ${slug} \\(${own.length} sentences\\)\\n\\s+Han characters\\s+${han}\\b`),
      );
    }
    expect(run.stdout).toMatch(new RegExp(`of ${content.overrides.length} overrides used`));
    expect(run.stdout).toMatch(/characters without pinyin\s+0\b/);
    expect(run.stdout).toMatch(/荫 yìn → yīn/);
  });

  it('lists every polyphonic occurrence with --review', () => {
    const run = spawnSync(
      process.execPath,
      [path.join(process.cwd(), 'scripts', 'pinyin-report.mjs'), '--review'],
      { encoding: 'utf8' },
    );
    expect(run.status).toBe(0);
    const line = run.stdout.split('\n').find((l) => l.includes('项目【为】王'));
    expect(line).toMatch(/^为 wéi\t/);
  });
});
