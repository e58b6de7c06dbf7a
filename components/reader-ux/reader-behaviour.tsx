'use client';

import { useEffect } from 'react';

const q = (sel: string) => Array.from(document.querySelectorAll<HTMLElement>(sel));
const attr = (v: string) => `"${CSS.escape(v)}"`;

/** The Chinese sentence(s) and English span(s) that translate each other, from either side. */
export function alignedGroup(span: Element): HTMLElement[] {
  const inEn = span.closest('.en') !== null;
  let en: HTMLElement[];
  if (inEn) en = [span as HTMLElement];
  else {
    const id = span.getAttribute('data-sentence') ?? '';
    en = q(`.reader .en [data-sentence=${attr(id)}], .reader .en [data-sentences~=${attr(id)}]`);
  }
  const ids = new Set<string>();
  if (!inEn) ids.add(span.getAttribute('data-sentence') ?? '');
  for (const e of en)
    for (const id of (e.getAttribute('data-sentences') ?? e.getAttribute('data-sentence') ?? '').split(/\s+/))
      if (id) ids.add(id);
  const zh = [...ids].flatMap((id) => q(`.reader .zh [data-sentence=${attr(id)}]`));
  return [...zh, ...en];
}

function onTocToggle(e: Event) {
  const el = e.currentTarget as HTMLElement;
  if ((e as ToggleEvent).newState === 'open')
    (
      el.querySelector<HTMLElement>('a[aria-current="location"]') ?? el.querySelector<HTMLElement>('a')
    )?.focus({ preventScroll: true });
}

/**
 * Page behaviour of the reader chrome, by event delegation (no per-block components):
 * sentence alignment highlight, reveal-English buttons, the toolbar hiding on scroll down,
 * the table of contents (closes on jump, marks the section being read), and the progress-bar
 * fallback for browsers without scroll-driven animations.
 */
export function ReaderBehaviour() {
  useEffect(() => {
    const reader = document.querySelector<HTMLElement>('.reader');
    const toolbar = document.querySelector<HTMLElement>('.rx-toolbar');
    const toc = document.getElementById('rx-toc');
    if (!reader) return;
    const cleanups: (() => void)[] = [];
    const on = <K extends keyof DocumentEventMap>(
      target: EventTarget,
      type: K | string,
      fn: (e: Event) => void,
      opts?: AddEventListenerOptions,
    ) => {
      target.addEventListener(type, fn, opts);
      cleanups.push(() => target.removeEventListener(type, fn, opts));
    };

    // ——— Sentence alignment: hover (mouse), tap or keyboard focus highlights the counterpart ———
    let hovered: HTMLElement[] = [];
    let pinned: HTMLElement[] = [];
    const paint = () => {
      q('.rx-align').forEach((e) => e.classList.remove('rx-align'));
      q('.rx-pinned').forEach((e) => e.classList.remove('rx-pinned'));
      for (const e of pinned) e.classList.add('rx-align', 'rx-pinned');
      for (const e of hovered) e.classList.add('rx-align');
    };
    const sentenceOf = (t: EventTarget | null) =>
      t instanceof Element ? t.closest<HTMLElement>('.reader article [data-sentence]') : null;
    on(reader, 'pointerover', (e) => {
      if ((e as PointerEvent).pointerType !== 'mouse') return;
      const s = sentenceOf(e.target);
      hovered = s ? alignedGroup(s) : [];
      paint();
    });
    on(reader, 'pointerleave', () => {
      hovered = [];
      paint();
    });
    on(reader, 'click', (e) => {
      const t = e.target as Element;
      // Reveal-English buttons
      const btn = t.closest?.<HTMLButtonElement>('[data-reveal-toggle]');
      if (btn) {
        const row = btn.closest('[data-block]');
        const open = btn.getAttribute('aria-expanded') !== 'true';
        btn.setAttribute('aria-expanded', String(open));
        row?.toggleAttribute('data-revealed', open);
        return;
      }
      if (t.closest?.('button, select, input, [popover]')) return;
      const s = sentenceOf(t);
      const group = s ? alignedGroup(s) : [];
      pinned = s && pinned.includes(s) ? [] : group;
      paint();
    });
    on(reader, 'focusin', (e) => {
      const s = sentenceOf(e.target);
      if (s) {
        hovered = alignedGroup(s);
        paint();
      }
    });
    on(reader, 'focusout', () => {
      hovered = [];
      paint();
    });

    // ——— Toolbar hides on scroll down, comes back on scroll up ———
    let lastY = window.scrollY;
    let ticking = false;
    const progress = document.querySelector<HTMLElement>('.rx-progress');
    const needsProgressFallback = !CSS.supports?.('animation-timeline: scroll()');
    const onScroll = () => {
      if (ticking) return;
      ticking = true;
      requestAnimationFrame(() => {
        ticking = false;
        const y = window.scrollY;
        if (toolbar) {
          const busy =
            toolbar.contains(document.activeElement) || document.querySelector('.rx-sheet:popover-open');
          if (y > lastY + 6 && y > 200 && !busy) toolbar.setAttribute('data-hidden', '');
          else if (y < lastY - 6 || y <= 200) toolbar.removeAttribute('data-hidden');
        }
        if (Math.abs(y - lastY) > 6) lastY = y;
        if (needsProgressFallback && progress) {
          const max = document.documentElement.scrollHeight - window.innerHeight;
          progress.style.setProperty('--rx-progress', String(max > 0 ? Math.min(1, y / max) : 0));
        }
      });
    };
    on(window, 'scroll', onScroll, { passive: true });
    if (toolbar) on(toolbar, 'focusin', () => toolbar.removeAttribute('data-hidden'));

    // ——— Table of contents ———
    if (toc) {
      on(toc, 'toggle', onTocToggle);
      on(toc, 'click', (e) => {
        if ((e.target as Element).closest('a[href^="#"]')) toc.hidePopover?.();
      });
      const links = new Map(
        Array.from(toc.querySelectorAll<HTMLAnchorElement>('a[href^="#"]')).map((a) => [a.hash.slice(1), a]),
      );
      const targets = [...links.keys()]
        .map((id) => document.getElementById(id))
        .filter((x): x is HTMLElement => x !== null);
      const markCurrent = () => {
        const line = window.innerHeight * 0.3;
        let cur: HTMLElement | undefined;
        for (const t of targets) if (t.getBoundingClientRect().top <= line) cur = t;
        for (const [id, a] of links)
          if (cur && id === cur.id) a.setAttribute('aria-current', 'location');
          else a.removeAttribute('aria-current');
      };
      markCurrent();
      on(window, 'scroll', markCurrent, { passive: true });
    }

    toolbar?.setAttribute('data-ready', ''); // the reader's scripts are live (tests wait for it)
    return () => cleanups.forEach((c) => c());
  }, []);
  return null;
}
