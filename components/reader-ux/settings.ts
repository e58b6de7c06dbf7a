/**
 * Reader settings: the same key, values and defaults as public/settings-init.js (which applies
 * them before first paint). A unit test keeps the two in step.
 */
export const SETTINGS_KEY = 'duizhao:settings:v1';

export const SETTINGS = {
  theme: ['system', 'light', 'dark'],
  pinyin: ['on', 'off'],
  // "0": pinyin on every word; "N": only on words above HSK level N (and words off the list).
  // One value per level of the list in lib/hsk (a unit test keeps them in step).
  pinyinLevel: ['0', '1', '2', '3', '4', '5', '6'],
  tones: ['on', 'off'],
  sandhi: ['on', 'off'],
  size: ['s', 'm', 'l', 'xl'],
  view: ['auto', 'side', 'interleaved', 'zh', 'en'],
  reveal: ['on', 'off'],
  // The reader's chosen script (issue 18). Unlike the others it is not applied by CSS: each script
  // is its own page. settings-init.js sends a Simplified reader page to the Traditional one when
  // this is "hant"; the page's own script is the `lang` of its Chinese (zh-Hans / zh-Hant).
  script: ['hans', 'hant'],
} as const;

export type SettingName = keyof typeof SETTINGS;
export type Settings = { [K in SettingName]: (typeof SETTINGS)[K][number] };

export const DEFAULTS: Settings = {
  theme: 'system',
  pinyin: 'on',
  pinyinLevel: '0',
  tones: 'off',
  sandhi: 'off',
  size: 'm',
  view: 'auto',
  reveal: 'off',
  script: 'hans',
};

export const NAMES = Object.keys(SETTINGS) as SettingName[];

/** The attribute on <html> that carries a setting: data-view, data-pinyin-level … */
export function attrOf(name: SettingName): string {
  return `data-${name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`;
}

/** The three pinyin choices of the panel, over the two stored settings pinyin and pinyinLevel. */
export type PinyinMode = 'all' | 'above' | 'none';

export function pinyinMode(s: Pick<Settings, 'pinyin' | 'pinyinLevel'>): PinyinMode {
  if (s.pinyin === 'off') return 'none';
  return s.pinyinLevel === '0' ? 'all' : 'above';
}

/**
 * The settings after picking a pinyin choice. "none" keeps the stored level, so "above my level"
 * comes back with it; after "all" (which stores "0") it comes back with `lastLevel`.
 */
export function withPinyinMode(s: Settings, mode: PinyinMode, lastLevel: Settings['pinyinLevel']): Settings {
  if (mode === 'none') return { ...s, pinyin: 'off' };
  if (mode === 'all') return { ...s, pinyin: 'on', pinyinLevel: '0' };
  return { ...s, pinyin: 'on', pinyinLevel: s.pinyinLevel !== '0' ? s.pinyinLevel : lastLevel };
}

function valid<K extends SettingName>(name: K, v: unknown): v is Settings[K] {
  return (SETTINGS[name] as readonly unknown[]).includes(v);
}

/** Anything odd in a stored value becomes the default, setting by setting. */
export function parseSettings(raw: unknown): Settings {
  const out = { ...DEFAULTS };
  if (!raw || typeof raw !== 'object') return out;
  const r = raw as Record<string, unknown>;
  for (const name of NAMES) {
    const v = r[name];
    if (valid(name, v)) (out as Record<SettingName, string>)[name] = v;
  }
  return out;
}

/** The settings currently applied on <html> (set by settings-init.js or by the panel). */
export function readApplied(el: Element): Settings {
  const r: Record<string, string | null> = {};
  for (const name of NAMES) r[name] = el.getAttribute(attrOf(name));
  return parseSettings(r);
}

function readObject(): Record<string, unknown> {
  try {
    const parsed: unknown = JSON.parse(window.localStorage.getItem(SETTINGS_KEY) ?? 'null');
    return parsed && typeof parsed === 'object' && !Array.isArray(parsed)
      ? (parsed as Record<string, unknown>)
      : {};
  } catch {
    return {};
  }
}

/**
 * Merges values into the stored object, keeping keys stored beside them (the read-aloud speed).
 * Returns false when the browser refuses storage (Safari private mode, disabled storage).
 */
export function writeStored(patch: Record<string, unknown>): boolean {
  try {
    window.localStorage.setItem(SETTINGS_KEY, JSON.stringify({ ...readObject(), ...patch }));
    return true;
  } catch {
    return false;
  }
}

/** One stored value that is not applied before paint (the read-aloud speed). */
export function readStored(name: string): unknown {
  return readObject()[name];
}
