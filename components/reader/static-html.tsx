import type { SafeHtml } from '@/lib/render';
import { putStaticHtml } from './static-html-registry';
import { StaticRegion } from './static-region';

/**
 * Places build-time markup from lib/render (the article body, the key-terms strip, the glossary
 * page's entry list) in the page as markup React does not own: it reaches the browser once, in
 * the HTML, and is never hydrated.
 * `id` must be unique per page and stable across locales' prerenders (e.g. `en/huaiyin-2024/body`).
 */
export function StaticHtml({ id, html, className }: { id: string; html: SafeHtml; className?: string }) {
  putStaticHtml(id, html);
  return <StaticRegion id={id} className={className} />;
}
