import { expect, test, dataFile } from './fixtures';

// The fixture site's map (tests/fixtures/site/data/widget-routes.json): two flows and a crossing reported twice.
const ID = 'widget-routes';
const STORY = '/stories/the-widget-standoff/';
const data = dataFile(ID);

test.describe('the map without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  for (const width of [320, 1280]) {
    test(`at ${width} px: found by its name, its flows named with their sources, nothing overflowing`, async ({ page }) => {
      await page.setViewportSize({ width, height: 900 });
      await page.goto(STORY);
      const figure = page.getByRole('figure', { name: new RegExp(`^${data.title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`) });
      await expect(figure).toHaveCount(1);
      const map = figure.getByRole('img', { name: data.title, exact: true });
      await expect(map).toHaveCount(1);
      await expect(map).toHaveAccessibleDescription(/An arrow points from Homeland to Northland and Southland\. .*; split between Northland and Southland not reported\./);
      const flows = map.locator('[tabindex="0"][role="img"]');
      await expect(flows).toHaveCount(3);
      await expect(flows.nth(0)).toHaveAccessibleName(/about 5 million widgets; split between Northland and Southland not reported\. Source: Reporter/);
      await expect(flows.nth(1)).toHaveAccessibleName(/^Made in Farra, to be shipped to Homeland \(one quantity, not per month\): 8 million widgets\. Source: Fixture report A \(June 15, 2021\)\.$/);
      await expect(flows.nth(2)).toHaveAccessibleName(/^Workers cross from Lakeside to Shoreham every day\. Sources: Fixture report A \(June 15, 2021\); Fixture minister, in Fixture report B \(June 16, 2021\)\.$/);
      // The Great Lakes and the Detroit River are drawn as water over the land, and the map credits its geodata.
      await expect(map.locator('path.map-water')).toHaveCount(2);
      await expect(map.locator('path.map-river')).not.toHaveCount(0);
      await expect(map.getByText('Map: Natural Earth')).toBeVisible();
      const box = (await map.boundingBox())!;
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width).toBeLessThanOrEqual(width);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
    });
  }
});

test('the keyboard reaches each flow of the map, and the tooltip gives its value and source', async ({ page }) => {
  await page.goto(STORY);
  const figure = page.locator(`#${ID}`);
  const flows = figure.locator('svg.chart-svg:visible [tabindex="0"]');
  await expect(flows).toHaveCount(3);
  await flows.first().focus();
  for (let i = 0; i < 3; i++) {
    await expect(flows.nth(i)).toBeFocused();
    await expect(figure.getByRole('status')).toContainText((await flows.nth(i).getAttribute('data-tip'))!);
    await expect(figure.getByRole('status')).toContainText('Source:');
    if (i < 2) await page.keyboard.press('Tab');
  }
});
