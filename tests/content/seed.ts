import fs from 'node:fs';
import path from 'node:path';
import { loadContent } from '@/lib/content/load';
import type { Article } from '@/lib/content/schema';

/** The seed file, as received: `../shared/seed` from the project root (CI lays shared/ beside the clone). */
export const SEED_FILE = path.resolve(process.cwd(), '..', 'shared', 'seed', '000_7077fff6e737fbd4.txt');

export function readSeed(): string {
  return fs.readFileSync(SEED_FILE, 'utf8');
}

export const stripWhitespace = (s: string) => s.replace(/\s+/gu, '');

export function realArticle(slug = 'huaiyin-2024'): Article {
  const a = loadContent().articles.find((x) => x.slug === slug);
  if (!a) throw new Error(`article ${slug} missing`);
  return a;
}
