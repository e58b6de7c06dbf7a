#!/usr/bin/env node
// `npm start`: serves the production build on http://localhost:3000 (PORT overrides),
// building first when there is no build yet, so a fresh clone comes up with `npm ci && npm start`.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { nextBuild } from './lib/next-build.mjs';

const dist = process.env.NEXT_DIST_DIR || '.next';
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: '1' };
const nextBin = path.join('node_modules', 'next', 'dist', 'bin', 'next');

if (!fs.existsSync(path.join(dist, 'BUILD_ID'))) {
  console.log(`No production build in ${dist}/ yet: building (takes about a minute)…`);
  const status = nextBuild(env);
  if (status !== 0) process.exit(status);
}
const port = process.env.PORT || '3000';
const child = spawn(process.execPath, [nextBin, 'start', '-p', port], { stdio: 'inherit', env });
for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => child.kill(sig));
child.on('exit', (code) => process.exit(code ?? 0));
