import { defineConfig } from 'vitest/config';

/** The editing desk in Chromium over npm run desk, on a copy of the fixture site in its own git repository. */
export default defineConfig({
  test: {
    include: ['tests/desk/**/*.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 120_000,
    fileParallelism: false,
    // One file after another, sharing the worker's loaded modules (Playwright's among them).
    isolate: false,
    globalSetup: ['tests/desk/global-setup.ts'],
  },
});
