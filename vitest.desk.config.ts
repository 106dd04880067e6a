import { defineConfig } from 'vitest/config';

/** The editing desk in Chromium over npm run desk, on a copy of the fixture site in its own git repository. */
export default defineConfig({
  test: {
    include: ['tests/desk/**/*.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // expect.poll's own default, 1 s, is a next dev answer on a busy machine: a slow answer is not a
    // wrong one. Polls that must answer sooner say so.
    expect: { poll: { timeout: 5_000 } },
    fileParallelism: false,
    // One file after another, sharing the worker's loaded modules (Playwright's among them).
    isolate: false,
    globalSetup: ['tests/desk/global-setup.ts'],
  },
});
