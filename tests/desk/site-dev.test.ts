import { afterAll, expect, test } from 'vitest';
import { deskSession, words } from './harness';

/**
 * The site's own pages in development (npm run dev, and the desk, which is the same app in
 * development with its tools added): a story broken on disk shows its error in the browser, in
 * the check's words, and the page comes back when the story is fixed. Run here, on the desk's
 * next dev, rather than on a next dev of its own: a cold start costs half a minute.
 */

const { ORIGIN, site, tab } = deskSession();
const STORY = 'stories/in-development.mdx';
const SLUG = 'in-development';
const GOOD = `---
title: "A story edited in development"
dek: "Two totals from the procurement minister, and what they leave out."
byline:
  - Test Writer
published: 2021-06-17T09:00:00-04:00
tags:
  - data
sources:
  - name: "Fixture report B: a deal on Monday"
    date: 2021-06-16
corrections: []
---

The fixture minister gave two totals on 16 June 2021.
`;

afterAll(() => site.run('rm', ['-f', `content/${STORY}`]));

test('in development, a story broken on disk shows its error in the browser and recovers when fixed', async () => {
  site.write(`content/${STORY}`, GOOD);
  const page = await tab();
  const url = `${ORIGIN}/stories/${SLUG}/`;
  await page.goto(url);
  await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent().then((h) => words(h ?? '')), { timeout: 60_000 }).toBe('A story edited in development');

  site.write(`content/${STORY}`, GOOD.replace(/^published: .*$/m, 'published: next tuesday'));
  // Next shows the error in its overlay, inside a shadow root (getByText looks there too), a moment
  // after the page loads; the first load after the change may show only "This page couldn't load",
  // which no overlay follows: then the page is loaded again at once.
  const error = page.getByText('published: expected a date and time with its offset from UTC');
  const notLoaded = page.getByText('This page couldn’t load');
  await expect.poll(async () => {
    await page.goto(url);
    await error.or(notLoaded).first().waitFor({ timeout: 5000 }).catch(() => {});
    return error.isVisible();
  }, { timeout: 60_000 }).toBe(true);

  site.write(`content/${STORY}`, GOOD.replace('Two totals', 'Two new totals'));
  await expect.poll(async () => {
    await page.goto(url);
    return page.locator('article header').innerText().then(words, () => '');
  }, { timeout: 60_000 }).toContain('Two new totals from the procurement minister');
});
