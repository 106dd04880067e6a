/**
 * Chart text at its size whatever the width: a wider figure gets a wider layout, not bigger
 * letters. Measured in Chromium on the visible SVG (rendered width ÷ viewBox width × font size):
 * a story's chart just under 540 px (where the phone layout's text used to reach 21 px) and at
 * 375 and 1280 px, and an embed page at 1280 px, which draws the chart across the window.
 */
import type { Page } from '@playwright/test';
import { getStories } from '../lib/content/stories';
import { paths } from '../lib/i18n/paths';
import { expect, test } from './fixtures';

const story = getStories({ lang: 'en', preview: false }).find((s) => s.charts.length)!;
const chartId = story.charts[0];

/** The visible drawing of the first chart: its rendered width and its text sizes in CSS px. */
async function drawing(page: Page) {
  return page.locator(`figure#${chartId}`).evaluate((figure) => {
    const svg = [...figure.querySelectorAll<SVGSVGElement>('svg.chart-svg')].find((s) => s.getClientRects().length > 0)!;
    const width = svg.getBoundingClientRect().width;
    const k = width / svg.viewBox.baseVal.width;
    const sizes = [...svg.querySelectorAll('text')].map((t) => Number(t.getAttribute('font-size')) * k);
    return { variant: svg.dataset.variant, width, smallest: Math.min(...sizes), largest: Math.max(...sizes) };
  });
}

test('chart text stays 11 to 16.7 px in a story at 375, 539 and 1280 px', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 900 });
  await page.goto(paths('en').story(story.slug));
  for (const width of [375, 539, 1280]) {
    await page.setViewportSize({ width, height: 900 });
    const d = await drawing(page);
    expect(d.smallest, `${width} px (${d.variant})`).toBeGreaterThanOrEqual(11);
    expect(d.largest, `${width} px (${d.variant})`).toBeLessThanOrEqual(16.7);
  }
});

test('an embed page at 1280 px draws the chart at least 1200 px wide, its text at its size', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(paths('en').embed(chartId));
  const d = await drawing(page);
  expect(d.width).toBeGreaterThanOrEqual(1200);
  expect(d.smallest).toBeGreaterThanOrEqual(11);
  expect(d.largest).toBeLessThanOrEqual(16.7);
});
