'use client';

import { useEffect, useRef, useState, useSyncExternalStore } from 'react';
import { plecoUrl, TOUCH_QUERY } from './pleco';

export interface PlecoLabels {
  /** "Open in Pleco" (touch devices). */
  pleco: string;
  /** "Copy" (elsewhere: the word goes to the clipboard, to paste into a dictionary). */
  copy: string;
  copied: string;
  copyFailed: string;
}

function subscribe(onChange: () => void) {
  const mq = window.matchMedia(TOUCH_QUERY);
  mq.addEventListener('change', onChange);
  return () => mq.removeEventListener('change', onChange);
}
const isTouch = () => window.matchMedia(TOUCH_QUERY).matches;

/**
 * Look a word up elsewhere: on a touch device a link that opens Pleco; otherwise (desktop browsers
 * cannot open Pleco) a button that copies the word, with a visible confirmation. `name` is the
 * accessible name when the visible label alone is ambiguous (one button per word in a list).
 * Give it `key={word}` where the word can change under it.
 */
export function PlecoLookup({
  word,
  labels,
  names,
  className,
  noteClassName,
}: {
  word: string;
  labels: PlecoLabels;
  names?: { pleco: string; copy: string };
  className?: string;
  /** Class of the visible note when copying fails. */
  noteClassName?: string;
}) {
  const touch = useSyncExternalStore(subscribe, isTouch, () => false);
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle');
  const timer = useRef<number | undefined>(undefined);
  useEffect(() => () => window.clearTimeout(timer.current), []);

  if (touch)
    return (
      <a href={plecoUrl(word)} className={className} aria-label={names?.pleco} data-pleco="link">
        {labels.pleco}
      </a>
    );

  const copy = () => {
    window.clearTimeout(timer.current);
    const done = (ok: boolean) => {
      setState(ok ? 'copied' : 'failed');
      if (ok) timer.current = window.setTimeout(() => setState('idle'), 2500);
    };
    if (!navigator.clipboard) return done(false);
    navigator.clipboard.writeText(word).then(
      () => done(true),
      () => done(false),
    );
  };
  return (
    <>
      <button type="button" className={className} aria-label={names?.copy} data-pleco="copy" onClick={copy}>
        {state === 'copied' ? labels.copied : labels.copy}
      </button>
      <span role="status" className={state === 'failed' ? noteClassName : 'sr-only'}>
        {state === 'copied' ? labels.copied : state === 'failed' ? labels.copyFailed : ''}
      </span>
    </>
  );
}
