import { getStories } from '../lib/content/stories';
import { expect, test } from './fixtures';

/**
 * WCAG 2.2 target size (minimum): on a phone every control of the header and of a share bar is at
 * least 24 × 24 CSS px to tap, not just its line of text. Links inside sentences are exempt (the
 * criterion's own exception), so the prose is not measured.
 */
const MIN = 24;
const pages = ['/', `/stories/${getStories({ lang: 'en', preview: false })[0].slug}/`, `/fr/articles/${getStories({ lang: 'fr', preview: false })[0].slug}/`];

test.describe('tap targets at 375 px', () => {
  test.use({ viewport: { width: 375, height: 800 } });
  for (const path of pages) {
    test(`${path}: header and share controls are at least ${MIN} × ${MIN} px, in a header no taller than 87 px`, async ({ page }) => {
      await page.goto(path);
      const controls = page.locator('header a, header button, header input, nav:has(a[target="_blank"]) a, nav:has(a[target="_blank"]) button');
      const sizes = await controls.evaluateAll((els) =>
        els
          .map((el) => ({ el, box: el.getBoundingClientRect() }))
          // Only what a reader can tap: the skip link is off screen until focused, the share sheet button shows only where the browser has one.
          .filter(({ el, box }) => box.width > 1 && box.height > 1 && getComputedStyle(el).visibility !== 'hidden')
          .map(({ el, box }) => ({ name: (el.textContent || el.getAttribute('aria-label') || el.tagName).trim().slice(0, 30), width: Math.round(box.width * 10) / 10, height: Math.round(box.height * 10) / 10 })),
      );
      expect(sizes.length).toBeGreaterThan(5);
      expect(sizes.filter((s) => s.width < MIN || s.height < MIN)).toEqual([]);
      const header = await page.locator('body > header, header').first().boundingBox();
      expect(header!.height).toBeLessThanOrEqual(87);
    });
  }
});
