'use client';

import { useLayoutEffect, useRef } from 'react';
import { takeStaticHtml } from './static-html-registry';

/**
 * A region whose markup React renders on the server and then never owns. The server render fills
 * it from the build-time HTML (via the registry, not props, so the RSC payload carries only `id`);
 * in the browser React hydrates an element with empty `__html`, which React leaves as it is, so the
 * ~9,000 elements of the article are neither shipped twice nor hydrated.
 *
 * If React ever mounts it fresh in the browser (a client-side navigation, which the site avoids by
 * using plain links to readers), the region would be empty: reload so the server HTML arrives.
 */
export function StaticRegion({ id, className }: { id: string; className?: string }) {
  const ref = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    if (!ref.current || ref.current.firstChild) return;
    // Once per page, so a server that somehow sent no body cannot cause a reload loop.
    const flag = `duizhao:reloaded:${location.pathname}`;
    try {
      if (sessionStorage.getItem(flag)) return;
      sessionStorage.setItem(flag, '1');
    } catch {
      return;
    }
    window.location.reload();
  }, []);
  return (
    <div
      ref={ref}
      className={className}
      data-static={id}
      suppressHydrationWarning
      dangerouslySetInnerHTML={{ __html: takeStaticHtml(id) }}
    />
  );
}
