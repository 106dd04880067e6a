import fs from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from '@playwright/test';
import type { ElementContext, RunOptions } from 'axe-core';

const AXE_SOURCE = fs.readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/**
 * What every page of the site and the desk must pass: WCAG 2.2 AA by tag, and two best practices
 * enabled by name (axe runs them beside the tags): one h1 a page, no two landmarks with the same name.
 */
export const WCAG_AA: RunOptions = {
  runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
  rules: { 'page-has-heading-one': { enabled: true }, 'landmark-unique': { enabled: true } },
};

/**
 * axe's violations on the page as it is now, one line each (rule, help, where). With `{}` as the
 * options, every rule axe has (best practices included), as @axe-core/playwright runs by default.
 *
 * axe-core is put into the page once per load and run there. @axe-core/playwright's analyze() puts
 * it in again on every call and, by default, opens a blank page beside this one to merge the frames'
 * results: 1.4-3 s a call on this machine against 0.1-0.6 s for the same rules run directly, which
 * made the site's axe pass most of `npm test`'s time. Frames are not entered (`iframes: false`): the
 * site's pages have none, and the desk's one frame is its preview, the site's own page, checked here
 * on its own.
 */
export async function axeViolations(page: Page, options: RunOptions = WCAG_AA, context: ElementContext = { exclude: [] }): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
  const run = { ...options, iframes: false, resultTypes: ['violations'] };
  type Found = { id: string; help: string; targets: string[] };
  // Handed over as JSON text: Playwright's argument types cannot follow axe's option types.
  const violations: Found[] = await page.evaluate(
    ([context, run]) =>
      (window as unknown as { axe: typeof import('axe-core') }).axe
        .run(JSON.parse(context) as ElementContext, JSON.parse(run) as RunOptions)
        .then((results) => results.violations.map((v) => ({ id: v.id, help: v.help, targets: v.nodes.map((n) => n.target.join(' ')) }))),
    [JSON.stringify(context), JSON.stringify(run)],
  );
  return violations.map((v) => `${v.id}: ${v.help} (${v.targets.join(', ')})`);
}
