import type { SafeHtml } from '@/lib/render';

/**
 * Hands build-time HTML from the server-component render to the server-side render of
 * StaticRegion, in the same process, without putting it into the React Server Components payload.
 * Keyed by page (locale + slug), so pages prerendered in parallel never see each other's body.
 */
const KEY = Symbol.for('duizhao.static-html');

type Registry = Map<string, SafeHtml>;

function registry(): Registry {
  const g = globalThis as { [KEY]?: Registry };
  return (g[KEY] ??= new Map());
}

export function putStaticHtml(id: string, html: SafeHtml): void {
  registry().set(id, html);
}

/** Server only: the HTML registered for `id` (empty if none). In the browser there is none. */
export function takeStaticHtml(id: string): SafeHtml | '' {
  if (typeof window !== 'undefined') return '';
  return registry().get(id) ?? '';
}
