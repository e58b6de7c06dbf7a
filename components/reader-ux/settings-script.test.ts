import fs from 'node:fs';
import path from 'node:path';
import vm from 'node:vm';
import { describe, expect, it } from 'vitest';
import { SETTINGS_KEY } from './settings';

const INIT = fs.readFileSync(path.join(process.cwd(), 'public/settings-init.js'), 'utf8');

/**
 * Runs public/settings-init.js at `url` with `stored` settings. Returns where it sent the page
 * (location.replace), and a click on a `data-script-link` link with what it then stored.
 */
function runAt(url: string, stored: unknown) {
  const u = new URL(url, 'https://example.org');
  const attrs: Record<string, string> = {};
  let store = stored === undefined ? null : JSON.stringify(stored);
  let replaced: string | null = null;
  let assigned: string | null = null;
  const listeners: ((e: unknown) => void)[] = [];
  vm.runInNewContext(INIT, {
    document: {
      documentElement: {
        setAttribute: (k: string, v: string) => void (attrs[k] = v),
        getAttribute: (k: string) => attrs[k] ?? null,
        hasAttribute: (k: string) => k in attrs,
      },
      addEventListener: (type: string, fn: (e: unknown) => void, capture?: boolean) => {
        if (type === 'click' && !capture) listeners.push(fn);
      },
      removeEventListener() {},
    },
    window: {
      localStorage: {
        getItem: (k: string) => (k === SETTINGS_KEY ? store : null),
        setItem: (k: string, v: string) => void (k === SETTINGS_KEY && (store = v)),
      },
      location: {
        pathname: u.pathname,
        search: u.search,
        hash: u.hash,
        replace: (to: string) => void (replaced = to),
        assign: (to: string) => void (assigned = to),
      },
    },
  });
  const click = (script: string, href: string) => {
    let prevented = false;
    const a = {
      getAttribute: (k: string) => (k === 'href' ? href : k === 'data-script-link' ? script : null),
    };
    const e = {
      button: 0,
      target: { closest: (sel: string) => (sel === 'a[data-script-link]' ? a : null) },
      preventDefault: () => void (prevented = true),
    };
    for (const fn of listeners) fn(e);
    return { stored: JSON.parse(store ?? 'null') as Record<string, unknown>, prevented, assigned };
  };
  return { replaced: replaced as string | null, attrs, click };
}

describe('settings-init.js: Simplified or Traditional (issue 18)', () => {
  it('with Traditional saved, a Simplified reader page goes to the Traditional one, keeping query and hash', () => {
    expect(runAt('/en/articles/huaiyin-2024#p7.s2', { script: 'hant' }).replaced).toBe(
      '/en/articles/huaiyin-2024/traditional#p7.s2',
    );
    expect(runAt('/zh/articles/huaiyin-2024/?x=1', { script: 'hant' }).replaced).toBe(
      '/zh/articles/huaiyin-2024/traditional?x=1',
    );
    // the static export's file name
    expect(runAt('/zh/articles/huaiyin-2024.html', { script: 'hant' }).replaced).toBe(
      '/zh/articles/huaiyin-2024/traditional',
    );
  });

  it('never sends a page elsewhere otherwise: no loop, no other pages, Simplified when asked', () => {
    expect(runAt('/en/articles/huaiyin-2024/traditional', { script: 'hant' }).replaced).toBeNull();
    expect(runAt('/en/articles/huaiyin-2024/traditional', { script: 'hans' }).replaced).toBeNull();
    expect(runAt('/en/articles/huaiyin-2024', { script: 'hans' }).replaced).toBeNull();
    expect(runAt('/en/articles/huaiyin-2024', undefined).replaced).toBeNull();
    expect(runAt('/en/articles/huaiyin-2024', { script: 'traditional' }).replaced).toBeNull();
    expect(runAt('/en/articles/huaiyin-2024?script=hans', { script: 'hant' }).replaced).toBeNull();
    expect(runAt('/en/glossary', { script: 'hant' }).replaced).toBeNull();
    expect(runAt('/en/words', { script: 'hant' }).replaced).toBeNull();
    expect(runAt('/en', { script: 'hant' }).replaced).toBeNull();
  });

  it('applies the saved script as data-script, an odd value as "hans"', () => {
    expect(runAt('/en', { script: 'hant' }).attrs['data-script']).toBe('hant');
    expect(runAt('/en', { script: 'zh-Hant' }).attrs['data-script']).toBe('hans');
  });

  it('a click on a script link remembers it beside the other settings, and keeps the #passage', () => {
    const page = runAt('/en/articles/huaiyin-2024/traditional#p3', { view: 'zh' });
    const r = page.click('hans', '/en/articles/huaiyin-2024');
    expect(r.stored).toEqual({ view: 'zh', script: 'hans' });
    expect(r.prevented).toBe(true);
    expect(r.assigned).toBe('/en/articles/huaiyin-2024#p3');
    const plain = runAt('/en/articles/huaiyin-2024', {}).click(
      'hant',
      '/en/articles/huaiyin-2024/traditional',
    );
    expect(plain.stored).toEqual({ script: 'hant' });
    expect(plain.prevented).toBe(false);
    expect(runAt('/en', {}).click('bogus', '/x').stored).toEqual({});
  });
});
