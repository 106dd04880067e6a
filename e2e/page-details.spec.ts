import { getStories } from '../lib/content/stories';
import { expect, test } from './fixtures';

const story = getStories({ lang: 'en', preview: false }).find((s) => s.toc.length >= 2)!;

test.describe('the header on a phone', () => {
  /** Two rows: the name with the language and theme switches, then the sections and the search box. */
  const BUDGET = 96;
  for (const path of ['/', '/fr/']) {
    test(`${path} at 375 px: at most ${BUDGET} px tall, with search and the language switch in reach`, async ({ page }) => {
      await page.setViewportSize({ width: 375, height: 800 });
      await page.goto(path);
      const banner = page.getByRole('banner');
      expect((await banner.boundingBox())!.height).toBeLessThanOrEqual(BUDGET);
      for (const control of [banner.getByRole('searchbox'), banner.getByRole('button', { name: path === '/' ? 'Search' : 'Rechercher' }), banner.locator('[data-language-switch]')]) {
        await expect(control).toBeInViewport({ ratio: 1 });
      }
      // The search box keeps room for a word.
      expect((await banner.getByRole('searchbox').boundingBox())!.width).toBeGreaterThanOrEqual(80);
      const overflow = await page.evaluate(() => document.scrollingElement!.scrollWidth - document.scrollingElement!.clientWidth);
      expect(overflow, 'sideways scroll, in px').toBeLessThanOrEqual(0);
    });
  }
});

test('a heading’s “#” link is hidden until the heading is pointed at or the link has keyboard focus', async ({ page }) => {
  await page.goto(`/stories/${story.slug}/`);
  const { id } = story.toc[0];
  const heading = page.locator(`[id="${id}"]`);
  const anchor = heading.locator(`a[href="#${id}"]`);
  const opacity = () => anchor.evaluate((el) => getComputedStyle(el).opacity);
  expect(await opacity()).toBe('0');
  // Reached from the keyboard: from the heading's last link before it, one Tab.
  await anchor.evaluate((el) => {
    const before = [...document.querySelectorAll<HTMLElement>('a[href], button, input')].filter((e) => e.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_FOLLOWING).at(-1)!;
    before.focus();
  });
  await page.keyboard.press('Tab');
  await expect(anchor).toBeFocused();
  await expect.poll(opacity).toBe('1');
  await anchor.blur();
  await expect.poll(opacity).toBe('0');
  await heading.hover();
  await expect.poll(opacity).toBe('1');
});

test('search shows results as the reader types, without Enter, and says how many', async ({ page }) => {
  await page.goto('/search/');
  // The page must not reload: a reload would lose this mark.
  await page.evaluate(() => ((window as unknown as { stayed: boolean }).stayed = true));
  const box = page.getByRole('main').getByRole('searchbox');
  const status = page.locator('[data-search-status]');
  await expect(status).toHaveAttribute('role', 'status');
  await box.pressSequentially('Quillfeather', { delay: 40 });
  await expect(status).toHaveText('1 result for “Quillfeather”');
  await expect(page.locator('[data-search-results] a')).toHaveCount(1);
  await expect(page).toHaveURL(/\/search\/\?q=Quillfeather$/);
  expect(await page.evaluate(() => (window as unknown as { stayed?: boolean }).stayed)).toBe(true);
  // Emptied, the box empties the list and the count.
  await box.fill('');
  await expect(page.locator('[data-search-results] a')).toHaveCount(0);
  await expect(status).toHaveText('');
});
