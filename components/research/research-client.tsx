'use client';

import { lazy, Suspense, useCallback, useEffect, useRef, useState } from 'react';
import type { CiteSource } from '@/lib/cite/format';
import type { CiteLabels } from './cite-dialog';
import { passageLocator } from '@/lib/cite/passage';
import { copyText, pagePassage, passageElements, passageText, type CopyKind } from './dom';
import './research.css';

// The cite dialog and its formatters load on first use (the menu opening preloads them): most
// readers never cite, and this keeps the reader's JavaScript within its budget.
const loadCiteDialog = () => import('./cite-dialog');
const CiteDialog = lazy(() => loadCiteDialog().then((m) => ({ default: m.CiteDialog })));

export interface ActionLabels {
  copyLink: string;
  cite: string;
  copyZh: string;
  copyEn: string;
  copyPinyin: string;
  copyAll: string;
  copied: string;
  linkCopied: string;
  copyFailed: string;
  arrivedBlock: string;
  arrivedSentence: string;
  arrivedRange: string;
}

/** Under the button (or above it when there is no room), right-aligned with it, inside the viewport. */
function placeUnder(button: HTMLElement) {
  const r = button.getBoundingClientRect();
  const w = Math.min(288, innerWidth - 16);
  const h = 6 * 44 + 10;
  const below = r.bottom + 4;
  const top = below + h <= innerHeight - 8 ? below : Math.max(8, r.top - h - 4);
  return { top, left: Math.max(8, Math.min(r.right - w, innerWidth - w - 8)) };
}

/** Height of whatever sticks to the top of the viewport (site header, reader toolbar), in px. */
function stickyOffset(): number {
  let offset = 0;
  for (const el of document.querySelectorAll(
    'header, [role="toolbar"], [data-sticky], .reader > *:not(article)',
  )) {
    const cs = getComputedStyle(el);
    if (cs.position !== 'sticky' && cs.position !== 'fixed') continue;
    const top = parseFloat(cs.top);
    const h = el.getBoundingClientRect().height;
    if (Number.isFinite(top) && top < innerHeight / 4 && h < innerHeight / 3)
      offset = Math.max(offset, top + h);
  }
  return offset;
}

type Item = { key: 'link' | 'cite' | CopyKind; label: string };

/**
 * The reader's research behaviour, as one small client leaf using event delegation:
 * the per-paragraph actions menu (buttons rendered by components/reader/block-actions.tsx),
 * the cite dialog, copying, and the deep-link arrival highlight with its announcement.
 */
export function ResearchClient({
  labels,
  citeLabels,
  source,
  pageUrl,
}: {
  labels: ActionLabels;
  citeLabels: CiteLabels;
  /** What citations cite: the article in its source script (the Simplified page). */
  source: CiteSource;
  /** This page (the Traditional page has its own), for "Copy link". */
  pageUrl: string;
}) {
  const [menu, setMenu] = useState<{ blockId: string; button: HTMLElement } | null>(null);
  const [pos, setPos] = useState<{ top: number; left: number } | null>(null);
  const [cite, setCite] = useState<{ blockId: string; opener: HTMLElement | null } | null>(null);
  const [status, setStatus] = useState('');
  const [toast, setToast] = useState('');
  const menuRef = useRef<HTMLDivElement>(null);
  const marked = useRef<Element[]>([]);

  const announce = useCallback((msg: string) => {
    // Re-setting the same text would not be announced again.
    setStatus('');
    requestAnimationFrame(() => setStatus(msg));
  }, []);

  // Deep-link arrival: highlight the block or sentence (both languages), scroll it below any sticky
  // header, announce it.
  useEffect(() => {
    const arrive = () => {
      let id = '';
      try {
        id = decodeURIComponent(location.hash.slice(1));
      } catch {
        return;
      }
      for (const el of marked.current) el.classList.remove('dz-arrived');
      marked.current = [];
      if (!id) return;
      // A range or sentence the page cannot honour falls back (lib/cite/passage), and the
      // announcement names what is highlighted, not what the link asked for.
      const p = pagePassage(id);
      const els = p ? passageElements(p) : [];
      if (!p || !els.length) return;
      // The page's scroll padding already keeps the toolbar's height clear (reader-ux.css).
      const padding = parseFloat(getComputedStyle(document.documentElement).scrollPaddingTop) || 0;
      const offset = Math.max(0, stickyOffset() - padding);
      document.documentElement.style.setProperty('--dz-scroll-offset', `${Math.round(offset)}px`);
      for (const el of els) el.classList.add('dz-arrived');
      marked.current = els;
      els[0]!.scrollIntoView({ block: 'start' });
      const label = p.to ? labels.arrivedRange : p.sentence ? labels.arrivedSentence : labels.arrivedBlock;
      announce(label.replace('{id}', passageLocator(p)));
    };
    // After layout settles (fonts, other leaves), so the passage stays where the reader sees it.
    const t = setTimeout(arrive, 50);
    addEventListener('hashchange', arrive);
    return () => {
      clearTimeout(t);
      removeEventListener('hashchange', arrive);
    };
  }, [announce, labels.arrivedBlock, labels.arrivedSentence, labels.arrivedRange]);

  // Delegated clicks on the per-block action buttons.
  useEffect(() => {
    const onClick = (e: MouseEvent) => {
      const btn = (e.target as Element | null)?.closest<HTMLElement>('[data-actions-for]');
      if (!btn) return;
      const blockId = btn.dataset.actionsFor!;
      void loadCiteDialog().catch(() => {}); // warm up: "Cite" is one step away
      setPos(placeUnder(btn));
      setMenu((m) => (m?.blockId === blockId ? null : { blockId, button: btn }));
    };
    document.addEventListener('click', onClick);
    return () => document.removeEventListener('click', onClick);
  }, []);

  const closeMenu = useCallback((focusButton: boolean) => {
    setMenu((m) => {
      if (m && focusButton) m.button.focus();
      return null;
    });
  }, []);

  // Keep the menu under its button on scroll/resize; close it on a press outside.
  useEffect(() => {
    document
      .querySelectorAll('[data-actions-for][aria-expanded="true"]')
      .forEach((b) => b.setAttribute('aria-expanded', 'false'));
    if (!menu) return;
    menu.button.setAttribute('aria-expanded', 'true');
    const place = () => setPos(placeUnder(menu.button));
    const onDown = (e: PointerEvent) => {
      const t = e.target as Node;
      if (!menuRef.current?.contains(t) && !menu.button.contains(t)) closeMenu(false);
    };
    addEventListener('scroll', place, { passive: true });
    addEventListener('resize', place);
    document.addEventListener('pointerdown', onDown);
    return () => {
      removeEventListener('scroll', place);
      removeEventListener('resize', place);
      document.removeEventListener('pointerdown', onDown);
    };
  }, [menu, closeMenu]);

  // Once the menu is rendered, focus its first item (keyboard users start there).
  useEffect(() => {
    if (!menu || menuRef.current?.contains(document.activeElement)) return;
    menuRef.current?.querySelector<HTMLElement>('[role="menuitem"]')?.focus();
  }, [menu]);

  const items: Item[] = [
    { key: 'link', label: labels.copyLink },
    { key: 'cite', label: labels.cite },
    { key: 'zh', label: labels.copyZh },
    { key: 'en', label: labels.copyEn },
    { key: 'pinyin', label: labels.copyPinyin },
    { key: 'all', label: labels.copyAll },
  ];

  const run = async (key: Item['key']) => {
    if (!menu) return;
    const { blockId, button } = menu;
    if (key === 'cite') {
      setMenu(null);
      setCite({ blockId, opener: button });
      return;
    }
    closeMenu(true);
    const block = document.getElementById(blockId);
    if (!block) return;
    const url = `${pageUrl}#${blockId}`;
    const text = key === 'link' ? url : passageText(block, key);
    const ok = await copyText(text);
    const msg = ok
      ? key === 'link'
        ? labels.linkCopied.replace('{url}', url)
        : labels.copied
      : labels.copyFailed;
    announce(msg);
    setToast(msg);
  };

  useEffect(() => {
    if (!toast) return;
    const t = setTimeout(() => setToast(''), 3500);
    return () => clearTimeout(t);
  }, [toast]);

  const onMenuKey = (e: React.KeyboardEvent) => {
    const list = [...(menuRef.current?.querySelectorAll<HTMLElement>('[role="menuitem"]') ?? [])];
    const i = list.indexOf(document.activeElement as HTMLElement);
    const go = (n: number) => list[(n + list.length) % list.length]?.focus();
    if (e.key === 'ArrowDown') go(i + 1);
    else if (e.key === 'ArrowUp') go(i - 1);
    else if (e.key === 'Home') go(0);
    else if (e.key === 'End') go(list.length - 1);
    else if (e.key === 'Escape') closeMenu(true);
    else if (e.key === 'Tab') closeMenu(false);
    else return;
    if (e.key !== 'Tab') e.preventDefault();
  };

  return (
    <>
      {menu && pos && (
        <div
          ref={menuRef}
          role="menu"
          aria-label={menu.button.getAttribute('aria-label') ?? undefined}
          className="dz-menu"
          style={{ top: pos.top, left: pos.left }}
          onKeyDown={onMenuKey}
          data-menu-for={menu.blockId}
        >
          {items.map((it) => (
            <button
              key={it.key}
              type="button"
              role="menuitem"
              tabIndex={-1}
              data-action={it.key}
              className="dz-menu-item"
              onClick={() => void run(it.key)}
            >
              {it.label}
            </button>
          ))}
        </div>
      )}
      {cite && (
        <Suspense fallback={null}>
          <CiteDialog
            blockId={cite.blockId}
            source={source}
            labels={citeLabels}
            onClose={() => {
              const opener = cite.opener;
              setCite(null);
              opener?.focus();
            }}
            onCopied={(ok) => announce(ok ? labels.copied : labels.copyFailed)}
          />
        </Suspense>
      )}
      <div role="status" aria-live="polite" className="dz-sr-only" data-research-status>
        {status}
      </div>
      {toast && (
        <div className="dz-toast" aria-hidden="true">
          {toast}
        </div>
      )}
    </>
  );
}
