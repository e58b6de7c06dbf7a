import type { ArticleRef, WorkerReply, WorkerRequest } from '@/lib/offline/worker';
import { updateStep, type UpdateEvent, type UpdatePhase } from './update-state';

// Loaded by OfflineBoot after the page has loaded (never before first paint). Registers the worker,
// keeps the opened article for offline reading, wires "Save for offline", marks the library's
// available articles and shows the "Updated — reload" prompt. Works on server-rendered markup
// (components/offline/offline-markup.tsx) by data attributes, so none of it is in React's bundle.

function ask(worker: ServiceWorker, msg: WorkerRequest): Promise<WorkerReply> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = (e: MessageEvent<WorkerReply>) => resolve(e.data);
    worker.postMessage(msg, [channel.port2]);
  });
}

const cachedOf = (r: WorkerReply): ArticleRef[] => ('cached' in r ? r.cached : []);
const okOf = (r: WorkerReply) => 'ok' in r && r.ok;

function watchUpdates(reg: ServiceWorkerRegistration) {
  const sw = navigator.serviceWorker;
  const box = document.querySelector<HTMLElement>('[data-sw-update-body]');
  let phase: UpdatePhase = 'idle';
  const send = (event: UpdateEvent) => {
    const step = updateStep(phase, event);
    phase = step.phase;
    if (box) box.hidden = phase !== 'prompt';
    if (step.skipWaiting && reg.waiting) void ask(reg.waiting, { type: 'skip-waiting' });
    if (step.reload) location.reload();
  };
  const checkWaiting = () => {
    if (reg.waiting) send({ type: 'waiting', controlled: !!sw.controller });
  };
  reg.addEventListener('updatefound', () => {
    const w = reg.installing;
    w?.addEventListener('statechange', () => w.state === 'installed' && checkWaiting());
  });
  sw.addEventListener('controllerchange', () => send({ type: 'controllerchange' }));
  box?.querySelector('button')?.addEventListener('click', () => send({ type: 'accept' }));
  checkWaiting();
}

/** The reader's offline section (in the settings sheet): status line and "Save for offline". */
function wireReader(worker: ServiceWorker, slug: string, locale: string, locales: readonly string[]) {
  const section = document.querySelector<HTMLElement>('[data-offline-section]');
  const button = section?.querySelector<HTMLButtonElement>('[data-offline-save]');
  const status = section?.querySelector<HTMLElement>('[data-offline-status]');
  const show = (state: 'opened' | 'saving' | 'saved' | 'failed') => {
    if (!section || !status) return;
    section.dataset.state = state;
    status.textContent = section.dataset[state] ?? '';
  };
  const refresh = async () => {
    const have = cachedOf(await ask(worker, { type: 'status' })).filter((r) => r.slug === slug);
    if (locales.every((l) => have.some((r) => r.locale === l))) show('saved');
    else if (have.some((r) => r.locale === locale)) show('opened');
  };
  button?.addEventListener('click', async () => {
    show('saving');
    if (!okOf(await ask(worker, { type: 'cache', slug, locales: 'all' }))) show('failed');
    else await refresh();
  });
  return refresh;
}

export async function startOffline(): Promise<void> {
  const sw = navigator.serviceWorker;
  // Offline, registering again cannot fetch the script; an installed worker still runs the page.
  const reg = await sw.register('/sw.js', { scope: '/' }).catch(() => sw.getRegistration());
  if (reg) watchUpdates(reg);
  const worker = (await sw.ready).active;
  if (!worker) return;
  const locale = location.pathname.split('/')[1] ?? '';
  const slug = document.querySelector<HTMLElement>('[data-article]')?.dataset.article;
  if (slug) {
    const locales = (
      document.querySelector<HTMLElement>('[data-offline-section]')?.dataset.locales ?? locale
    ).split(' ');
    const refresh = wireReader(worker, slug, locale, locales);
    // Opening an article keeps it (in this locale) for offline reading.
    await ask(worker, { type: 'cache', slug, locales: [locale] });
    await refresh();
  }
  const marks = document.querySelectorAll<HTMLElement>('[data-offline-mark]');
  if (marks.length) {
    const here = new Set(
      cachedOf(await ask(worker, { type: 'status' }))
        .filter((r) => r.locale === locale)
        .map((r) => r.slug),
    );
    for (const m of marks) m.hidden = !here.has(m.dataset.offlineMark ?? '');
  }
  document.documentElement.dataset.offlineReady = '';
}
