'use client';

import { useEffect, useRef, useState, useSyncExternalStore } from 'react';
import { readStored, writeStored } from './settings';
import { clampRate, RATES, spokenText } from './speech';
import { subscribeVoices, synth, voiceKey } from './voices';
import { CloseIcon } from '@/components/icons';

export interface SpeechLabels {
  listen: string;
  label: string;
  play: string;
  pause: string;
  previous: string;
  next: string;
  scope: string;
  scopeSentence: string;
  scopeParagraph: string;
  speed: string;
  close: string;
}

type Scope = 'sentence' | 'paragraph';

const zhSentences = () => Array.from(document.querySelectorAll<HTMLElement>('.reader .zh [data-sentence]'));
const counterparts = (id: string) =>
  Array.from(
    document.querySelectorAll<HTMLElement>(
      `.reader .en [data-sentence="${CSS.escape(id)}"], .reader .en [data-sentences~="${CSS.escape(id)}"]`,
    ),
  );
const blockOf = (el: Element) => el.closest('[data-block]');

/** Where reading starts: the sentence the reader tapped, else the first one on screen. */
function startSentence(): HTMLElement | undefined {
  const pinned = document.querySelector<HTMLElement>('.reader .zh [data-sentence].rx-pinned');
  if (pinned) return pinned;
  const bar = document.querySelector('.rx-toolbar')?.getBoundingClientRect().bottom ?? 0;
  const all = zhSentences();
  return all.find((s) => s.getBoundingClientRect().bottom > Math.max(bar, 0) + 8) ?? all[0];
}

/**
 * Read aloud: a toolbar button (shown only when the device has a Mandarin voice) that opens a
 * player bar. Reads one sentence or the rest of a paragraph, highlighting the sentence being read.
 */
export function ReadAloud({ labels: l, locale }: { labels: SpeechLabels; locale: string }) {
  const voice = useSyncExternalStore(subscribeVoices, voiceKey, () => '');
  const [open, setOpen] = useState(false);
  const [playing, setPlaying] = useState(false);
  const [scope, setScope] = useState<Scope>('paragraph');
  // Not rendered before a voice is found (never during hydration), so reading storage here is safe.
  const [rate, setRate] = useState(() => (typeof window === 'undefined' ? 1 : clampRate(readStored('rate'))));
  const current = useRef<string | null>(null);
  const token = useRef(0);
  const bar = useRef<HTMLDivElement>(null);
  const fmt = new Intl.NumberFormat(locale === 'zh' ? 'zh-CN' : 'en', {
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
  });

  const mark = (id: string | null) => {
    document.querySelectorAll('.rx-speaking').forEach((e) => e.classList.remove('rx-speaking'));
    if (!id) return;
    const zh = document.getElementById(id);
    zh?.classList.add('rx-speaking');
    counterparts(id).forEach((e) => e.classList.add('rx-speaking'));
    const r = zh?.getBoundingClientRect();
    if (zh && r && (r.top < 60 || r.bottom > window.innerHeight - 140))
      zh.scrollIntoView({
        block: 'center',
        behavior: matchMedia('(prefers-reduced-motion: reduce)').matches ? 'auto' : 'smooth',
      });
  };

  const stop = () => {
    token.current++;
    synth()?.cancel();
    setPlaying(false);
    mark(null);
  };

  const speak = (el: HTMLElement, sc: Scope, r: number) => {
    const s = synth();
    if (!s) return;
    const my = ++token.current;
    s.cancel();
    current.current = el.id;
    const u = new SpeechSynthesisUtterance(spokenText(el));
    u.lang = 'zh-CN';
    u.rate = r;
    const v = s.getVoices().find((x) => `${x.voiceURI}\u0000${x.name}` === voice);
    if (v) {
      try {
        u.voice = v;
        u.lang = v.lang;
      } catch {
        /* keep the language hint only */
      }
    }
    u.onstart = () => {
      if (my === token.current) mark(el.id);
    };
    u.onend = () => {
      if (my !== token.current) return;
      const all = zhSentences();
      const next = all[all.indexOf(el) + 1];
      if (sc === 'paragraph' && next && blockOf(next) === blockOf(el)) speak(next, sc, r);
      else {
        setPlaying(false);
        mark(null);
        if (next) current.current = next.id;
      }
    };
    u.onerror = () => {
      if (my !== token.current) return;
      setPlaying(false);
      mark(null);
    };
    setPlaying(true);
    mark(el.id);
    s.speak(u);
  };

  const currentEl = () =>
    (current.current ? document.getElementById(current.current) : null) ?? startSentence();

  const toggleOpen = () => {
    const el = bar.current;
    if (!el) return;
    if (open) {
      stop();
      el.hidePopover?.();
      setOpen(false);
    } else {
      current.current = startSentence()?.id ?? null;
      el.showPopover?.();
      setOpen(true);
      el.querySelector<HTMLButtonElement>('[data-speech="play"]')?.focus();
    }
  };

  const step = (d: 1 | -1) => {
    const all = zhSentences();
    const at = currentEl();
    const i = at ? all.indexOf(at) : -1;
    const target = all[Math.min(all.length - 1, Math.max(0, i + d))];
    if (!target) return;
    current.current = target.id;
    if (playing) speak(target, scope, rate);
    else mark(null);
  };

  useEffect(() => () => stop(), []); // eslint-disable-line react-hooks/exhaustive-deps

  if (!voice) return null;
  return (
    <>
      <button
        type="button"
        className="rx-tool rx-js"
        aria-expanded={open}
        aria-controls="rx-speech"
        data-speech="toggle"
        onClick={toggleOpen}
      >
        <svg aria-hidden="true" viewBox="0 0 24 24" width="22" height="22">
          <path d="M4 9v6h4l5 4V5L8 9H4z" fill="currentColor" />
          <path
            d="M16 8.5a5 5 0 0 1 0 7M18.5 6a8.5 8.5 0 0 1 0 12"
            stroke="currentColor"
            strokeWidth="2"
            fill="none"
            strokeLinecap="round"
          />
        </svg>
        <span className="rx-tool-label">{l.listen}</span>
      </button>
      <div
        ref={bar}
        id="rx-speech"
        popover="manual"
        className="rx-player"
        role="region"
        aria-label={l.label}
        onKeyDown={(e) => {
          if (e.key === 'Escape') toggleOpen();
        }}
      >
        <div className="rx-player-main">
          <button type="button" className="rx-icon-btn" data-speech="previous" onClick={() => step(-1)}>
            <svg aria-hidden="true" viewBox="0 0 24 24" width="22" height="22">
              <path d="M7 6v12M18 6l-8 6 8 6V6z" stroke="currentColor" strokeWidth="2" fill="currentColor" />
            </svg>
            <span className="sr-only">{l.previous}</span>
          </button>
          <button
            type="button"
            className="rx-icon-btn rx-play"
            data-speech="play"
            aria-pressed={playing}
            onClick={() => {
              if (playing) {
                stop();
                return;
              }
              const el = currentEl();
              if (el) speak(el, scope, rate);
            }}
          >
            <svg aria-hidden="true" viewBox="0 0 24 24" width="24" height="24">
              {playing ? (
                <path d="M7 5h4v14H7zM13 5h4v14h-4z" fill="currentColor" />
              ) : (
                <path d="M7 5l12 7-12 7V5z" fill="currentColor" />
              )}
            </svg>
            <span className="sr-only">{playing ? l.pause : l.play}</span>
          </button>
          <button type="button" className="rx-icon-btn" data-speech="next" onClick={() => step(1)}>
            <svg aria-hidden="true" viewBox="0 0 24 24" width="22" height="22">
              <path d="M17 6v12M6 6l8 6-8 6V6z" stroke="currentColor" strokeWidth="2" fill="currentColor" />
            </svg>
            <span className="sr-only">{l.next}</span>
          </button>
          <button
            type="button"
            className="rx-icon-btn rx-player-close"
            data-speech="close"
            onClick={toggleOpen}
          >
            <CloseIcon />
            <span className="sr-only">{l.close}</span>
          </button>
        </div>
        <div className="rx-player-opts">
          <label className="rx-select">
            <span>{l.scope}</span>
            <select
              data-speech="scope"
              value={scope}
              onChange={(e) => {
                const sc = e.target.value === 'sentence' ? 'sentence' : 'paragraph';
                setScope(sc);
              }}
            >
              <option value="paragraph">{l.scopeParagraph}</option>
              <option value="sentence">{l.scopeSentence}</option>
            </select>
          </label>
          <label className="rx-select">
            <span>{l.speed}</span>
            <select
              data-speech="rate"
              value={String(rate)}
              onChange={(e) => {
                const r = clampRate(e.target.value);
                setRate(r);
                writeStored({ rate: r });
                const el = currentEl();
                if (playing && el) speak(el, scope, r);
              }}
            >
              {RATES.map((r) => (
                <option key={r} value={String(r)}>
                  {fmt.format(r)}×
                </option>
              ))}
            </select>
          </label>
        </div>
      </div>
    </>
  );
}
