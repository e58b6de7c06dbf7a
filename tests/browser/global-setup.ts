import type { TestProject } from 'vitest/node';
import { chromium, type BrowserServer } from 'playwright-core';
import { CHROMIUM_ARGS } from '../../scripts/lib/chromium.mjs';

// One Chromium process for the whole browser suite: each test file connects to it and each test
// gets a fresh context (its own storage, like a fresh profile). Launching a browser per file or per
// test cost seconds each on this 2-core machine.
let server: BrowserServer | undefined;

declare module 'vitest' {
  export interface ProvidedContext {
    browserWs: string;
  }
}

export async function setup(project: TestProject) {
  const executablePath = process.env.CHROMIUM_PATH;
  if (!executablePath)
    throw new Error('CHROMIUM_PATH is not set: run browser tests through scripts/browser-tests.mjs');
  server = await chromium.launchServer({ executablePath, headless: true, args: CHROMIUM_ARGS });
  project.provide('browserWs', server.wsEndpoint());
}

export async function teardown() {
  await server?.close();
}
