#!/usr/bin/env node
// `npm test`: everything, in order — type-check, lint, format check, unit tests, browser tests.
// Stops at the first failing step and exits with its status.
import { spawnSync } from 'node:child_process';

const steps = [
  ['type-check', 'npx', ['tsc', '--noEmit']],
  ['lint', 'npx', ['eslint', '.', '--max-warnings=0']],
  ['format', 'npx', ['prettier', '--check', '.']],
  ['unit tests', 'npx', ['vitest', 'run']],
  ['browser tests', process.execPath, ['scripts/browser-tests.mjs']],
];
for (const [name, cmd, args] of steps) {
  console.log(`\n▶ ${name}: ${[cmd === process.execPath ? 'node' : cmd, ...args].join(' ')}`);
  const r = spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' } });
  if (r.status !== 0) {
    console.error(`\n✖ ${name} failed`);
    process.exit(r.status ?? 1);
  }
}
console.log('\n✔ all test steps passed');
