import { defineConfig } from 'vitest/config';

/** The editor's whole path on a copy of the site: slow (real builds, a dev server), so it runs on its own. */
export default defineConfig({
  test: {
    include: ['tests/build/**/*.test.ts'],
    environment: 'node',
    testTimeout: 240_000,
    hookTimeout: 120_000,
    fileParallelism: false,
    // One file after another, sharing the worker's loaded modules (Playwright's among them).
    isolate: false,
  },
});
