import fs from 'node:fs';
import { describe, expect, test } from 'vitest';
import { deskSession } from './harness';

/**
 * The site in development, as an editor who runs next dev sees it: a story with a mistake shows the
 * check's words in the browser, and the page comes back when the file is fixed. On the desk's own
 * next dev (the site's app, with the desk's pages beside it), so npm test starts no other.
 */

const { ORIGIN, site, browser } = deskSession();
const SLUG = 'a-story-in-development';
const FILE = `content/stories/${SLUG}.mdx`;
const TITLE = 'A story in development';
const GOOD = `---
title: "${TITLE}"
dek: "Two totals from the fixture minister, and what they leave out."
byline:
  - Test Writer
published: 2021-06-16T09:00:00-04:00
tags:
  - canada
sources:
  - name: "Fixture report A: Homeland keeps its widgets"
    date: 2021-06-15
corrections: []
---

This fixture story is written and broken by the test of the site in development.
`;

describe('the site in development', () => {
  // Its first visit compiles the site's story route in next dev: on a fresh clone, more than the desk tests' minute.
  test('a broken story shows its error in the browser and recovers when fixed', { timeout: 240_000 }, async () => {
    site.write(FILE, GOOD);
    const page = await browser().newPage();
    try {
      const url = `${ORIGIN}/stories/${SLUG}/`;
      await page.goto(url);
      await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent(), { timeout: 60_000 }).toBe(TITLE);

      site.write(FILE, GOOD.replace(/^published: .*$/m, 'published: next tuesday'));
      // Next shows the error in its overlay, inside a shadow root; getByText looks there too.
      await expect.poll(async () => {
        await page.goto(url);
        return page.getByText('published: expected an ISO 8601 date-time with a UTC offset').count();
      }, { timeout: 60_000 }).toBeGreaterThan(0);

      site.write(FILE, GOOD.replace('Two totals', 'Two new totals'));
      await expect.poll(async () => {
        await page.goto(url);
        return page.locator('article header').innerText().catch(() => '');
      }, { timeout: 60_000 }).toContain('Two new totals from the fixture minister');
    } finally {
      await page.close();
      fs.rmSync(site.file(FILE), { force: true });
    }
  });
});
