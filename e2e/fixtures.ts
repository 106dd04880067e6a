import fs from 'node:fs';
import path from 'node:path';
import { test as base, expect, type Page } from '@playwright/test';

export { expect };

/** Every HTML page in the static export, as URL paths ("/", "/about/", "/404.html"). */
export function builtPages(outDir = 'out'): string[] {
  const pages: string[] = [];
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) {
        if (entry.name !== '_next') walk(full);
      } else if (entry.name.endsWith('.html')) {
        const rel = '/' + path.relative(outDir, full).split(path.sep).join('/');
        pages.push(rel.endsWith('/index.html') ? rel.slice(0, -'index.html'.length) : rel);
      }
    }
  };
  walk(outDir);
  return pages.sort();
}

/** Our pages load their script after the load event: wait for it, as a reader's first tap would. */
export const untilEnhanced = (page: Page) =>
  page.waitForFunction(() => !document.documentElement.classList.contains('js') || 'enhanced' in document.documentElement.dataset);

/**
 * Navigation waits for the page script, and the test fails on any console error or uncaught
 * exception in the page.
 */
export const test = base.extend<{ consoleErrors: string[] }>({
  page: async ({ page, javaScriptEnabled }, provide) => {
    if (javaScriptEnabled) {
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
  consoleErrors: [
    async ({ page }, use) => {
      const errors: string[] = [];
      page.on('console', (msg) => {
        if (msg.type() === 'error') errors.push(msg.text());
      });
      page.on('pageerror', (err) => errors.push(err.message));
      await use(errors);
      expect(errors, 'console errors').toEqual([]);
    },
    { auto: true },
  ],
});
