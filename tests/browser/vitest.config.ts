import { defineConfig } from 'vitest/config';

// Run by scripts/browser-tests.mjs, which builds, starts the server and sets DUIZHAO_URL.
export default defineConfig({
  test: {
    include: ['tests/browser/**/*.test.ts'],
    environment: 'node',
    fileParallelism: false, // 2 cores: one Chromium at a time
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
