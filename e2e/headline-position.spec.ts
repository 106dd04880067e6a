import { expect, test } from './fixtures';

/** The 404 pages start their headline where a topic page (kicker, then name) starts its own. */
test('the 404 headline sits where a topic page’s does, in both editions', async ({ page }) => {
  const top = async (path: string) => {
    await page.goto(path);
    return (await page.locator('main h1').boundingBox())!.y;
  };
  await page.goto('/tags/');
  const topic = await page.locator('main a[href^="/tags/"]').first().getAttribute('href');
  const expected = await top(topic!);
  for (const path of ['/404.html', '/fr/404.html']) expect(Math.abs((await top(path)) - expected), path).toBeLessThanOrEqual(1);
});
