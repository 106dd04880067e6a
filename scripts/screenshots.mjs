// Screenshots of pages at phone and desktop widths, light and dark, for checking by eye.
// Usage: node scripts/screenshots.mjs [base URL] [path ...]   (writes to test-results/screenshots/)
// FIGURES=1 takes one picture per chart on each page instead of the whole page.
import fs from 'node:fs';
import { chromium } from '@playwright/test';

const [base = 'http://localhost:3000', ...paths] = process.argv.slice(2);
const pages = paths.length ? paths : ['/', '/stories/the-n95-standoff/', '/stories/n95-by-the-numbers/', '/tags/canada/', '/about/', '/missing/'];
const dir = 'test-results/screenshots';
const SLICE = Number(process.env.SLICE ?? 1600);
fs.mkdirSync(dir, { recursive: true });

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});
for (const [label, width] of [['phone', 375], ['desktop', 1280]]) {
  for (const scheme of ['light', 'dark']) {
    const context = await browser.newContext({ viewport: { width, height: 900 }, colorScheme: scheme, deviceScaleFactor: 1 });
    const page = await context.newPage();
    for (const p of pages) {
      await page.goto(base + p);
      const name = `${p.replace(/[^a-z0-9]+/gi, '_').replace(/^_|_$/g, '') || 'home'}-${label}-${scheme}.png`;
      if (process.env.FIGURES) {
        // One picture per chart, for checking charts by eye.
        for (const figure of await page.locator('figure.chart').all()) {
          const file = `${dir}/chart-${await figure.getAttribute('id')}-${label}-${scheme}.png`;
          await figure.screenshot({ path: file });
          console.log(file);
        }
        continue;
      }
      // Long pages are cut into slices a person (or an image viewer) can read at full size.
      const height = await page.evaluate(() => document.documentElement.scrollHeight);
      for (let y = 0, i = 0; y < height; y += SLICE, i++) {
        const file = `${dir}/${name.replace('.png', height > SLICE ? `-${i}.png` : '.png')}`;
        await page.screenshot({ path: file, fullPage: true, clip: { x: 0, y, width, height: Math.min(SLICE, height - y) } });
        console.log(file);
      }
    }
    await context.close();
  }
}
await browser.close();
