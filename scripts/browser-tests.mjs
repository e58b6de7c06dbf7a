#!/usr/bin/env node
// Browser tests against the production build: build once (skipped when the build is fresh for the
// same sources), `next start` on a free port, run the Vitest browser suite (playwright-core driving
// one shared Debian chromium), stop the server. Per-file results go to test-results/browser.json.
// No Chromium: a loud notice and a skip, unless REQUIRE_BROWSER=1, when it fails.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { isFresh, sourceStamp, writeStamp } from './lib/build-stamp.mjs';
import { findChromium } from './lib/chromium.mjs';
import { nextBuild } from './lib/next-build.mjs';

const chromium = findChromium();
if (!chromium) {
  const msg = [
    '',
    '!'.repeat(78),
    '!!  BROWSER TESTS SKIPPED: no Chromium found (looked at $CHROMIUM_PATH and `chromium` on PATH).',
    "!!  Install Debian's package:  apt-get install -y chromium fonts-noto-cjk",
    '!'.repeat(78),
    '',
  ].join('\n');
  console.error(msg);
  process.exit(process.env.REQUIRE_BROWSER === '1' ? 1 : 0);
}

const dist = process.env.NEXT_DIST_DIR || '.next';
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: '1', NEXT_DIST_DIR: dist, CHROMIUM_PATH: chromium };
const nextBin = path.join('node_modules', 'next', 'dist', 'bin', 'next');

const stamp = sourceStamp();
const skip =
  process.env.SKIP_BUILD === '1' ? fs.existsSync(path.join(dist, 'BUILD_ID')) : isFresh(dist, stamp);
if (skip) console.log(`Build in ${dist}/ is fresh for these sources: not rebuilding.`);
else {
  const status = nextBuild(env);
  if (status !== 0) process.exit(status);
  writeStamp(dist, stamp);
}

const port = await new Promise((resolve) => {
  const srv = net.createServer().listen(0, '127.0.0.1', () => {
    const { port } = srv.address();
    srv.close(() => resolve(port));
  });
});
const server = spawn(process.execPath, [nextBin, 'start', '-p', String(port), '-H', '127.0.0.1'], {
  env,
  stdio: ['ignore', 'pipe', 'inherit'],
});
const stop = () => {
  if (server.exitCode === null) server.kill('SIGTERM');
};
process.on('exit', stop);
for (const sig of ['SIGINT', 'SIGTERM'])
  process.on(sig, () => {
    stop();
    process.exit(130);
  });

const base = `http://127.0.0.1:${port}`;
const deadline = Date.now() + 60_000;
for (;;) {
  try {
    const r = await fetch(`${base}/en`);
    if (r.ok) break;
  } catch {
    /* not up yet */
  }
  if (Date.now() > deadline || server.exitCode !== null) {
    console.error('next start did not come up');
    process.exit(1);
  }
  await new Promise((r) => setTimeout(r, 250));
}

const args = [
  'vitest',
  'run',
  '--config',
  'tests/browser/vitest.config.ts',
  '--reporter=default',
  '--reporter=json',
  '--outputFile.json=test-results/browser.json',
  ...process.argv.slice(2),
];
const t = spawnSync('npx', args, { stdio: 'inherit', env: { ...env, DUIZHAO_URL: base } });
stop();
process.exit(t.status ?? 1);
