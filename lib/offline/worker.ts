/**
 * The service worker (served as /sw.js by app/sw.js/route.ts). Written as ONE self-contained
 * function: the route emits `(${offlineWorker})(config, self)`, so the function's own source is the
 * worker script. Hence no imports and no module-level helpers are used inside it (a bundler would
 * rename them); everything it needs arrives in `config` or is declared within. Unit tests call it
 * with a fake scope and use the helpers it returns.
 *
 * Design (README "Offline reading"):
 * - Two caches per build, named by the build id: `shell` (the build's JS/CSS, settings script,
 *   icons, manifest and the library pages, precached at install) and `articles` (each opened or
 *   saved article's page and the data it fetches). A build's files never change, so within one
 *   build everything is served cache first; a page and its data always come from the same build.
 * - A new build's worker precaches its shell and re-fetches every article the old caches held,
 *   then waits; the page offers "Updated — reload", which sends `skip-waiting`. On activate the
 *   old build's caches are deleted.
 */

export interface WorkerConfig {
  buildId: string;
  locales: readonly string[];
  defaultLocale: string;
  /** Paths precached at install. */
  shell: readonly string[];
}

/** One article page in one locale. */
export interface ArticleRef {
  slug: string;
  locale: string;
}

/** Messages the pages send (components/offline/offline-client.ts); answered on the message port. */
export type WorkerRequest =
  | { type: 'cache'; slug: string; locales: readonly string[] | 'all' }
  | { type: 'status' }
  | { type: 'skip-waiting' };

export type WorkerReply = { ok: boolean } | { cached: ArticleRef[] };

interface ExtendableEventLike {
  waitUntil(p: Promise<unknown>): void;
}
interface FetchEventLike extends ExtendableEventLike {
  request: Request;
  respondWith(r: Promise<Response>): void;
}
interface MessageEventLike extends ExtendableEventLike {
  data: unknown;
  ports: readonly { postMessage(m: WorkerReply): void }[];
}

/** What the worker uses of its global scope (ServiceWorkerGlobalScope), so tests can fake it. */
export interface WorkerScope {
  caches: CacheStorage;
  fetch(input: RequestInfo | URL, init?: RequestInit): Promise<Response>;
  location: { origin: string };
  navigator: { languages: readonly string[] };
  clients: { claim(): Promise<void> };
  skipWaiting(): Promise<void>;
  addEventListener(type: 'install' | 'activate', fn: (e: ExtendableEventLike) => void): void;
  addEventListener(type: 'fetch', fn: (e: FetchEventLike) => void): void;
  addEventListener(type: 'message', fn: (e: MessageEventLike) => void): void;
}

export function offlineWorker(config: WorkerConfig, scope: WorkerScope) {
  const PREFIX = 'duizhao-';
  const SHELL = `${PREFIX}${config.buildId}-shell`;
  const ARTICLES = `${PREFIX}${config.buildId}-articles`;
  const SLUG = /^[a-z0-9][a-z0-9-]{0,99}$/;
  // ignoreVary: Next's pages vary on its RSC request headers, which navigations never send.
  const MATCH = { ignoreSearch: true, ignoreVary: true };

  /** The pages of one article in one locale. */
  function articlePages(slug: string, locale: string): string[] {
    // Both scripts: a reader who chose Traditional is sent there from the Simplified page.
    return [`/${locale}/articles/${slug}`, `/${locale}/articles/${slug}/traditional`];
  }

  /** What those pages fetch at run time: glossary popover data, the dictionary, search data. */
  function articleData(slug: string, locale: string): string[] {
    return [
      `/data/${slug}/terms.${locale}.json`,
      `/data/${slug}/dictionary.json`,
      `/search-data/${slug}.json`,
    ];
  }

  /** Every path an article needs offline in these locales, each once. */
  function articleUrls(slug: string, locales: readonly string[]): string[] {
    const out = new Set<string>();
    for (const l of locales) for (const u of [...articlePages(slug, l), ...articleData(slug, l)]) out.add(u);
    return [...out];
  }

  /** The article page a path is, if any. */
  function articleOf(pathname: string): ArticleRef | null {
    const m = /^\/([^/]+)\/articles\/([^/]+)/.exec(pathname);
    if (!m || !config.locales.includes(m[1]!) || !SLUG.test(m[2]!)) return null;
    const ref = { locale: m[1]!, slug: m[2]! };
    return articlePages(ref.slug, ref.locale).includes(pathname) ? ref : null;
  }

  /** Caches of another build: deleted on activate. */
  function isStale(name: string): boolean {
    return name.startsWith(PREFIX) && name !== SHELL && name !== ARTICLES;
  }

  /** The locale for an offline visit to `/`: the browser's first language we have, else the default. */
  function pickLocale(languages: readonly string[]): string {
    for (const lang of languages) {
      const primary = lang.toLowerCase().split('-')[0]!;
      if (config.locales.includes(primary)) return primary;
    }
    return config.defaultLocale;
  }

  /** All of an article's paths, or nothing: a page is never cached without its data. */
  async function cacheArticle(slug: string, locales: readonly string[]): Promise<boolean> {
    if (!SLUG.test(slug) || locales.length === 0 || !locales.every((l) => config.locales.includes(l)))
      return false;
    const urls = articleUrls(slug, locales);
    try {
      const responses = await Promise.all(urls.map((u) => scope.fetch(u)));
      if (!responses.every((r) => r.ok)) return false;
      const cache = await scope.caches.open(ARTICLES);
      await Promise.all(urls.map((u, i) => cache.put(u, responses[i]!)));
      return true;
    } catch {
      return false;
    }
  }

  /** Article pages (with all their data) held by this build's cache. */
  async function cachedArticles(): Promise<ArticleRef[]> {
    const cache = await scope.caches.open(ARTICLES);
    const have = new Set((await cache.keys()).map((r) => new URL(r.url).pathname));
    const out = new Map<string, ArticleRef>();
    for (const path of have) {
      const ref = articleOf(path);
      if (ref && articleUrls(ref.slug, [ref.locale]).every((u) => have.has(u)))
        out.set(`${ref.locale}/${ref.slug}`, ref); // once per article, whichever script's page
    }
    return [...out.values()];
  }

  /** This build's copy of a path, if any (never another build's). */
  async function fromCache(request: Request | string): Promise<Response | undefined> {
    for (const name of [SHELL, ARTICLES]) {
      const hit = await (await scope.caches.open(name)).match(request, MATCH);
      if (hit) return hit;
    }
    return undefined;
  }

  async function onInstall() {
    await (await scope.caches.open(SHELL)).addAll([...config.shell]);
    // Articles an older build had: fetched anew from this build (never copied across builds).
    const refs = new Map<string, ArticleRef>();
    for (const name of await scope.caches.keys()) {
      if (!name.endsWith('-articles') || !isStale(name)) continue;
      for (const req of await (await scope.caches.open(name)).keys()) {
        const ref = articleOf(new URL(req.url).pathname);
        if (ref) refs.set(`${ref.slug}/${ref.locale}`, ref);
      }
    }
    for (const ref of refs.values()) await cacheArticle(ref.slug, [ref.locale]);
  }

  async function onActivate() {
    for (const name of await scope.caches.keys()) if (isStale(name)) await scope.caches.delete(name);
    await scope.clients.claim();
  }

  async function onNavigate(request: Request, pathname: string): Promise<Response> {
    const hit = await fromCache(request);
    if (hit) return hit;
    try {
      return await scope.fetch(request);
    } catch (err) {
      if (pathname === '/')
        return Response.redirect(
          new URL(`/${pickLocale(scope.navigator.languages)}`, scope.location.origin).href,
          302,
        );
      throw err;
    }
  }

  async function onAsset(request: Request): Promise<Response> {
    return (await fromCache(request)) ?? scope.fetch(request);
  }

  async function onMessage(data: unknown): Promise<WorkerReply> {
    const msg = (data ?? {}) as Partial<WorkerRequest> & { slug?: unknown; locales?: unknown };
    if (msg.type === 'skip-waiting') {
      await scope.skipWaiting();
      return { ok: true };
    }
    if (msg.type === 'status') return { cached: await cachedArticles() };
    if (msg.type === 'cache' && typeof msg.slug === 'string') {
      const locales = msg.locales === 'all' ? config.locales : Array.isArray(msg.locales) ? msg.locales : [];
      return { ok: await cacheArticle(msg.slug, locales as string[]) };
    }
    return { ok: false };
  }

  scope.addEventListener('install', (e) => e.waitUntil(onInstall()));
  scope.addEventListener('activate', (e) => e.waitUntil(onActivate()));
  scope.addEventListener('fetch', (e) => {
    const { request } = e;
    if (request.method !== 'GET') return;
    const url = new URL(request.url);
    if (url.origin !== scope.location.origin) return;
    if (request.mode === 'navigate') return e.respondWith(onNavigate(request, url.pathname));
    // Only this build's own files; anything else (exports, other pages' data) goes to the network.
    if (
      url.pathname.startsWith('/_next/static/') ||
      url.pathname.startsWith('/data/') ||
      url.pathname.startsWith('/search-data/') ||
      config.shell.includes(url.pathname)
    )
      e.respondWith(onAsset(request));
  });
  scope.addEventListener('message', (e) => {
    const port = e.ports[0];
    e.waitUntil(onMessage(e.data).then((reply) => port?.postMessage(reply)));
  });

  return {
    SHELL,
    ARTICLES,
    articlePages,
    articleData,
    articleUrls,
    articleOf,
    isStale,
    pickLocale,
    cachedArticles,
  };
}

/** The worker script for one build: its settings on one line (tests read them back), then the worker. */
export function workerScript(config: WorkerConfig): string {
  return [
    `// Duizhao offline worker, build ${config.buildId} (source: lib/offline/worker.ts)`,
    `'use strict';`,
    `const DUIZHAO_OFFLINE = ${JSON.stringify(config)};`,
    `(${offlineWorker.toString()})(DUIZHAO_OFFLINE, self);`,
    '',
  ].join('\n');
}
