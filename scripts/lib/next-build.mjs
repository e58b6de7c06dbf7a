// `next build` for the scripts (start, tests, export, bench). A build into another folder than
// .next (NEXT_DIST_DIR=.next-bench, .next-export) makes Next add that folder's types to
// tsconfig.json's include list and reformat the file; that edit belongs to no one, so it is undone.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { deferReaderRuntime } from './defer-runtime.mjs';

const nextBin = path.join('node_modules', 'next', 'dist', 'bin', 'next');

/** Runs `next build` with `env`, then defers the reader pages' runtime (defer-runtime.mjs); returns its exit status. */
export function nextBuild(env, stdio = 'inherit') {
  const tsconfig = fs.existsSync('tsconfig.json') ? fs.readFileSync('tsconfig.json', 'utf8') : null;
  const r = spawnSync(process.execPath, [nextBin, 'build'], { stdio, env });
  if (tsconfig !== null && fs.readFileSync('tsconfig.json', 'utf8') !== tsconfig)
    fs.writeFileSync('tsconfig.json', tsconfig);
  if (r.status !== 0) return r.status ?? 1;
  const pages = deferReaderRuntime(env.NEXT_DIST_DIR || '.next');
  if (stdio === 'inherit')
    console.log(`Reader pages that load Next's runtime after their first paint: ${pages}`);
  return 0;
}
