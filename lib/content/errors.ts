import type { z } from 'zod';

/** One problem in one content file, located by file, block/sentence/entry id and field. */
export interface ContentProblem {
  file: string;
  where: string;
  message: string;
}

export class ContentError extends Error {
  readonly problems: ContentProblem[];
  constructor(problems: ContentProblem[]) {
    super(
      `Invalid content (${problems.length} problem${problems.length === 1 ? '' : 's'}):\n` +
        problems.map((p) => `  ${p.file}: ${p.where ? `${p.where}: ` : ''}${p.message}`).join('\n'),
    );
    this.name = 'ContentError';
    this.problems = problems;
  }
}

type Json = unknown;
const at = (value: Json, key: PropertyKey): Json =>
  value !== null && typeof value === 'object' ? (value as Record<PropertyKey, Json>)[key] : undefined;
const idOf = (value: Json): string | undefined => {
  const id = at(value, 'id');
  return typeof id === 'string' ? id : undefined;
};

/**
 * Turns a zod issue path into words an editor can act on: array indexes become the ids stored
 * in the file (`block p7 › sentence p7.s2 › field en`) instead of positions.
 */
export function describePath(raw: Json, path: readonly PropertyKey[]): string {
  const parts: string[] = [];
  let node: Json = raw;
  for (let i = 0; i < path.length; i++) {
    const key = path[i] as PropertyKey;
    const parentKey = i > 0 ? path[i - 1] : undefined;
    node = at(node, key);
    if (typeof key === 'number') {
      const id = idOf(node);
      const label =
        parentKey === 'blocks'
          ? 'block'
          : parentKey === 'sentences'
            ? 'sentence'
            : parentKey === 'editorialNotes'
              ? 'note'
              : i === 0
                ? 'entry'
                : String(parentKey ?? 'item');
      parts.push(id ? `${label} ${id}` : `${label} #${key + 1}`);
    } else if (i === path.length - 1 || typeof path[i + 1] !== 'number') {
      parts.push(`field ${String(key)}`);
    }
  }
  return parts.join(' › ');
}

export function zodProblems(file: string, raw: Json, error: z.ZodError): ContentProblem[] {
  return error.issues.map((issue) => ({ file, where: describePath(raw, issue.path), message: issue.message }));
}
