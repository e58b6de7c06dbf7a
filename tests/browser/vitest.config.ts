import { defineConfig } from 'vitest/config';

// Run by scripts/browser-tests.mjs, which builds, starts the server and sets DUIZHAO_URL.
export default defineConfig({
  test: {
    include: ['tests/browser/**/*.test.ts'],
    environment: 'node',
    globalSetup: ['tests/browser/global-setup.ts'],
    // One shared Chromium; files run BROWSER_WORKERS at a time (default 2: see docs/testing.md).
    fileParallelism: Number(process.env.BROWSER_WORKERS ?? 2) > 1,
    maxWorkers: Number(process.env.BROWSER_WORKERS ?? 2),
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
