'use client';

import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { SearchData } from '@/lib/export/search-data';
import type { SearchLabels } from './search-box';
import {
  foldSyllable,
  MAX_HITS,
  MAX_QUERY,
  matchSentence,
  matchTerms,
  parseQuery,
  type TermLike,
} from './search-core';

interface Segment {
  lang: 'zh' | 'en';
  el: HTMLElement;
  text: string;
  /** For each UTF-16 unit of `text`: its text node and offset. */
  map: [Text, number][];
  syllables: string[];
}

/** Reads the rendered sentences once: characters (without <rt>) with their syllables, and English. */
function readSegments(root: Element): Segment[] {
  const out: Segment[] = [];
  for (const el of root.querySelectorAll<HTMLElement>('[data-block] > [lang] [data-sentence]')) {
    const lang = el.closest('[lang]')?.getAttribute('lang') === 'en' ? 'en' : 'zh';
    const map: [Text, number][] = [];
    const syllables: string[] = [];
    let text = '';
    const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT, {
      acceptNode: (n) =>
        n.parentElement?.closest('rt, rp') ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT,
    });
    for (let n = walker.nextNode() as Text | null; n; n = walker.nextNode() as Text | null) {
      // A word's ruby pairs each base character (a text node) with the <rt> right after it.
      const next = n.nextSibling;
      const rt =
        n.parentElement?.tagName === 'RUBY' && next instanceof Element && next.tagName === 'RT' ? next : null;
      const syl = rt ? foldSyllable(rt.textContent ?? '') : '';
      for (let i = 0; i < n.data.length; i++) {
        map.push([n, i]);
        // One syllable per character (a character outside the BMP takes two units: give it once).
        const low = i > 0 && /[\udc00-\udfff]/.test(n.data[i]!);
        syllables.push(low ? '' : syl);
      }
      text += n.data;
    }
    out.push({ lang, el, text, map, syllables });
  }
  return out;
}

type Hit = { seg: Segment; range: Range };

const supportsHighlights = () =>
  typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight !== 'undefined';

/** The reader's search: a find bar with hit highlighting (CSS Custom Highlight API) and stepping. */
/**
 * The find bar: reads the rendered sentences once, matches Chinese, pinyin (with or without tones)
 * and English, paints the hits with the CSS Custom Highlight API and steps between them. Loaded
 * with the first opening of the search (components/research/search-box.tsx), not with the page.
 */
export default function SearchPanel({
  labels,
  dataUrl,
  locale,
  open,
  onClose,
}: {
  labels: SearchLabels;
  dataUrl: string;
  locale: string;
  open: boolean;
  onClose: () => void;
}) {
  const [query, setQuery] = useState('');
  const [hits, setHits] = useState<Hit[]>([]);
  const [current, setCurrent] = useState(-1);
  const [terms, setTerms] = useState<TermLike[] | null>(null);
  // Traditional → Simplified per character (from the search data): a query in either script.
  const toSimp = useRef<Record<string, string>>({});
  const [searched, setSearched] = useState('');
  const segments = useRef<Segment[] | null>(null);
  const input = useRef<HTMLInputElement>(null);

  // Glossary data and the character map for this article, fetched once when the search first opens.
  useEffect(() => {
    if (!open || terms) return;
    let live = true;
    fetch(dataUrl)
      .then((r) => (r.ok ? (r.json() as Promise<Partial<SearchData>>) : {}))
      .then((d: Partial<SearchData>) => {
        if (!live) return;
        if (d.toSimp && typeof d.toSimp === 'object') toSimp.current = d.toSimp;
        setTerms(Array.isArray(d.terms) ? d.terms : []);
      })
      .catch(() => live && setTerms([]));
    return () => {
      live = false;
    };
  }, [open, terms, dataUrl]);

  useEffect(() => {
    if (open) input.current?.focus();
    document.documentElement.classList.toggle('dz-searching', open);
  }, [open]);

  const q = useMemo(() => parseQuery(searched), [searched]);
  const termHits = useMemo(
    () => (q && terms ? matchTerms(q, terms, toSimp.current).slice(0, 6) : []),
    [q, terms],
  );

  const run = useCallback((text: string) => {
    setSearched(text);
    const parsed = parseQuery(text);
    if (!parsed) {
      setHits([]);
      setCurrent(-1);
      return;
    }
    const root = document.querySelector('.reader article');
    if (!root) return;
    segments.current ??= readSegments(root);
    const found: Hit[] = [];
    for (const seg of segments.current) {
      const m = matchSentence(
        parsed,
        { text: seg.text, syllables: seg.syllables },
        seg.lang === 'en' ? seg.text : '',
        toSimp.current,
      );
      const ranges = seg.lang === 'zh' ? m.zh : m.en;
      for (const [a, b] of ranges) {
        if (found.length >= MAX_HITS || b <= a) break;
        const r = document.createRange();
        const [sn, so] = seg.map[a]!;
        const [en, eo] = seg.map[b - 1]!;
        r.setStart(sn, so);
        r.setEnd(en, eo + 1);
        found.push({ seg, range: r });
      }
    }
    setHits(found);
    setCurrent(found.length ? 0 : -1);
  }, []);

  // A query typed before the character map arrived: search again with it.
  useEffect(() => {
    if (terms && searched) run(searched);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- only when the data arrives
  }, [terms]);

  // Paint the hits and bring the current one into view.
  useEffect(() => {
    if (!supportsHighlights()) return;
    const all = new Highlight(...hits.map((h) => h.range));
    CSS.highlights.set('dz-hit', all);
    const cur = hits[current];
    if (cur) CSS.highlights.set('dz-current', new Highlight(cur.range));
    else CSS.highlights.delete('dz-current');
    return () => {
      CSS.highlights.delete('dz-hit');
      CSS.highlights.delete('dz-current');
    };
  }, [hits, current]);

  useEffect(() => {
    const cur = hits[current];
    if (!cur) return;
    document.querySelectorAll('.dz-hit-row').forEach((e) => e.classList.remove('dz-hit-row'));
    const row = cur.seg.el.closest('[data-block]');
    row?.classList.add('dz-hit-row');
    // Bring the match into view; then, for a few frames, keep it there. Chinese off screen skips
    // rendering (content-visibility) and lays out only as it comes near, so the blocks around a far
    // match change height after the first scroll and can carry the match out of view. The reader's
    // own scrolling (wheel, touch, keys) ends the watch at once.
    const place = () => {
      const rect = cur.range.getBoundingClientRect();
      if (rect.height === 0) row?.scrollIntoView({ block: 'center' });
      else if (rect.top < 80 || rect.bottom > innerHeight - 160)
        scrollBy({ top: rect.top - innerHeight / 3, behavior: 'instant' as ScrollBehavior });
    };
    place();
    let frames = 0;
    const stop = () => cancelAnimationFrame(raf);
    const opts = { once: true, passive: true } as const;
    let raf = requestAnimationFrame(function settle() {
      // Listen from the first frame on: the key press that moved to this match is still being
      // dispatched when this effect runs, and would end the watch before it starts.
      if (frames === 0)
        for (const type of ['wheel', 'touchstart', 'keydown'] as const) addEventListener(type, stop, opts);
      place();
      if (++frames < 30) raf = requestAnimationFrame(settle);
    });
    return () => {
      stop();
      for (const type of ['wheel', 'touchstart', 'keydown'] as const) removeEventListener(type, stop);
    };
  }, [hits, current]);

  const step = (d: number) => hits.length && setCurrent((c) => (c + d + hits.length) % hits.length);

  const close = () => {
    setHits([]);
    setCurrent(-1);
    document.querySelectorAll('.dz-hit-row').forEach((e) => e.classList.remove('dz-hit-row'));
    onClose();
  };

  const tooLong = query.trim().length > MAX_QUERY;
  let status = '';
  if (tooLong) status = labels.tooLong.replace('{max}', String(MAX_QUERY));
  else if (searched && q && hits.length)
    status = labels.count.replace('{current}', String(current + 1)).replace('{total}', String(hits.length));
  else if (searched && q) status = labels.none.replace('{query}', searched.trim());

  return (
    <div id="dz-search" className="dz-findbar" hidden={!open}>
      {termHits.length > 0 && (
        <div className="dz-terms" data-search-terms>
          <span className="dz-terms-label">{labels.glossary}</span>
          <ul>
            {termHits.map((t) => (
              <li key={t.id}>
                <a href={`/${locale}/glossary#${t.id}`} data-term-hit={t.id}>
                  <span lang="zh-Hans">{t.term}</span> <span className="dz-muted">{t.pinyin}</span> · {t.en}
                </a>
              </li>
            ))}
          </ul>
        </div>
      )}
      <form
        role="search"
        aria-label={labels.label}
        className="dz-find-form"
        onSubmit={(e) => {
          e.preventDefault();
          if (query.trim() === searched.trim() && hits.length) step(1);
          else run(query);
        }}
      >
        <label htmlFor="dz-search-input" className="dz-sr-only">
          {labels.label}
        </label>
        <input
          ref={input}
          id="dz-search-input"
          type="search"
          value={query}
          maxLength={MAX_QUERY * 2}
          placeholder={labels.placeholder}
          aria-describedby="dz-search-status dz-search-hint"
          autoComplete="off"
          spellCheck={false}
          onChange={(e) => {
            setQuery(e.target.value);
            run(e.target.value);
          }}
          onKeyDown={(e) => {
            if (e.key === 'Escape') {
              e.preventDefault();
              close();
            } else if (e.key === 'Enter' && e.shiftKey) {
              e.preventDefault();
              step(-1);
            }
          }}
        />
        <button
          type="button"
          className="dz-btn dz-icon"
          aria-label={labels.prev}
          onClick={() => step(-1)}
          disabled={!hits.length}
        >
          <span aria-hidden="true">↑</span>
        </button>
        <button
          type="button"
          className="dz-btn dz-icon"
          aria-label={labels.next}
          onClick={() => step(1)}
          disabled={!hits.length}
        >
          <span aria-hidden="true">↓</span>
        </button>
        <button type="button" className="dz-btn dz-icon" aria-label={labels.close} onClick={close}>
          <span aria-hidden="true">×</span>
        </button>
      </form>
      <p className="dz-find-status">
        <span id="dz-search-status" role="status" aria-live="polite" data-search-status>
          {status}
        </span>
        {!status && (
          <span id="dz-search-hint" className="dz-muted">
            {labels.hint}
          </span>
        )}
      </p>
    </div>
  );
}
