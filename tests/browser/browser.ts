import {
  chromium,
  type Browser,
  type BrowserContext,
  type BrowserContextOptions,
  type Download,
} from 'playwright-core';
import { afterAll, inject } from 'vitest';

// Not BASE_URL: Vite reserves that name and sets it to '/'.
export const BASE_URL = process.env.DUIZHAO_URL ?? 'http://127.0.0.1:3000';

let browser: Promise<Browser> | undefined;

/** This test file's connection to the suite's one Chromium (tests/browser/global-setup.ts). */
function shared(): Promise<Browser> {
  return (browser ??= chromium.connect(inject('browserWs')));
}

afterAll(async () => {
  // Disconnects this file only; the browser itself stops in the global teardown.
  if (browser) await (await browser).close();
  browser = undefined;
});

/** A fresh browser context (own storage, cookies and cache, like a new profile). Close it after use. */
export async function openBrowser(options: BrowserContextOptions = {}): Promise<BrowserContext> {
  return (await shared()).newContext(options);
}

/** A finished download's text (the browser is remote, so read it as a stream, not from its path). */
export async function downloadText(download: Download): Promise<string> {
  const stream = await download.createReadStream();
  const chunks: Buffer[] = [];
  for await (const c of stream) chunks.push(Buffer.from(c as Buffer));
  return Buffer.concat(chunks).toString('utf8');
}
