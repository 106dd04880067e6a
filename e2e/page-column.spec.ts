import { expect, test } from './fixtures';

// On a desktop, the colophon under every page starts where the page's text starts: it closes the
// text, as the story's own sources and corrections do. (The header spans the wider grid, a masthead.)
test('at 1280 px the footer’s text starts at the text column’s left edge', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto('/stories/the-widget-standoff/');
  const body = (await page.locator('[data-pagefind-body] > p').first().boundingBox())!;
  const footer = (await page.locator('body > footer p, footer.no-print p').first().boundingBox())!;
  expect(Math.abs(footer.x - body.x)).toBeLessThanOrEqual(1);
  expect(body.x).toBeGreaterThan(200);
});
