import { describe, expect, it, vi } from 'vitest';
import { termsUrl } from '@/lib/glossary/term-info';
import { offlineWorker, workerScript, type WorkerConfig, type WorkerScope } from './worker';

vi.mock('server-only', () => ({}));
const { dictionaryUrl } = await import('@/lib/dictionary');

const ORIGIN = 'https://duizhao.test';
const config = (buildId: string): WorkerConfig => ({
  buildId,
  locales: ['en', 'zh'],
  defaultLocale: 'en',
  shell: ['/_next/static/chunks/a.js', '/settings-init.js', '/en', '/zh'],
});

/** An in-memory CacheStorage (only what the worker uses), keyed by path. */
function fakeCaches() {
  const store = new Map<string, Map<string, Response>>();
  const path = (r: RequestInfo | URL) =>
    new URL(typeof r === 'object' && 'url' in r ? r.url : String(r), ORIGIN).pathname;
  const open = async (name: string) => {
    if (!store.has(name)) store.set(name, new Map());
    const c = store.get(name)!;
    return {
      match: async (r: RequestInfo) => c.get(path(r))?.clone(),
      put: async (r: RequestInfo, res: Response) => void c.set(path(r), res),
      addAll: async (urls: string[]) => {
        for (const u of urls) c.set(u, new Response(`shell ${u}`));
      },
      keys: async () => [...c.keys()].map((p) => new Request(`${ORIGIN}${p}`)),
    } as unknown as Cache;
  };
  const caches = {
    open,
    keys: async () => [...store.keys()],
    delete: async (name: string) => store.delete(name),
  } as unknown as CacheStorage;
  return { caches, store };
}

/** A worker on a fake scope; `server` answers fetches (null: offline), `version` marks its bodies. */
function boot(
  buildId: string,
  caches = fakeCaches(),
  server: { online: boolean; version: string; missing?: string },
) {
  const listeners = new Map<string, (e: never) => void>();
  const fetched: string[] = [];
  const scope: WorkerScope = {
    caches: caches.caches,
    location: { origin: ORIGIN },
    navigator: { languages: ['zh-CN', 'en'] },
    clients: { claim: async () => {} },
    skipWaiting: async () => {},
    fetch: async (input) => {
      const p = new URL(typeof input === 'object' && 'url' in input ? input.url : String(input), ORIGIN)
        .pathname;
      fetched.push(p);
      if (!server.online) throw new TypeError('offline');
      if (p === server.missing) return new Response('nope', { status: 404 });
      return new Response(`${server.version} ${p}`);
    },
    addEventListener: (type: string, fn: (e: never) => void) => void listeners.set(type, fn),
  } as WorkerScope;
  const api = offlineWorker(config(buildId), scope);
  const lifecycle = async (type: 'install' | 'activate') => {
    let done: Promise<unknown> = Promise.resolve();
    listeners.get(type)!({ waitUntil: (p: Promise<unknown>) => (done = p) } as never);
    await done;
  };
  const message = async (data: unknown) => {
    let reply: unknown;
    let done: Promise<unknown> = Promise.resolve();
    listeners.get('message')!({
      data,
      ports: [{ postMessage: (m: unknown) => (reply = m) }],
      waitUntil: (p: Promise<unknown>) => (done = p),
    } as never);
    await done;
    return reply;
  };
  const navigate = async (p: string) => {
    let res: Promise<Response> | undefined;
    const request = { url: `${ORIGIN}${p}`, method: 'GET', mode: 'navigate' } as Request;
    listeners.get('fetch')!({ request, respondWith: (r: Promise<Response>) => (res = r) } as never);
    return res;
  };
  return { api, caches, lifecycle, message, navigate, fetched, server };
}

describe('an article’s offline set', () => {
  const { api } = boot('b1', undefined, { online: true, version: 'v1' });

  it('is its pages (both scripts) and the data they fetch, each once, as the reader requests them', () => {
    expect(api.articleUrls('huaiyin-2024', ['en'])).toEqual([
      '/en/articles/huaiyin-2024',
      '/en/articles/huaiyin-2024/traditional',
      termsUrl('huaiyin-2024', 'en'),
      dictionaryUrl('huaiyin-2024'),
      '/search-data/huaiyin-2024.json',
    ]);
    const both = api.articleUrls('x', ['en', 'zh']);
    expect(both).toHaveLength(8); // the dictionary and search data are shared by the locales
    expect(both).toContain('/zh/articles/x');
    expect(both).toContain('/zh/articles/x/traditional');
    expect(both).toContain('/data/x/terms.zh.json');
  });

  it('reads an article page back from its path, and nothing else', () => {
    expect(api.articleOf('/zh/articles/huaiyin-2024')).toEqual({ slug: 'huaiyin-2024', locale: 'zh' });
    for (const p of [
      '/fr/articles/x',
      '/en/articles/X',
      '/en/articles/x/print',
      '/en/articles/x/traditional/more',
      '/en/glossary',
      '/data/x/dictionary.json',
    ])
      expect(api.articleOf(p), p).toBeNull();
    for (const p of api.articlePages('x', 'en'))
      expect(api.articleOf(p)).toEqual({ slug: 'x', locale: 'en' });
  });

  it('names caches by build; any other build’s caches are stale, other sites’ caches are not touched', () => {
    expect([api.SHELL, api.ARTICLES]).toEqual(['duizhao-b1-shell', 'duizhao-b1-articles']);
    expect(api.isStale('duizhao-b0-articles')).toBe(true);
    expect(api.isStale(api.SHELL)).toBe(false);
    expect(api.isStale('someone-else')).toBe(false);
  });

  it('sends an offline visit to / to the browser’s first language we have', () => {
    expect(api.pickLocale(['de-DE', 'zh-TW'])).toBe('zh');
    expect(api.pickLocale(['fr'])).toBe('en');
  });
});

describe('the worker', () => {
  it('precaches the shell; an opened article is cached with its data and reads back offline', async () => {
    const w = boot('b1', undefined, { online: true, version: 'v1' });
    await w.lifecycle('install');
    await w.lifecycle('activate');
    expect([...w.caches.store.get('duizhao-b1-shell')!.keys()]).toEqual(config('b1').shell);
    expect(await w.message({ type: 'cache', slug: 'a', locales: ['en'] })).toEqual({ ok: true });
    expect(await w.message({ type: 'status' })).toEqual({ cached: [{ slug: 'a', locale: 'en' }] });
    w.server.online = false;
    expect(await (await w.navigate('/en/articles/a'))!.text()).toBe('v1 /en/articles/a');
    await expect(w.navigate('/zh/articles/a')).rejects.toThrow('offline');
    expect((await w.navigate('/'))!.headers.get('location')).toBe(`${ORIGIN}/zh`);
  });

  it('"save" caches every locale; a page is never kept without its data', async () => {
    const w = boot('b1', undefined, { online: true, version: 'v1', missing: '/data/b/dictionary.json' });
    expect(await w.message({ type: 'cache', slug: 'a', locales: 'all' })).toEqual({ ok: true });
    expect(await w.message({ type: 'status' })).toEqual({
      cached: [
        { slug: 'a', locale: 'en' },
        { slug: 'a', locale: 'zh' },
      ],
    });
    expect(await w.message({ type: 'cache', slug: 'b', locales: ['en'] })).toEqual({ ok: false });
    expect(await w.message({ type: 'cache', slug: '../x', locales: ['en'] })).toEqual({ ok: false });
    expect(await w.message({ type: 'cache', slug: 'c', locales: ['fr'] })).toEqual({ ok: false });
    expect([...w.caches.store.get('duizhao-b1-articles')!.keys()].filter((k) => !k.includes('/a'))).toEqual(
      [],
    );
  });

  it('a new build re-fetches the old build’s articles from the server, then deletes the old caches', async () => {
    const old = boot('b1', undefined, { online: true, version: 'v1' });
    await old.lifecycle('install');
    await old.lifecycle('activate');
    await old.message({ type: 'cache', slug: 'a', locales: ['zh'] });
    const next = boot('b2', old.caches, { online: true, version: 'v2' });
    await next.lifecycle('install');
    // Both builds' caches exist while the new worker waits; each serves only its own.
    expect([...old.caches.store.keys()].sort()).toEqual([
      'duizhao-b1-articles',
      'duizhao-b1-shell',
      'duizhao-b2-articles',
      'duizhao-b2-shell',
    ]);
    old.server.online = false;
    next.server.online = false;
    expect(await (await old.navigate('/zh/articles/a'))!.text()).toBe('v1 /zh/articles/a');
    expect(await (await next.navigate('/zh/articles/a'))!.text()).toBe('v2 /zh/articles/a');
    const dict = await old.caches.caches.open('duizhao-b2-articles');
    expect(await (await dict.match('/data/a/dictionary.json'))!.text()).toBe('v2 /data/a/dictionary.json');
    await next.lifecycle('activate');
    expect([...old.caches.store.keys()].sort()).toEqual(['duizhao-b2-articles', 'duizhao-b2-shell']);
  });

  it('its script is the function’s own source, and runs as a classic script', async () => {
    const script = workerScript(config('b9'));
    expect(JSON.parse(/^const DUIZHAO_OFFLINE = (.*);$/m.exec(script)![1]!)).toEqual(config('b9'));
    const caches = fakeCaches();
    const types: string[] = [];
    const self = {
      caches: caches.caches,
      location: { origin: ORIGIN },
      navigator: { languages: [] },
      addEventListener: (t: string) => types.push(t),
    };
    new Function('self', script)(self);
    expect(types.sort()).toEqual(['activate', 'fetch', 'install', 'message']);
  });
});
