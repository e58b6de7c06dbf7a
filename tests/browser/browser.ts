import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type BrowserContextOptions } from 'playwright-core';
import { CHROMIUM_ARGS } from '../../scripts/lib/chromium.mjs';

// Not BASE_URL: Vite reserves that name and sets it to '/'.
export const BASE_URL = process.env.DUIZHAO_URL ?? 'http://127.0.0.1:3000';

/** A fresh Chromium profile (Debian's chromium, as root, no network). Close it after use. */
export async function openBrowser(options: BrowserContextOptions = {}): Promise<BrowserContext> {
  const executablePath = process.env.CHROMIUM_PATH;
  if (!executablePath)
    throw new Error('CHROMIUM_PATH is not set: run browser tests through scripts/browser-tests.mjs');
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'duizhao-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath,
    headless: true,
    args: CHROMIUM_ARGS,
    ...options,
  });
  context.on('close', () => {
    try {
      fs.rmSync(profile, { recursive: true, force: true, maxRetries: 5, retryDelay: 100 });
    } catch {
      // Chromium may still be writing its profile; a leftover temp folder is harmless.
    }
  });
  return context;
}
