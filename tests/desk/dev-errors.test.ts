import { describe, expect, test } from 'vitest';
import { deskSession } from './harness';

/**
 * The site in development, as an editor who runs next dev sees it: a story with a mistake shows the
 * check's words in the browser, and the page comes back when the file is fixed. On the desk's own
 * next dev (the site's app, with the desk's pages beside it), so npm test starts no other.
 */

const { ORIGIN, site, browser } = deskSession();
// A story of the fixture site that no other desk test changes: it was there when next dev started,
// as an editor's story is, and its bytes are put back at the end.
const SLUG = 'an-untranslated-note';
const FILE = `content/stories/${SLUG}.mdx`;
const TITLE = 'An untranslated note on the fixture site';

describe('the site in development', () => {
  // Its first visit compiles the site's story route in next dev: on a fresh clone, more than the desk tests' minute.
  test('a broken story shows its error in the browser and recovers when fixed', { timeout: 240_000 }, async () => {
    const GOOD = site.read(FILE);
    expect(GOOD).toContain(`title: "${TITLE}"`);
    const page = await browser().newPage();
    try {
      const url = `${ORIGIN}/stories/${SLUG}/`;
      const heading = async () => {
        await page.goto(url);
        return page.getByRole('heading', { level: 1 }).first().textContent({ timeout: 5_000 }).catch(() => '');
      };
      await expect.poll(heading, { timeout: 90_000 }).toBe(TITLE);

      site.write(FILE, GOOD.replace(/^published: .*$/m, 'published: next tuesday'));
      // Next shows the error in its overlay, inside a shadow root; getByText looks there too.
      await expect.poll(async () => {
        await page.goto(url);
        return page.getByText('published: expected an ISO 8601 date-time with a UTC offset').count();
      }, { timeout: 60_000 }).toBeGreaterThan(0);

      site.write(FILE, GOOD.replace('A fixture story, invented', 'A fixture story, corrected and invented'));
      await expect.poll(async () => {
        await page.goto(url);
        return page.locator('article header').innerText().catch(() => '');
      }, { timeout: 60_000 }).toContain('A fixture story, corrected and invented for the test site');
    } finally {
      await page.close();
      site.write(FILE, GOOD);
    }
  });
});
