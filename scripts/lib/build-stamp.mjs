// Whether a production build in `dist` was made from exactly the current sources: the commit plus a
// hash of every uncommitted change (tracked diffs and untracked files). Lets the test runner skip
// `next build` when .next is fresh for the same commit, and rebuild after any edit.
import { execFileSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

const git = (args) => execFileSync('git', args, { encoding: 'buffer', stdio: ['ignore', 'pipe', 'ignore'] });

/** The sources' identity, or null outside a git checkout (then every run builds). */
export function sourceStamp() {
  try {
    const h = crypto.createHash('sha256');
    h.update(git(['rev-parse', 'HEAD']));
    h.update(git(['diff', 'HEAD', '--binary']));
    for (const f of git(['ls-files', '--others', '--exclude-standard', '-z'])
      .toString()
      .split('\0')
      .filter(Boolean)) {
      h.update(f);
      h.update(fs.readFileSync(f));
    }
    h.update(JSON.stringify([process.env.SITE_URL ?? '', process.env.NODE_ENV ?? '']));
    return h.digest('hex');
  } catch {
    return null;
  }
}

const file = (dist) => path.join(dist, 'duizhao-source-stamp');

export function isFresh(dist, stamp) {
  if (!stamp || !fs.existsSync(path.join(dist, 'BUILD_ID'))) return false;
  try {
    return fs.readFileSync(file(dist), 'utf8') === stamp;
  } catch {
    return false;
  }
}

export function writeStamp(dist, stamp) {
  if (stamp) fs.writeFileSync(file(dist), stamp);
}
