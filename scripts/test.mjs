#!/usr/bin/env node
// `npm test`: everything, in order — type-check, lint, format check, unit tests, browser tests.
// Stops at the first failing step and exits with its status. Prints a table of each step's wall
// time and each browser test file's, and writes it to test-results/timings.{md,json} for CI to keep.
// `npm run test:quick` (QUICK=1) runs every step but the browser tests.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';

const quick = process.env.QUICK === '1';
const steps = [
  ['type-check', 'npx', ['tsc', '--noEmit']],
  ['lint', 'npx', ['eslint', '.', '--max-warnings=0']],
  ['format', 'npx', ['prettier', '--check', '.']],
  ['unit tests', 'npx', ['vitest', 'run']],
  ...(quick ? [] : [['browser tests', process.execPath, ['scripts/browser-tests.mjs']]]),
];

const rows = [];
const started = Date.now();
const seconds = (ms) => (ms / 1000).toFixed(1);

function report(failed) {
  const lines = ['| step | wall time (s) |', '|---|---:|'];
  for (const r of rows) lines.push(`| ${r.name}${r.status ? ' ✖' : ''} | ${seconds(r.ms)} |`);
  // Per-file wall times of the browser suite, from Vitest's JSON report.
  let files = [];
  try {
    const json = JSON.parse(fs.readFileSync('test-results/browser.json', 'utf8'));
    if (rows.some((r) => r.name === 'browser tests'))
      files = json.testResults
        .map((f) => ({
          file: f.name.replace(`${process.cwd()}/`, ''),
          ms: f.endTime - f.startTime,
          tests: f.assertionResults.length,
          failed: f.assertionResults.filter((a) => a.status === 'failed').length,
        }))
        .sort((a, b) => b.ms - a.ms);
  } catch {
    /* no browser run (quick, skipped or failed before it started) */
  }
  if (files.length) {
    lines.push('', '| browser test file | tests | failed | wall time (s) |', '|---|---:|---:|---:|');
    for (const f of files) lines.push(`| ${f.file} | ${f.tests} | ${f.failed} | ${seconds(f.ms)} |`);
  }
  lines.push('', `total: ${seconds(Date.now() - started)} s${failed ? ` — failed at ${failed}` : ''}`);
  const text = lines.join('\n');
  console.log(`\n${text}`);
  fs.mkdirSync('test-results', { recursive: true });
  fs.writeFileSync('test-results/timings.md', `${text}\n`);
  fs.writeFileSync('test-results/timings.json', JSON.stringify({ steps: rows, files }, null, 2));
}

fs.rmSync('test-results/browser.json', { force: true });
for (const [name, cmd, args] of steps) {
  console.log(`\n▶ ${name}: ${[cmd === process.execPath ? 'node' : cmd, ...args].join(' ')}`);
  const t0 = Date.now();
  const r = spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' } });
  rows.push({ name, ms: Date.now() - t0, status: r.status });
  if (r.status !== 0) {
    report(name);
    console.error(`\n✖ ${name} failed`);
    process.exit(r.status ?? 1);
  }
}
report();
console.log(quick ? '\n✔ quick checks passed (browser tests not run)' : '\n✔ all test steps passed');
