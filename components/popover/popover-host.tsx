'use client';

import { autoUpdate, computePosition, flip, offset, shift, size } from '@floating-ui/dom';
import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import type { ArticleDictionary } from '@/lib/dictionary/types';
import { takeEarlyTaps } from './early-taps';
import { definitionsFor, lookupWord, type TermInfo, type WordLookup } from './logic';
import type { PlecoLabels, PlecoLookup as PlecoLookupType } from './pleco-lookup';
import { sourceText } from '@/components/research/source-text';
import { addWord, readWords, removeWord, writeWords } from './words-store';
import './popover.css';

// The Pleco link / copy button loads with the first word popover, not with the page (a plain
// import() on use; next/dynamic would still list its chunk in the page): it keeps the reader's
// first-load JavaScript within its budget, and the popover never exists before a tap.
let plecoPromise: Promise<typeof PlecoLookupType> | undefined;
function loadPleco(): Promise<typeof PlecoLookupType> {
  plecoPromise ??= import('./pleco-lookup').then((m) => m.PlecoLookup);
  plecoPromise.catch(() => (plecoPromise = undefined)); // retry with the next popover
  return plecoPromise;
}

export interface PopoverLabels extends PlecoLabels {
  close: string;
  fullEntry: string;
  literal: string;
  official: string;
  common: string;
  own: string;
  partial: string;
  unconfirmed: string;
  wordsInTerm: string;
  loading: string;
  loadError: string;
  fallback: string;
  noEntry: string;
  otherReadings: string;
  measureWords: string;
  /** Between list items: "、" in zh, ", " in en. */
  listSep: string;
  /** The term popover loads the glossary, not the dictionary. */
  termLoading: string;
  termLoadError: string;
  save: string;
  saved: string;
  remove: string;
  saveFailed: string;
  myWords: string;
  inTerm: string;
  credit: string;
  navHint: string;
  termDialog: string;
  wordDialog: string;
  /** "Also in: " before the other articles a term occurs in. */
  alsoIn: string;
  /** "HSK 2.0 level {level}": the list is named on the server, the level filled in here. */
  hskLevel: string;
}

type Open =
  | { kind: 'term'; id: string; anchor: HTMLElement; returnTo: HTMLElement }
  | {
      kind: 'word';
      word: string;
      pinyin: string;
      source: HTMLElement;
      anchor: HTMLElement;
      returnTo: HTMLElement;
      sentenceId?: string;
      termId?: string;
    };

const SHEET = '(max-width: 639.98px)';
const NAV = 'data-word-nav';
const CURSOR = 'data-cursor';
const INTERACTIVE = 'a[href],button,input,select,textarea,summary,[tabindex]:not([tabindex="-1"])';

let termsPromise: Promise<Record<string, TermInfo>> | undefined;
function loadTerms(url: string): Promise<Record<string, TermInfo>> {
  termsPromise ??= fetch(url).then((r) => {
    if (!r.ok) throw new Error(String(r.status));
    return r.json() as Promise<Record<string, TermInfo>>;
  });
  termsPromise.catch(() => (termsPromise = undefined)); // retry on the next tap
  return termsPromise;
}

let dictPromise: Promise<ArticleDictionary> | undefined;
function loadDictionary(url: string): Promise<ArticleDictionary> {
  dictPromise ??= fetch(url).then((r) => {
    if (!r.ok) throw new Error(String(r.status));
    return r.json() as Promise<ArticleDictionary>;
  });
  dictPromise.catch(() => (dictPromise = undefined)); // retry on the next tap
  return dictPromise;
}

/** The Chinese of a term trigger (an in-text occurrence or a key-terms chip), without its pinyin. */
function termLabel(el: HTMLElement): string {
  const chip = el.querySelector('.keyterm-zh');
  if (chip) return chip.textContent ?? '';
  return [...el.querySelectorAll<HTMLElement>('[data-word]')].map((w) => w.dataset.word ?? '').join('');
}

/** Pinyin of a rendered word, read from its ruby (spoken tones when the reader shows them). */
function domPinyin(word: HTMLElement): string {
  const spoken = document.documentElement.dataset.sandhi === 'on';
  return [...word.querySelectorAll('rt')]
    .map((rt) => (spoken && rt.dataset.s) || rt.textContent || '')
    .join(' ')
    .trim();
}

function sentenceText(id: string): { zh: string; en?: string } {
  const zhEl = document.getElementById(id);
  // The source (Simplified) sentence on both pages, beside the Simplified word: My words and its
  // Anki/Pleco exports quote the source text.
  const zh = zhEl ? sourceText(zhEl) : '';
  const enEl = document.querySelector(
    `.en [data-sentence="${CSS.escape(id)}"], .en [data-sentences~="${CSS.escape(id)}"]`,
  );
  const en = enEl?.textContent?.trim();
  return { zh, en: en || undefined };
}

function wordOpen(source: HTMLElement, anchor: HTMLElement, returnTo: HTMLElement): Open {
  return {
    kind: 'word',
    word: source.dataset.word || source.textContent || '',
    pinyin: domPinyin(source),
    source,
    anchor,
    returnTo,
    sentenceId: source.closest('[data-sentence]')?.getAttribute('data-sentence') ?? undefined,
    termId: source.closest('[data-term]')?.getAttribute('data-term') ?? undefined,
  };
}

/**
 * The one popover of the reader page. Event delegation on the document: clicks, taps, Enter and
 * Space on `[data-term]` (glossary occurrences) and `[data-keyterm]` (the key-terms strip) open
 * the term popover; a tap on any `[data-word]` or arrow keys + Enter in a focused paragraph open
 * the word popover with CC-CEDICT definitions (fetched once, on first use).
 */
export function PopoverHost({
  termsUrl,
  labels,
  locale,
  slug,
  dictUrl,
  wordsHref,
}: {
  /** The article's term data: a static JSON fetched when idle or on first use. */
  termsUrl: string;
  labels: PopoverLabels;
  locale: string;
  slug: string;
  dictUrl: string;
  wordsHref: string;
}) {
  const [open, setOpenState] = useState<Open | null>(null);
  const [terms, setTerms] = useState<Record<string, TermInfo> | 'error' | null>(null);
  const fetchTerms = useCallback(() => {
    loadTerms(termsUrl).then(setTerms, () => setTerms('error'));
  }, [termsUrl]);

  // Term data is small but not needed for first paint: fetch it once the page is idle.
  useEffect(() => {
    const idle = window.requestIdleCallback ?? ((cb: () => void) => window.setTimeout(cb, 1500));
    idle(fetchTerms);
  }, [fetchTerms]);
  const [dict, setDict] = useState<ArticleDictionary | 'loading' | 'error' | null>(null);
  const [Pleco, setPleco] = useState<typeof PlecoLookupType | null>(null);
  const [announce, setAnnounce] = useState('');
  const [savedWords, setSavedWords] = useState<string[]>([]);
  const [saveFailed, setSaveFailed] = useState(false);
  const openRef = useRef<Open | null>(null);
  const dialogRef = useRef<HTMLDivElement>(null);

  const setOpen = useCallback((next: Open | null) => {
    const prev = openRef.current;
    prev?.anchor.removeAttribute('data-pop-anchor');
    next?.anchor.setAttribute('data-pop-anchor', '');
    openRef.current = next;
    setSaveFailed(false);
    setOpenState(next);
  }, []);

  const close = useCallback(
    (returnFocus: boolean) => {
      const o = openRef.current;
      if (!o) return;
      setOpen(null);
      if (returnFocus) o.returnTo.focus({ preventScroll: true });
    },
    [setOpen],
  );

  const openWord = useCallback(
    (next: Open) => {
      setOpen(next);
      setSavedWords(readWords().map((w) => w.word));
      loadPleco().then(
        (c) => setPleco(() => c),
        () => undefined, // offline or a failed chunk: the popover works without the Pleco control
      );
      if (typeof dictPromise === 'undefined') setDict('loading');
      loadDictionary(dictUrl).then(
        (d) => setDict(d),
        () => setDict('error'),
      );
    },
    [dictUrl, setOpen],
  );

  // Delegated listeners, installed once; they read the current state through openRef.
  useEffect(() => {
    const article = document.querySelector('[data-article] article') ?? document.querySelector('article');
    const hint = 'pop-nav-hint';
    // Keyboard access to words without hundreds of tab stops: each paragraph's Chinese is one stop.
    article?.querySelectorAll<HTMLElement>('.zh').forEach((zh) => {
      if (!zh.querySelector('[data-word]')) return;
      zh.tabIndex = 0;
      zh.setAttribute(NAV, '');
      zh.setAttribute('aria-describedby', hint);
    });

    const termTrigger = (t: Element | null) => t?.closest<HTMLElement>('[data-term],[data-keyterm]') ?? null;
    const termIdOf = (el: HTMLElement) => el.dataset.term ?? el.dataset.keyterm ?? '';

    const toggleTerm = (el: HTMLElement) => {
      const id = termIdOf(el);
      const cur = openRef.current;
      if (cur?.kind === 'term' && cur.id === id && cur.anchor === el) return close(true);
      setOpen({ kind: 'term', id, anchor: el, returnTo: el });
      fetchTerms();
    };

    const moveCursor = (zh: HTMLElement, to: number) => {
      const words = [...zh.querySelectorAll<HTMLElement>('[data-word]')];
      if (!words.length) return undefined;
      const i = Math.max(0, Math.min(words.length - 1, to));
      zh.querySelectorAll(`[${CURSOR}]`).forEach((w) => w.removeAttribute(CURSOR));
      const w = words[i]!;
      w.setAttribute(CURSOR, '');
      w.scrollIntoView({ block: 'nearest', inline: 'nearest' });
      setAnnounce(`${w.dataset.word ?? ''} ${domPinyin(w)}`);
      return w;
    };

    const onClick = (e: MouseEvent) => {
      if (e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
      const t = e.target instanceof Element ? e.target : null;
      if (!t || dialogRef.current?.contains(t)) return;
      const term = termTrigger(t);
      if (term) {
        e.preventDefault();
        toggleTerm(term);
        return;
      }
      const word = t.closest<HTMLElement>('[data-word]');
      if (word && article?.contains(word)) {
        const zh = word.closest<HTMLElement>(`[${NAV}]`);
        if (zh) {
          zh.querySelectorAll(`[${CURSOR}]`).forEach((w) => w.removeAttribute(CURSOR));
          word.setAttribute(CURSOR, '');
        }
        openWord(wordOpen(word, word, zh ?? word));
        return;
      }
      const cur = openRef.current;
      if (cur) {
        close(false);
        // An outside tap on nothing focusable: focus goes back to where the popover came from.
        const active = document.activeElement;
        if (!active || active === document.body || !active.matches(INTERACTIVE))
          cur.returnTo.focus({ preventScroll: true });
      }
    };

    const onKey = (e: KeyboardEvent) => {
      const t = e.target instanceof HTMLElement ? e.target : null;
      if (e.key === 'Escape' && openRef.current) {
        e.preventDefault();
        close(true);
        return;
      }
      if (!t || e.altKey || e.ctrlKey || e.metaKey) return;
      if (e.key === ' ' && termTrigger(t) === t) {
        e.preventDefault();
        toggleTerm(t);
        return;
      }
      if (!t.hasAttribute(NAV)) return;
      const words = [...t.querySelectorAll<HTMLElement>('[data-word]')];
      const i = words.findIndex((w) => w.hasAttribute(CURSOR));
      let w: HTMLElement | undefined;
      switch (e.key) {
        case 'ArrowRight':
          w = moveCursor(t, i < 0 ? 0 : i + 1);
          break;
        case 'ArrowLeft':
          w = moveCursor(t, i < 0 ? 0 : i - 1);
          break;
        case 'Home':
          w = moveCursor(t, 0);
          break;
        case 'End':
          w = moveCursor(t, words.length - 1);
          break;
        case 'Enter':
        case ' ': {
          const cur = i < 0 ? moveCursor(t, 0) : words[i];
          if (cur) openWord(wordOpen(cur, cur, t));
          e.preventDefault();
          return;
        }
        default:
          return;
      }
      if (w) e.preventDefault();
    };

    document.addEventListener('click', onClick);
    document.addEventListener('keydown', onKey);
    // Lets tests (and CSS, if ever needed) know the delegation is live. Before this, a tap on a
    // term, a word or a script-driven button was held by public/settings-init.js: replay it once the
    // other leaves' effects of this same hydration have attached their listeners too, so the first
    // tap on a slow phone is never lost.
    document.documentElement.dataset.popover = 'ready';
    const replay = setTimeout(() => {
      for (const held of takeEarlyTaps()) if (held.isConnected) held.click();
    }, 0);
    return () => {
      clearTimeout(replay);
      delete document.documentElement.dataset.popover;
      document.removeEventListener('click', onClick);
      document.removeEventListener('keydown', onKey);
    };
  }, [fetchTerms, close, openWord, setOpen]);

  // Focus moves into the dialog when it opens (or switches).
  useEffect(() => {
    if (open) dialogRef.current?.focus({ preventScroll: true });
  }, [open]);

  // Position: anchored popover on wide screens, bottom sheet under 640px; always inside the viewport.
  useLayoutEffect(() => {
    const el = dialogRef.current;
    if (!open || !el) return;
    const anchor = open.anchor;
    let sheetTop: number | undefined;
    const update = () => {
      if (!anchor.isConnected) return;
      if (window.matchMedia(SHEET).matches) {
        el.dataset.sheet = '';
        el.style.left = el.style.top = el.style.maxHeight = '';
        // Keep the tapped word visible above the sheet: when it opens, and again whenever it grows
        // (definitions arrive after the first paint), but not when the reader scrolls the page.
        const top = el.getBoundingClientRect().top;
        if (top !== sheetTop) {
          sheetTop = top;
          const a = anchor.getBoundingClientRect();
          if (a.bottom > top - 8) window.scrollBy({ top: a.bottom - top + 24 });
        }
        return;
      }
      delete el.dataset.sheet;
      computePosition(anchor, el, {
        strategy: 'fixed',
        placement: 'bottom-start',
        middleware: [
          offset(6),
          flip({ padding: 8 }),
          shift({ padding: 8 }),
          size({
            padding: 8,
            apply({ availableHeight }) {
              el.style.maxHeight = `${Math.max(160, Math.min(availableHeight, 480))}px`;
            },
          }),
        ],
      }).then(({ x, y }) => {
        el.style.left = `${x}px`;
        el.style.top = `${y}px`;
      });
    };
    return autoUpdate(anchor, el, update);
  }, [open]);

  const onBlur = (e: React.FocusEvent) => {
    // Tabbing out of the (non-modal) dialog closes it; focus stays where the user sent it.
    // A press on plain page content moves focus to <main> or <body>: the click handler deals with
    // that (and gives focus back to the trigger).
    const to = e.relatedTarget;
    if (to instanceof Element && !dialogRef.current?.contains(to) && to.matches(INTERACTIVE)) close(false);
  };

  let body: React.ReactNode = null;
  let label = '';
  if (open?.kind === 'term') {
    const t = terms && terms !== 'error' ? terms[open.id] : undefined;
    if (!t) {
      label = labels.termDialog;
      body = (
        <>
          <div className="pop-head">
            <h2 id="pop-title" className="pop-title" lang="zh-Hans">
              {termLabel(open.anchor)}
            </h2>
            <CloseButton label={labels.close} onClose={() => close(true)} />
          </div>
          <p className="pop-muted" role="status">
            {terms === 'error' ? labels.termLoadError : labels.termLoading}
          </p>
          <p className="pop-more">
            <a href={`/${locale}/glossary#${open.id}`}>{labels.fullEntry}</a>
          </p>
        </>
      );
    } else {
      label = labels.termDialog;
      const occurrence =
        open.anchor.dataset.term !== undefined
          ? open.anchor
          : document.querySelector<HTMLElement>(`article [data-term="${CSS.escape(open.id)}"]`);
      const words = occurrence ? [...occurrence.querySelectorAll<HTMLElement>('[data-word]')] : [];
      body = (
        <>
          <div className="pop-head">
            <h2 id="pop-title" className="pop-title" lang="zh-Hans">
              {t.term}
            </h2>
            <CloseButton label={labels.close} onClose={() => close(true)} />
          </div>
          {/* The Traditional form beside, not inside, the heading: the dialog's name stays the term. */}
          {t.termTrad && t.termTrad !== t.term && (
            <p className="pop-muted pop-trad" lang="zh-Hant">
              {t.termTrad}
            </p>
          )}
          <p className="pop-py" lang="zh-Latn-pinyin">
            {t.pinyin}
          </p>
          <p className="pop-en">
            <span lang="en">{t.en}</span>{' '}
            <span className="pop-badge" data-status={t.status}>
              {t.status === 'own' ? labels.own : labels[t.status].replace('{who}', t.usedBy ?? '')}
            </span>
          </p>
          <p className="pop-literal">
            <span className="pop-label">{labels.literal}</span> {t.literal}
          </p>
          {t.conf !== 'confirmed' && t.note && (
            <p className="pop-note" data-confidence={t.conf}>
              <strong>{t.conf === 'partial' ? labels.partial : labels.unconfirmed}</strong>
              {t.note}
            </p>
          )}
          <p className="pop-text">{t.text}</p>
          {words.length > 1 && (
            <div className="pop-words">
              <span className="pop-label">{labels.wordsInTerm}</span>
              <ul>
                {words.map((w, i) => (
                  <li key={i}>
                    <button
                      type="button"
                      lang="zh-Hans"
                      onClick={() => openWord(wordOpen(w, open.anchor, open.returnTo))}
                    >
                      {w.dataset.word}
                    </button>
                  </li>
                ))}
              </ul>
            </div>
          )}
          {t.also && t.also.length > 0 && (
            <p className="pop-also" data-also>
              <span className="pop-label">{labels.alsoIn}</span>
              {t.also.map((a, i) => (
                <span key={a.h}>
                  {i > 0 && labels.listSep}
                  <a href={a.h}>{a.t}</a>
                </span>
              ))}
            </p>
          )}
          <p className="pop-more">
            <a href={`/${locale}/glossary#${open.id}`}>{labels.fullEntry}</a>
          </p>
        </>
      );
    }
  } else if (open?.kind === 'word') {
    label = labels.wordDialog;
    const found: WordLookup | null =
      dict && typeof dict === 'object' ? lookupWord(dict, open.word, open.pinyin) : null;
    const isSaved = savedWords.includes(open.word);
    const term = open.termId && terms && terms !== 'error' ? terms[open.termId] : undefined;
    const toggleSave = () => {
      const list = readWords();
      const sentenceId = open.sentenceId;
      if (isSaved) {
        const ok = writeWords(removeWord(list, open.word));
        setSaveFailed(!ok);
        if (ok) setSavedWords(savedWords.filter((w) => w !== open.word));
        return;
      }
      if (!sentenceId) return;
      const s = sentenceText(sentenceId);
      const ok = writeWords(
        addWord(list, {
          word: open.word,
          pinyin: open.pinyin,
          defs: found ? definitionsFor(found) : [],
          sentence: s.zh || open.word,
          ...(s.en ? { sentenceEn: s.en } : {}),
          href: `/${locale}/articles/${slug}#${sentenceId}`,
          savedAt: new Date().toISOString(),
        }),
      );
      setSaveFailed(!ok);
      if (ok) setSavedWords([...savedWords, open.word]);
    };
    body = (
      <>
        <div className="pop-head">
          <h2 id="pop-title" className="pop-title" lang="zh-Hans">
            {open.word}
          </h2>
          <CloseButton label={labels.close} onClose={() => close(true)} />
        </div>
        <p className="pop-py" lang="zh-Latn-pinyin">
          {open.pinyin}
        </p>
        {dict && typeof dict === 'object' && dict.words[open.word]?.hsk !== undefined && (
          <p className="pop-muted pop-hsk" data-hsk-level={dict.words[open.word]!.hsk}>
            {labels.hskLevel.replace('{level}', String(dict.words[open.word]!.hsk))}
          </p>
        )}
        {term && open.termId && (
          <p className="pop-interm">
            {labels.inTerm}{' '}
            <a href={`/${locale}/glossary#${open.termId}`} lang="zh-Hans">
              {term.term}
            </a>
          </p>
        )}
        <div className="pop-defs" aria-live="polite" aria-busy={dict === 'loading'}>
          {dict === 'loading' || dict === null ? (
            <p className="pop-muted">{labels.loading}</p>
          ) : dict === 'error' ? (
            <p className="pop-muted">{labels.loadError}</p>
          ) : found?.kind === 'word' ? (
            <Entries entries={found.entries} labels={labels} />
          ) : found?.kind === 'chars' ? (
            <>
              <p className="pop-note" data-fallback="">
                {labels.fallback}
              </p>
              {found.chars.map((c, i) => (
                <div key={i} className="pop-char">
                  <span className="pop-char-h" lang="zh-Hans">
                    {c.ch}
                  </span>
                  <Entries entries={c.entries.slice(0, 2)} labels={labels} />
                </div>
              ))}
            </>
          ) : (
            <p className="pop-muted">{labels.noEntry}</p>
          )}
        </div>
        <div className="pop-actions">
          <button
            type="button"
            className="pop-save"
            aria-pressed={isSaved}
            onClick={toggleSave}
            disabled={!isSaved && (!open.sentenceId || !found)}
          >
            {isSaved ? labels.saved : labels.save}
          </button>
          {isSaved && <span className="pop-muted">{labels.remove}</span>}
          <a href={wordsHref}>{labels.myWords}</a>
          {Pleco && (
            <Pleco
              key={open.word}
              word={open.word}
              labels={labels}
              className="pop-pleco"
              noteClassName="pop-muted"
            />
          )}
        </div>
        {saveFailed && (
          <p className="pop-note" role="alert">
            {labels.saveFailed}
          </p>
        )}
        <p className="pop-credit">{labels.credit}</p>
      </>
    );
  }

  return (
    <>
      <span id="pop-nav-hint" hidden>
        {labels.navHint}
      </span>
      <span className="sr-only" aria-live="polite">
        {announce}
      </span>
      {open && body && (
        <div
          ref={dialogRef}
          role="dialog"
          aria-labelledby="pop-kind pop-title"
          tabIndex={-1}
          className="pop"
          data-kind={open.kind}
          data-pop={open.kind === 'term' ? open.id : open.word}
          onBlur={onBlur}
        >
          <span id="pop-kind" className="sr-only">
            {label}
          </span>
          {body}
        </div>
      )}
    </>
  );
}

function CloseButton({ label, onClose }: { label: string; onClose: () => void }) {
  return (
    <button type="button" className="pop-close" aria-label={label} onClick={onClose}>
      <svg viewBox="0 0 16 16" width="16" height="16" aria-hidden="true">
        <path d="M3 3l10 10M13 3L3 13" stroke="currentColor" strokeWidth="1.75" strokeLinecap="round" />
      </svg>
    </button>
  );
}

function Entries({
  entries,
  labels,
}: {
  entries: ArticleDictionary['chars'][string];
  labels: PopoverLabels;
}) {
  if (!entries.length) return <p className="pop-muted">{labels.noEntry}</p>;
  const [first, ...rest] = entries;
  const one = (e: NonNullable<typeof first>, i: number) => (
    <div key={i} className="pop-entry">
      <p className="pop-entry-py" lang="zh-Latn-pinyin">
        {e.py}
        {e.trad && (
          <span className="pop-muted" lang="zh-Hant">
            {' '}
            {e.trad}
          </span>
        )}
      </p>
      <ol>
        {e.defs.slice(0, 6).map((d, j) => (
          <li key={j}>{d}</li>
        ))}
      </ol>
      {e.cl && (
        <p className="pop-muted">
          {labels.measureWords}
          <span lang="zh-Hans">{e.cl.join(labels.listSep)}</span>
        </p>
      )}
    </div>
  );
  return (
    <>
      {one(first!, 0)}
      {rest.length > 0 && (
        <details className="pop-other">
          <summary>{labels.otherReadings}</summary>
          {rest.slice(0, 4).map((e, i) => one(e, i + 1))}
        </details>
      )}
    </>
  );
}
