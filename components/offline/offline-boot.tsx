'use client';

import { useEffect } from 'react';

/**
 * Starts offline support in production builds once the page has loaded and the browser is idle, so
 * nothing of it competes with first paint: this leaf is a few lines; the rest (offline-client.ts) is
 * a separate chunk loaded then. Sets html[data-offline=on], which shows the reader's offline section.
 */
export function OfflineBoot() {
  useEffect(() => {
    if (process.env.NODE_ENV !== 'production' || !('serviceWorker' in navigator)) return;
    document.documentElement.dataset.offline = 'on';
    // Offline support is an extra: if it fails, reading goes on as before.
    const go = () => void import('./offline-client').then((m) => m.startOffline()).catch(() => {});
    const start = () =>
      'requestIdleCallback' in window ? requestIdleCallback(go, { timeout: 2000 }) : setTimeout(go, 0);
    if (document.readyState === 'complete') start();
    else window.addEventListener('load', start, { once: true });
  }, []);
  return null;
}
