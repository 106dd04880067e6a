import { getStories } from '../lib/content/stories';
import { dataFile, expect, test } from './fixtures';

// The front page leads with a picture: the lead story's first chart, drawn on the server, linked
// to that chart in the story. It is there without JavaScript and fits a phone.
const [lead] = getStories({ lang: 'en', preview: false });
const chart = dataFile(lead.charts[0]);

test.describe('home page: the lead story leads with its lead chart', () => {
  test.use({ javaScriptEnabled: false });

  for (const width of [320, 1280]) {
    test(`at ${width} px, without JavaScript: named, inside the page's width, linked to the chart in the story`, async ({ page }) => {
      await page.setViewportSize({ width, height: 900 });
      await page.goto('/');
      const article = page.locator('main article').first();
      // The headline stays the story's first and main link.
      await expect(article.getByRole('link').first()).toHaveAccessibleName(lead.title);

      const picture = article.getByRole('img', { name: chart.title, exact: true });
      await expect(picture).toHaveCount(1); // one layout at a time: the other is display: none
      await expect(picture).toBeVisible();
      const box = (await picture.boundingBox())!;
      expect(box.height).toBeGreaterThan(80);
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width).toBeLessThanOrEqual(width);
      const overflow = await page.evaluate(() => document.scrollingElement!.scrollWidth - document.scrollingElement!.clientWidth);
      expect(overflow, 'sideways scroll, in px').toBeLessThanOrEqual(0);
      await expect(picture).toHaveAccessibleDescription(/\S/);

      // A picture, not a second copy of the chart: nothing in it takes focus or carries tooltip text.
      const link = article.getByRole('link', { name: chart.title });
      await expect(link).toHaveCount(1);
      await expect(link.locator('[tabindex], [data-tip]')).toHaveCount(0);
      if (chart.chart === 'timeline' && chart.values.length > 2) {
        const count = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'][chart.values.length] ?? String(chart.values.length);
        await expect(link).toContainText(`Showing the first and last of ${count} events`);
        await expect(picture.locator('.chart-event-dot')).toHaveCount(2);
      }

      await link.click();
      await expect(page).toHaveURL(`/stories/${lead.slug}/#${chart.id}`);
      const target = page.locator(`figure[id="${chart.id}"]`);
      await expect(target).toHaveCount(1);
      await expect(target).toBeInViewport();
    });
  }
});
