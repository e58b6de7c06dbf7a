import type { Article } from '@/lib/content/schema';

export const stripWhitespace = (s: string) => s.replace(/\s+/gu, '');

export interface FidelityResult {
  /** The source with whitespace removed equals the article's Chinese, but for the repairs. */
  identical: boolean;
  /** What differs, with a little context on each side (empty when identical). */
  problems: string[];
  /** The editorial repairs taken as expected differences, one line each. */
  repairs: string[];
}

const around = (s: string, at: number) => `…${s.slice(Math.max(0, at - 10), at + 20)}…`;

/**
 * Compares an article's Chinese with its source as received, whitespace removed. Expected
 * differences are the editorial notes: "move" blocks (each must occur exactly once in the source and
 * is compared in place) and "replace" repairs (the source string must occur in the source; the
 * article carries the repaired text). Other kinds ("rejoin", "classify") change no characters.
 */
export function compareWithSource(article: Article, source: string): FidelityResult {
  const problems: string[] = [];
  const repairs: string[] = [];
  const seed = stripWhitespace(source);
  const blockText = (id: string) => {
    const b = article.blocks.find((x) => x.id === id);
    return b ? stripWhitespace(b.sentences.map((s) => s.zh).join('')) : undefined;
  };
  const moved = new Set<string>();
  let expected = seed;
  for (const n of article.editorialNotes.filter((x) => x.kind === 'move')) {
    repairs.push(
      `note ${n.id} (move): ${n.blocks.join(', ')} shown out of the source's order, compared in place`,
    );
    for (const id of n.blocks) {
      const text = blockText(id);
      if (text === undefined) continue; // checkArticle reports the unknown block
      const count = seed.split(text).length - 1;
      if (count !== 1)
        problems.push(`note ${n.id}: moved block ${id} occurs ${count} times in the source (expected once)`);
      else {
        moved.add(id);
        expected = expected.replace(text, '');
      }
    }
  }
  let actual = stripWhitespace(
    article.blocks
      .filter((b) => !moved.has(b.id))
      .flatMap((b) => b.sentences.map((s) => s.zh))
      .join(''),
  );
  for (const n of article.editorialNotes) {
    if (n.kind !== 'replace' && n.kind !== 'move')
      repairs.push(`note ${n.id} (${n.kind}): ${n.blocks.join(', ')}; no characters change`);
    if (n.kind !== 'replace') continue;
    const from = stripWhitespace(n.source!);
    const to = stripWhitespace(n.text!);
    if (!seed.includes(from))
      problems.push(`note ${n.id}: its source string "${n.source}" is not in the source file`);
    else {
      actual = actual.replace(to, from);
      repairs.push(`note ${n.id} (replace): the source's "${n.source}" reads "${n.text}"`);
    }
  }
  const a = [...actual];
  const e = [...expected];
  if (actual !== expected) {
    let at = e.findIndex((c, i) => c !== a[i]);
    if (at === -1) at = e.length;
    const exp = e.join('');
    const act = a.join('');
    problems.push(
      `the Chinese differs from the source at character ${at + 1}: source ${around(exp, at)} article ${around(act, at)}` +
        (a.length !== e.length
          ? ` (source ${e.length} characters, article ${a.length}, whitespace removed)`
          : ''),
    );
  }
  return { identical: problems.length === 0, problems, repairs };
}
