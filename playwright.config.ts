import { defineConfig, devices } from '@playwright/test';
import { FIXTURE_CONTENT, FIXTURE_LIST_LENGTH, FIXTURE_OUT } from './tests/fixture-site';

// The tests run on the built fixture site (npm run build:fixtures) and take what they expect from
// its content; the workers inherit these. OUT_DIR may point at another build of the fixture site.
process.env.CONTENT_DIR = FIXTURE_CONTENT;
process.env.LIST_LENGTH = FIXTURE_LIST_LENGTH;
process.env.OUT_DIR ??= FIXTURE_OUT;

const PORT = Number(process.env.E2E_PORT ?? 4173);
const baseURL = process.env.E2E_BASE_URL ?? `http://localhost:${PORT}`;

/** Debian's Chromium, headless, with nothing that reaches for the (closed) network. */
const launchOptions = {
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
};

export default defineConfig({
  testDir: 'e2e',
  forbidOnly: !!process.env.CI,
  retries: process.env.CI ? 1 : 0,
  // One worker: on this 2-core machine (2 × AMD EPYC) every test pays about half a second for its
  // browser context and renderer process, and two workers doing so side by side took longer than
  // one (the whole suite: 260-287 s with two, 228 s with one, nothing else running).
  workers: 1,
  reporter: process.env.CI ? [['list']] : [['list']],
  // One browser context and tab for the tests that use the same options (reuseContext), reset
  // between tests by Playwright: cookies, cache, local storage, routes, init scripts, extra tabs,
  // viewport and emulation; e2e/fixtures.ts takes back granted permissions, the one thing it leaves
  // that a test here changes (the pages keep no other state: only the theme, in localStorage).
  // A new tab costs each test about 0.4 s here: the suite took 196 s without this, 132 s with it.
  use: { baseURL, trace: 'on-first-retry', launchOptions, reuseContext: true },
  projects: [
    { name: 'desktop', use: { ...devices['Desktop Chrome'], launchOptions } },
  ],
  webServer: process.env.E2E_BASE_URL
    ? undefined
    : {
        command: 'node scripts/serve.mjs',
        env: { PORT: String(PORT), OUT_DIR: process.env.OUT_DIR },
        url: baseURL,
        reuseExistingServer: !process.env.CI,
        // SIGTERM lets the server remove the compressed copies it made at start (SIGKILL is the default).
        gracefulShutdown: { signal: 'SIGTERM', timeout: 2000 },
      },
});
