import fs from 'node:fs';
import path from 'node:path';
import vm from 'node:vm';
import { describe, expect, it } from 'vitest';
import { HSK_LIST } from '@/lib/hsk/list';
import {
  attrOf,
  DEFAULTS,
  NAMES,
  parseSettings,
  pinyinMode,
  SETTINGS,
  SETTINGS_KEY,
  withPinyinMode,
} from './settings';

const INIT = fs.readFileSync(path.join(process.cwd(), 'public/settings-init.js'), 'utf8');
const CSS = fs.readFileSync(path.join(process.cwd(), 'components/reader-ux/reader-ux.css'), 'utf8');

/** Runs public/settings-init.js against a fake document and storage; returns the <html> attributes. */
function runInit(getItem: () => string | null) {
  const attrs: Record<string, string> = {};
  const documentElement = { setAttribute: (k: string, v: string) => void (attrs[k] = v) };
  vm.runInNewContext(INIT, {
    document: { documentElement, addEventListener() {}, removeEventListener() {} },
    window: { localStorage: { getItem } },
  });
  return attrs;
}
const applied = (attrs: Record<string, string>) =>
  Object.fromEntries(NAMES.map((n) => [n, attrs[attrOf(n)]]));

describe('reader settings', () => {
  it('settings-init.js applies the same defaults as the panel, and marks data-js', () => {
    const attrs = runInit(() => null);
    expect(applied(attrs)).toEqual(DEFAULTS);
    expect(attrs['data-js']).toBe('on');
  });

  it('settings-init.js reads the same key and accepts every value the panel can write', () => {
    for (const name of NAMES)
      for (const value of SETTINGS[name]) {
        const attrs = runInit(() => JSON.stringify({ [name]: value }));
        expect(attrs[attrOf(name)]).toBe(value);
      }
    let asked = '';
    vm.runInNewContext(INIT, {
      document: { documentElement: { setAttribute() {} }, addEventListener() {}, removeEventListener() {} },
      window: { localStorage: { getItem: (k: string) => ((asked = k), null) } },
    });
    expect(asked).toBe(SETTINGS_KEY);
  });

  it('corrupt or unavailable storage falls back to defaults without throwing', () => {
    for (const bad of [
      '{not json',
      '"a string"',
      '[1,2]',
      '42',
      JSON.stringify({ view: 'sideways', size: 9 }),
    ])
      expect(applied(runInit(() => bad))).toEqual(DEFAULTS);
    expect(
      applied(
        runInit(() => {
          throw new DOMException('The operation is insecure.', 'SecurityError');
        }),
      ),
    ).toEqual(DEFAULTS);
  });

  it('parseSettings keeps valid values and replaces odd ones one by one', () => {
    expect(parseSettings({ view: 'zh', size: 'huge', pinyin: 'off', extra: 1 })).toEqual({
      ...DEFAULTS,
      view: 'zh',
      pinyin: 'off',
    });
    expect(parseSettings(null)).toEqual(DEFAULTS);
    expect(parseSettings('x')).toEqual(DEFAULTS);
  });

  it('the pinyin level is data-pinyin-level on <html>, one value per level of the word list', () => {
    expect(attrOf('pinyinLevel')).toBe('data-pinyin-level');
    expect(SETTINGS.pinyinLevel).toEqual(Array.from({ length: HSK_LIST.levels + 1 }, (_, i) => String(i)));
    expect(runInit(() => JSON.stringify({ pinyinLevel: '4' }))['data-pinyin-level']).toBe('4');
  });

  it('settings stored before the level existed keep their pinyin choice and show pinyin on every word', () => {
    for (const pinyin of ['on', 'off']) {
      const attrs = runInit(() => JSON.stringify({ pinyin, view: 'zh' }));
      expect(attrs['data-pinyin']).toBe(pinyin);
      expect(attrs['data-pinyin-level']).toBe('0');
      expect(attrs['data-view']).toBe('zh');
    }
  });

  it('an odd stored level falls back to "0" (pinyin on every word), before paint and in the panel', () => {
    for (const bad of ['7', '-1', ' 3', '3.0', 3, null, true, ['3']]) {
      expect(runInit(() => JSON.stringify({ pinyinLevel: bad }))['data-pinyin-level']).toBe('0');
      expect(parseSettings({ pinyinLevel: bad }).pinyinLevel).toBe('0');
    }
  });

  it('the three pinyin choices map onto pinyin and pinyinLevel', () => {
    expect(pinyinMode({ pinyin: 'on', pinyinLevel: '0' })).toBe('all');
    expect(pinyinMode({ pinyin: 'on', pinyinLevel: '2' })).toBe('above');
    expect(pinyinMode({ pinyin: 'off', pinyinLevel: '0' })).toBe('none');
    expect(pinyinMode({ pinyin: 'off', pinyinLevel: '5' })).toBe('none');
  });

  it('picking a pinyin choice keeps the level for a later "above my level"', () => {
    const above = { ...DEFAULTS, pinyinLevel: '4' as const };
    const none = withPinyinMode(above, 'none', '3');
    expect(none).toEqual({ ...above, pinyin: 'off' });
    expect(withPinyinMode(none, 'above', '3')).toEqual(above);
    const all = withPinyinMode(above, 'all', '3');
    expect(all).toEqual({ ...above, pinyinLevel: '0' });
    expect(withPinyinMode(all, 'above', '4')).toEqual(above);
    for (const m of ['all', 'above', 'none'] as const)
      expect(pinyinMode(withPinyinMode(all, m, '2'))).toBe(m);
  });

  it('the CSS hides, for level N, the pinyin of words at levels 1…N outside glossary terms, and nothing at 0', () => {
    const rule =
      /:root\[data-pinyin-level='(\d+)'\]\s*:is\(([^)]*)\):not\(\s*\[data-term\] \*\s*\)\s*rt\s*[,{]/g;
    const hidden = new Map<number, number[]>();
    for (const m of CSS.matchAll(rule))
      hidden.set(
        Number(m[1]),
        [...m[2]!.matchAll(/\[data-hsk='(\d+)'\]/g)].map((h) => Number(h[1])),
      );
    expect([...hidden.keys()].sort()).toEqual(SETTINGS.pinyinLevel.filter((v) => v !== '0').map(Number));
    for (const [n, levels] of hidden) expect(levels).toEqual(Array.from({ length: n }, (_, i) => i + 1));
    const body = CSS.slice(CSS.indexOf("[data-pinyin-level='6']"));
    expect(body.slice(body.indexOf('{') + 1, body.indexOf('}')).trim()).toBe('visibility: hidden;');
    expect(CSS).not.toMatch(/data-pinyin-level='0'/);
  });
});
