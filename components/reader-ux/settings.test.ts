import fs from 'node:fs';
import path from 'node:path';
import vm from 'node:vm';
import { describe, expect, it } from 'vitest';
import { DEFAULTS, NAMES, parseSettings, SETTINGS, SETTINGS_KEY } from './settings';

const INIT = fs.readFileSync(path.join(process.cwd(), 'public/settings-init.js'), 'utf8');

/** Runs public/settings-init.js against a fake document and storage; returns the <html> attributes. */
function runInit(getItem: () => string | null) {
  const attrs: Record<string, string> = {};
  const documentElement = { setAttribute: (k: string, v: string) => void (attrs[k] = v) };
  vm.runInNewContext(INIT, { document: { documentElement }, window: { localStorage: { getItem } } });
  return attrs;
}
const applied = (attrs: Record<string, string>) =>
  Object.fromEntries(NAMES.map((n) => [n, attrs[`data-${n}`]]));

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
        expect(attrs[`data-${name}`]).toBe(value);
      }
    let asked = '';
    vm.runInNewContext(INIT, {
      document: { documentElement: { setAttribute() {} } },
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
});
