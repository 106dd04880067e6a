import { expect, test } from './fixtures';

/**
 * A figure in the prose carries its source for screen readers ("(source: …)"); a search result's
 * excerpt must not show it as raw text. "secured" stands right before a figure in the fixture story.
 */
test('a search excerpt holds the story’s words, not the spoken source of a figure', async ({ page }) => {
  await page.goto('/search/?q=secured');
  const excerpts = page.locator('[data-search-results] p');
  await expect(excerpts.first()).toContainText(/secured/i);
  for (const text of await excerpts.allTextContents()) expect(text).not.toMatch(/\(source\s?:/);
});
