'use client';

import { useState, useSyncExternalStore, type ReactNode } from 'react';
import {
  attrOf,
  DEFAULTS,
  NAMES,
  pinyinMode,
  readApplied,
  SETTINGS,
  writeStored,
  type PinyinMode,
  withPinyinMode,
  type SettingName,
  type Settings,
} from './settings';
import { CloseIcon } from '@/components/icons';

export interface SettingsLabels {
  title: string;
  close: string;
  view: string;
  viewAuto: string;
  viewAutoHint: string;
  viewSide: string;
  viewInterleaved: string;
  viewZh: string;
  viewEn: string;
  reveal: string;
  chinese: string;
  pinyin: string;
  pinyinAll: string;
  pinyinAbove: string;
  pinyinNone: string;
  pinyinAboveHint: string;
  /** "My level ({list})" */
  myLevel: string;
  /** "Level {level}": {level} is filled in here */
  levelOption: string;
  tones: string;
  sandhi: string;
  sandhiHint: string;
  size: string;
  sizeS: string;
  sizeM: string;
  sizeL: string;
  sizeXl: string;
  theme: string;
  themeSystem: string;
  themeLight: string;
  themeDark: string;
  reset: string;
  notSaved: string;
}

// The settings live on <html> as data attributes (set before first paint by settings-init.js);
// this panel reads them from there and writes them back, so CSS restyles without re-rendering.
const serialize = (s: Settings) => NAMES.map((n) => s[n]).join('|');
const SERVER = serialize(DEFAULTS);
function subscribe(onChange: () => void) {
  const mo = new MutationObserver(onChange);
  mo.observe(document.documentElement, { attributes: true, attributeFilter: NAMES.map(attrOf) });
  return () => mo.disconnect();
}
const snapshot = () => serialize(readApplied(document.documentElement));

function apply(next: Settings): boolean {
  const html = document.documentElement;
  for (const n of NAMES) html.setAttribute(attrOf(n), next[n]);
  return writeStored(next);
}

function Choice<K extends SettingName>({
  name,
  legend,
  options,
  value,
  onPick,
  hint,
}: {
  name: K;
  legend: string;
  options: { value: Settings[K]; label: string }[];
  value: Settings[K];
  onPick: (v: Settings[K]) => void;
  hint?: string;
}) {
  return (
    <fieldset className="rx-field" data-setting={name}>
      <legend>{legend}</legend>
      <div className="rx-choices">
        {options.map((o) => (
          <label key={o.value} className="rx-choice">
            <input
              type="radio"
              name={`rx-${name}`}
              value={o.value}
              checked={value === o.value}
              onChange={() => onPick(o.value)}
            />
            <span>{o.label}</span>
          </label>
        ))}
      </div>
      {hint && <p className="rx-hint">{hint}</p>}
    </fieldset>
  );
}

function Toggle({
  name,
  label,
  checked,
  onToggle,
  hint,
}: {
  name: SettingName;
  label: string;
  checked: boolean;
  onToggle: (on: boolean) => void;
  hint?: string;
}) {
  return (
    <label className="rx-toggle" data-setting={name}>
      <input type="checkbox" role="switch" checked={checked} onChange={(e) => onToggle(e.target.checked)} />
      <span>
        {label}
        {hint && <span className="rx-hint">{hint}</span>}
      </span>
    </label>
  );
}

/** The reading settings, as a popover opened by the toolbar's settings button. */
export function SettingsPanel({
  labels: l,
  script,
  children,
}: {
  labels: SettingsLabels;
  /** The Simplified/Traditional links (components/reader/script-switch.tsx), rendered by the server. */
  script?: ReactNode;
  /** Server-rendered sections placed after the settings (the offline section). */
  children?: ReactNode;
}) {
  const current = useSyncExternalStore(subscribe, snapshot, () => SERVER);
  const s = Object.fromEntries(NAMES.map((n, i) => [n, current.split('|')[i]])) as Settings;
  const [saved, setSaved] = useState(true);
  const set = <K extends SettingName>(name: K, v: Settings[K]) => setSaved(apply({ ...s, [name]: v }));
  const onOff = (on: boolean) => (on ? 'on' : 'off');
  // The level last picked, for "above my level" after "all"; level 3 until one is picked.
  const [lastLevel, setLastLevel] = useState<Settings['pinyinLevel']>('3');
  const mode = pinyinMode(s);
  const setMode = (m: PinyinMode) => {
    if (s.pinyinLevel !== '0') setLastLevel(s.pinyinLevel);
    setSaved(apply(withPinyinMode(s, m, lastLevel)));
  };
  const setLevel = (v: Settings['pinyinLevel']) => {
    setLastLevel(v);
    setSaved(apply({ ...s, pinyin: 'on', pinyinLevel: v }));
  };

  return (
    <div id="rx-settings" popover="auto" className="rx-sheet rx-settings" aria-labelledby="rx-settings-title">
      <div className="rx-sheet-head">
        <h2 id="rx-settings-title">{l.title}</h2>
        <button type="button" className="rx-icon-btn" popoverTarget="rx-settings" popoverTargetAction="hide">
          <CloseIcon />
          <span className="sr-only">{l.close}</span>
        </button>
      </div>
      <Choice
        name="view"
        legend={l.view}
        value={s.view}
        onPick={(v) => set('view', v)}
        hint={s.view === 'auto' ? l.viewAutoHint : undefined}
        options={[
          { value: 'auto', label: l.viewAuto },
          { value: 'side', label: l.viewSide },
          { value: 'interleaved', label: l.viewInterleaved },
          { value: 'zh', label: l.viewZh },
          { value: 'en', label: l.viewEn },
        ]}
      />
      <Toggle
        name="reveal"
        label={l.reveal}
        checked={s.reveal === 'on'}
        onToggle={(on) => set('reveal', onOff(on))}
      />
      {script}
      <fieldset className="rx-field">
        <legend>{l.chinese}</legend>
        <fieldset className="rx-field" data-setting="pinyin">
          <legend>{l.pinyin}</legend>
          <div className="rx-choices">
            {(
              [
                ['all', l.pinyinAll],
                ['above', l.pinyinAbove],
                ['none', l.pinyinNone],
              ] as const
            ).map(([value, label]) => (
              <label key={value} className="rx-choice">
                <input
                  type="radio"
                  name="rx-pinyin"
                  value={value}
                  checked={mode === value}
                  onChange={() => setMode(value)}
                />
                <span>{label}</span>
              </label>
            ))}
          </div>
          {mode === 'above' && (
            <>
              <label className="rx-level" data-setting="pinyinLevel">
                <span>{l.myLevel}</span>{' '}
                <select
                  value={s.pinyinLevel}
                  onChange={(e) => setLevel(e.target.value as Settings['pinyinLevel'])}
                >
                  {SETTINGS.pinyinLevel
                    .filter((v) => v !== '0')
                    .map((v) => (
                      <option key={v} value={v}>
                        {l.levelOption.replace('{level}', v)}
                      </option>
                    ))}
                </select>
              </label>
              <p className="rx-hint">{l.pinyinAboveHint}</p>
            </>
          )}
        </fieldset>
        <Toggle
          name="tones"
          label={l.tones}
          checked={s.tones === 'on'}
          onToggle={(on) => set('tones', onOff(on))}
        />
        <Toggle
          name="sandhi"
          label={l.sandhi}
          hint={l.sandhiHint}
          checked={s.sandhi === 'on'}
          onToggle={(on) => set('sandhi', onOff(on))}
        />
      </fieldset>
      <Choice
        name="size"
        legend={l.size}
        value={s.size}
        onPick={(v) => set('size', v)}
        options={[
          { value: 's', label: l.sizeS },
          { value: 'm', label: l.sizeM },
          { value: 'l', label: l.sizeL },
          { value: 'xl', label: l.sizeXl },
        ]}
      />
      <Choice
        name="theme"
        legend={l.theme}
        value={s.theme}
        onPick={(v) => set('theme', v)}
        options={[
          { value: 'system', label: l.themeSystem },
          { value: 'light', label: l.themeLight },
          { value: 'dark', label: l.themeDark },
        ]}
      />
      {children}
      <div className="rx-sheet-foot">
        <button
          type="button"
          className="rx-btn"
          data-setting="reset"
          onClick={() => setSaved(apply(DEFAULTS))}
        >
          {l.reset}
        </button>
        {!saved && (
          <p className="rx-hint" role="status">
            {l.notSaved}
          </p>
        )}
      </div>
    </div>
  );
}
