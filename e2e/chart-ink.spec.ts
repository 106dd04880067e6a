/**
 * Charts measured in Chromium, as drawn (getBBox: the font the reader gets, not the layout's
 * estimate), in both editions: no ink outside a chart's frame at a phone's and a desktop's width,
 * a point for every reported value and no line across a month not reported, and a phone's timeline with each date above its event.
 * Each story page is loaded once; the window is resized for the wide layout.
 */
import type { Page } from '@playwright/test';
import { getStories } from '../lib/content/stories';
import { paths } from '../lib/i18n/paths';
import { dataFile, expect, test } from './fixtures';

const pages = (['en', 'fr'] as const).flatMap((lang) =>
  getStories({ lang, preview: false })
    .filter((s) => s.charts.length)
    .map((s) => ({ lang, slug: s.slug, url: paths(lang).story(s.slug), charts: s.charts })),
);

/** Rounding allowed at the frame's edge, in viewBox units. */
const TOLERANCE = 0.5;

/** Every drawn element of the SVG each figure shows at this width, with its box in viewBox units. */
async function ink(page: Page) {
  return page.locator('figure.chart').evaluateAll((figures) =>
    figures.map((figure) => {
      const svg = [...figure.querySelectorAll<SVGSVGElement>('svg.chart-svg')].find((s) => s.getClientRects().length > 0)!;
      const { width, height } = svg.viewBox.baseVal;
      const items = [...svg.querySelectorAll<SVGGraphicsElement>('text, circle, rect, path, line')]
        // Hit areas are transparent, and a pattern's tiles are not drawn where they are defined.
        .filter((e) => !e.classList.contains('chart-hit') && !e.closest('defs') && e.getClientRects().length > 0)
        .map((e) => {
          const b = e.getBBox();
          const what = e.tagName === 'text' ? `"${e.textContent}"` : `${e.tagName}.${e.getAttribute('class')}`;
          return { text: e.tagName === 'text', what, x0: b.x, y0: b.y, x1: b.x + b.width, y1: b.y + b.height };
        });
      return { id: figure.id, variant: svg.dataset.variant, width, height, items };
    }),
  );
}

for (const p of pages) {
  test(`${p.url}: no ink outside a chart's frame at 375 and 1280 px; no line across a month not reported`, async ({ page }) => {
    await page.setViewportSize({ width: 375, height: 900 });
    await page.goto(p.url);
    // At 1280 px a figure breaks out of the text column: its extra-wide layout.
    for (const [width, variant] of [[375, 'narrow'], [1280, 'xwide']] as const) {
      await page.setViewportSize({ width, height: 900 });
      const figures = await ink(page);
      expect(figures.map((f) => f.id).sort()).toEqual([...p.charts].sort());
      for (const f of figures) {
        expect(f.variant, `${f.id} at ${width} px`).toBe(variant);
        for (const i of f.items) {
          const t = TOLERANCE;
          const inside = i.x0 >= -t && i.y0 >= -t && i.x1 <= f.width + t && i.y1 <= f.height + t;
          expect(inside, `${f.id} (${variant}, ${width} px): ${i.what} at ${[i.x0, i.y0, i.x1, i.y1].map(Math.round)} leaves 0 0 ${f.width} ${f.height}`).toBe(true);
        }
      }
    }
    for (const id of p.charts.filter((c) => dataFile(c).chart === 'line')) {
      // A point for every reported value, and no stretch of line across a month not reported: a
      // line there would suggest a figure the report does not give.
      const values = dataFile(id).values;
      const svg = page.locator(`#${id} svg.chart-svg--xwide`);
      await expect(svg.locator('circle.chart-point')).toHaveCount(values.filter((v) => v.value !== null).length);
      const bands = await svg.locator('rect.chart-gap-band').evaluateAll((rects) => rects.map((r) => (r as SVGRectElement).getBBox()).map((b) => [b.x, b.x + b.width]));
      expect(bands, `${id}: a hatched band per month not reported`).toHaveLength(values.filter((v) => v.value === null).length);
      const d = (await svg.locator('path.chart-line').evaluateAll((paths) => paths.map((e) => e.getAttribute('d')).join(''))) ?? '';
      const xs = [...d.matchAll(/[ML]([-\d.]+),/g)].map((m) => Number(m[1]));
      const starts = [...d.matchAll(/([ML])/g)].map((m) => m[1]);
      for (let k = 1; k < xs.length; k++) {
        if (starts[k] === 'M') continue;
        const [a, b] = [Math.min(xs[k - 1], xs[k]), Math.max(xs[k - 1], xs[k])];
        for (const [x0, x1] of bands) expect(b <= (x0 + x1) / 2 || a >= (x0 + x1) / 2, `${id}: the line from x=${a} to x=${b} crosses a month not reported`).toBe(true);
      }
    }
  });
}

test('on a phone, the timeline puts each date above its event, in both editions', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 900 });
  for (const p of pages.filter((x) => x.charts.some((c) => dataFile(c).chart === 'timeline'))) {
    await page.goto(p.url);
    const id = p.charts.find((c) => dataFile(c).chart === 'timeline')!;
    const events = await page.locator(`#${id} svg.chart-svg--narrow`).evaluate((svg) =>
      [...svg.querySelectorAll('.chart-mark')].map((mark) => {
        const box = (t: Element) => {
          const b = (t as SVGGraphicsElement).getBBox();
          return { x: b.x, y: b.y, width: b.width, height: b.height };
        };
        const [first, ...rest] = [...mark.querySelectorAll('text')].map((t) => ({ text: t.textContent!, tone: t.getAttribute('class')!, box: box(t) }));
        return { first, rest };
      }),
    );
    // Every new day starts with its date, in bold, above the event's words and left-aligned with them.
    const dated = events.filter((e) => e.first.tone.includes('chart-text--strong'));
    expect(dated.length, p.url).toBeGreaterThan(1);
    for (const { first, rest } of dated) {
      const words = rest[0];
      expect(first.box.y + first.box.height, `${p.url}: "${first.text}" above "${words.text}"`).toBeLessThanOrEqual(words.box.y + 1);
      // Aligned to within a glyph's side bearing (bold and regular letters start a little apart).
      expect(Math.abs(first.box.x - words.box.x), `${p.url}: "${first.text}" aligned with "${words.text}"`).toBeLessThan(first.box.height * 0.1);
    }
  }
});
