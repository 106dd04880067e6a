import fs from 'node:fs';
import { test as base, expect, type ConsoleMessage, type Page } from '@playwright/test';
import { FIXTURE_CONTENT } from '../tests/fixture-site';

export { expect };
export { OUT, builtPages, fileFor } from '../tests/site/out';
export { FIXTURE_CONTENT } from '../tests/fixture-site';

/** A chart's data file read as plain JSON: what a test expects comes from the file, not from the code that renders it. */
export type DataFile = {
  id: string;
  title: string;
  chart: string;
  units: string;
  sourceLine: string;
  sources: { id: string; name: string; date: string }[];
  values: (Record<string, unknown> & { value?: number | null; label: string })[];
  annotations?: { text: string; at: string }[];
};
export const dataFile = (id: string): DataFile => JSON.parse(fs.readFileSync(`${FIXTURE_CONTENT}/data/${id}.json`, 'utf8'));

/** Our pages load their script after the load event: wait for it, as a reader's first tap would. */
export const untilEnhanced = (page: Page) =>
  page.waitForFunction(() => !document.documentElement.classList.contains('js') || 'enhanced' in document.documentElement.dataset);

/**
 * Navigation waits for the page script, and the test fails on any console error or uncaught
 * exception in the page.
 */
/** Pages whose goto and reload wait for the page script already: the tab is reused between tests. */
const patched = new WeakSet<Page>();

export const test = base.extend<{ consoleErrors: string[] }>({
  page: async ({ page, javaScriptEnabled }, provide) => {
    if (javaScriptEnabled && !patched.has(page)) {
      patched.add(page);
      const goto = page.goto.bind(page);
      const reload = page.reload.bind(page);
      page.goto = async (...args) => {
        const response = await goto(...args);
        await untilEnhanced(page);
        return response;
      };
      page.reload = async (...args) => {
        const response = await reload(...args);
        await untilEnhanced(page);
        return response;
      };
    }
    await provide(page);
  },
  // The context is reused between tests (reuseContext in playwright.config.ts), and Playwright's
  // reset between tests leaves the permissions a test granted: take them back.
  context: async ({ context }, provide) => {
    await provide(context);
    await context.clearPermissions();
  },
  consoleErrors: [
    async ({ page }, use) => {
      const errors: string[] = [];
      const onConsole = (msg: ConsoleMessage) => void (msg.type() === 'error' && errors.push(msg.text()));
      const onError = (err: Error) => void errors.push(err.message);
      page.on('console', onConsole);
      page.on('pageerror', onError);
      await use(errors);
      // The tab serves the next test too.
      page.off('console', onConsole);
      page.off('pageerror', onError);
      expect(errors, 'console errors').toEqual([]);
    },
    { auto: true },
  ],
});
