/**
 * Every share card the build wrote (out/og/…) keeps to its layout: the margins and gutters between
 * the parts are blank, the chart stays inside its frame and nothing is drawn across the frame's
 * border. The unit tests draw each part alone; here only the finished picture is known, so what is
 * checked is everywhere nothing may be drawn.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { CARD, COLORS, FRAME, cardRegions, type Box } from '@/lib/share-image/card-layout';
import { drawnBounds, pixel, readPng, show, type Image } from '../png';
import { OUT } from './out';

const cards = fs
  .readdirSync(path.join(OUT, 'og'), { recursive: true, encoding: 'utf8' })
  .filter((f) => f.endsWith('.png'))
  .map((f) => path.join('og', f))
  .sort();

const rgb = (hex: string) => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
const near = (p: number[], hex: string, tolerance = 6) => rgb(hex).every((c, i) => Math.abs(p[i] - c) <= tolerance) && p[3] === 255;
const within = (x: number, y: number, b: Box) => x >= Math.floor(b.x) && x < Math.ceil(b.x + b.width) && y >= Math.floor(b.y) && y < Math.ceil(b.y + b.height);

/** A card has a chart when its frame's left border is there, halfway down. */
function hasFrame(img: Image) {
  const { frame } = cardRegions(true);
  return near(pixel(img, frame!.x, Math.round(frame!.y + frame!.height / 2)), COLORS.frame, 24);
}

/** Pixels that are not the background, where nothing may be drawn: their bounds, and how many. */
function strays(img: Image, allowed: (x: number, y: number) => boolean) {
  let count = 0;
  const hits: Image = { width: img.width, height: img.height, data: Buffer.alloc(img.data.length) };
  for (let y = 0; y < img.height; y++)
    for (let x = 0; x < img.width; x++)
      if (!allowed(x, y) && !near(pixel(img, x, y), COLORS.background, 2)) {
        count++;
        hits.data[(y * img.width + x) * 4 + 3] = 255;
      }
  return { count, bounds: count ? drawnBounds(hits, (p) => p[3] > 0) : undefined };
}

describe('share cards in out/og keep to their layout', () => {
  test('the build wrote cards to check', () => {
    expect(cards.length).toBeGreaterThan(0);
  });

  test.each(cards)('%s', { timeout: 30_000 }, (file) => {
    const img = readPng(fs.readFileSync(path.join(OUT, file)));
    expect([img.width, img.height]).toEqual([CARD.width, CARD.height]);
    const chart = hasFrame(img);
    const regions = cardRegions(chart);
    const problems: string[] = [];

    // The red band runs the full width, untouched.
    const band = strays(img, (x, y) => !within(x, y, regions.band) || near(pixel(img, x, y), COLORS.band));
    if (band.count) problems.push(`${band.count} pixels drawn over the red band at ${show(band.bounds)}`);

    // Outside the band, the text column, the frame and the footer: blank.
    const parts = [regions.band, regions.column, regions.footer, ...(regions.frame ? [regions.frame] : [])];
    const outside = strays(img, (x, y) => parts.some((b) => within(x, y, b)));
    if (outside.count) problems.push(`${outside.count} pixels drawn in the margins or gutters, at ${show(outside.bounds)}`);

    if (regions.frame && regions.chart) {
      const f = regions.frame;
      const corner = 12;
      const inset = FRAME.border + 1;
      // Between the border and the chart's box: blank (the rounded corners aside).
      const padding = strays(img, (x, y) => {
        if (!within(x, y, f) || within(x, y, regions.chart!)) return true;
        const dx = Math.min(x - f.x, f.x + f.width - 1 - x);
        const dy = Math.min(y - f.y, f.y + f.height - 1 - y);
        return Math.min(dx, dy) < inset || (dx < corner && dy < corner);
      });
      if (padding.count) problems.push(`${padding.count} pixels of the chart outside its box, in the frame's padding, at ${show(padding.bounds)}`);
      // The border itself is whole: nothing drawn across it.
      const sides = [
        ...Array.from({ length: f.height - 2 * corner }, (_, i) => [[f.x, f.y + corner + i], [f.x + f.width - 1, f.y + corner + i]]),
        ...Array.from({ length: f.width - 2 * corner }, (_, i) => [[f.x + corner + i, f.y], [f.x + corner + i, f.y + f.height - 1]]),
      ].flat();
      const broken = sides.filter(([x, y]) => !near(pixel(img, x, y), COLORS.frame, 24));
      if (broken.length) problems.push(`the frame's border is drawn over at ${broken.length} pixels, first at ${broken[0].join(',')}`);
    }
    expect(problems).toEqual([]);
  });
});
