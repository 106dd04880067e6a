/**
 * The text cards' rasteriser (lib/share-image/raster.ts) against answers worked out another way:
 * areas known in closed form, and a brute-force count of sample points inside the shape.
 */
import { describe, expect, test } from 'vitest';
import { Raster, type Rgb } from '@/lib/share-image/raster';

const WHITE: Rgb = [255, 255, 255];
const BLACK: Rgb = [0, 0, 0];

/** Red, green and blue of the pixel at (x, y). */
const at = (r: Raster, x: number, y: number) => {
  const i = y * (1 + 3 * r.width) + 1 + 3 * x;
  return [r.scanlines[i], r.scanlines[i + 1], r.scanlines[i + 2]];
};

/** How much of each pixel is inked, black on white: 0 to 1. */
const ink = (r: Raster, x: number, y: number) => 1 - at(r, x, y)[0] / 255;

type Point = [number, number];

function polygon(r: Raster, points: Point[]) {
  r.moveTo(...points[0]);
  for (const p of points.slice(1)) r.lineTo(...p);
  r.close();
}

/** Whether (x, y) is inside the polygons by the nonzero rule: the sum of their windings around it. */
function winding(polygons: Point[][], x: number, y: number) {
  let w = 0;
  for (const points of polygons)
    for (let i = 0; i < points.length; i++) {
      const [x0, y0] = points[i];
      const [x1, y1] = points[(i + 1) % points.length];
      if (y0 <= y !== y1 <= y) {
        const cross = x0 + ((y - y0) / (y1 - y0)) * (x1 - x0);
        if (cross > x) w += y1 > y0 ? 1 : -1;
      }
    }
  return w;
}

/**
 * Whether any edge of the polygons reaches into the pixel square at (x, y) (its border included):
 * a pixel no edge reaches winds one way all over, so its centre tells its every sample.
 */
function crossed(polygons: Point[][], x: number, y: number) {
  for (const points of polygons)
    for (let i = 0; i < points.length; i++) {
      const [x0, y0] = points[i];
      const [x1, y1] = points[(i + 1) % points.length];
      // Liang-Barsky: clip the segment's parameter range to the square, one side at a time.
      let lo = 0;
      let hi = 1;
      const sides: [number, number][] = [[-(x1 - x0), x0 - x], [x1 - x0, x + 1 - x0], [-(y1 - y0), y0 - y], [y1 - y0, y + 1 - y0]];
      for (const [p, q] of sides) {
        if (p === 0) {
          if (q < 0) hi = -1;
        } else if (p < 0) lo = Math.max(lo, q / p);
        else hi = Math.min(hi, q / p);
      }
      if (lo <= hi) return true;
    }
  return false;
}

describe('coverage is each pixel’s inked area', () => {
  test('a rectangle with edges between pixels', () => {
    const r = new Raster(30, 20, WHITE);
    r.fillRect(10.25, 5.5, 10.5, 4, BLACK);
    const overlap = (a: number, b: number, lo: number, hi: number) => Math.max(0, Math.min(b, hi) - Math.max(a, lo));
    for (let y = 0; y < 20; y++)
      for (let x = 0; x < 30; x++) {
        const area = overlap(x, x + 1, 10.25, 20.75) * overlap(y, y + 1, 5.5, 9.5);
        expect(Math.abs(ink(r, x, y) - area), `pixel ${x},${y}`).toBeLessThanOrEqual(0.5 / 255 + 1e-9);
      }
  });

  test('a circle of quadratic curves covers their area (its lines follow the curves)', () => {
    const r = new Raster(100, 100, WHITE);
    const [cx, cy, radius, n] = [50.3, 49.6, 40, 8];
    // Eight quadratic arcs, each control point where the tangents at its ends meet.
    const point = (a: number, k = 1) => [cx + k * radius * Math.cos(a), cy + k * radius * Math.sin(a)] as const;
    r.moveTo(...point(0));
    for (let i = 0; i < n; i++) {
      const a0 = (2 * Math.PI * i) / n;
      const a1 = (2 * Math.PI * (i + 1)) / n;
      r.quadTo(...point((a0 + a1) / 2, 1 / Math.cos(Math.PI / n)), ...point(a1));
    }
    r.fill(BLACK);
    let total = 0;
    for (let y = 0; y < 100; y++) for (let x = 0; x < 100; x++) total += ink(r, x, y);
    // The octagon of the arcs' ends, plus a parabolic segment on each side: 2/3 of the triangle it makes with its control point.
    const t = Math.PI / n;
    const area = n * radius * radius * (Math.sin(t) * Math.cos(t) + ((2 / 3) * Math.sin(t) ** 3) / Math.cos(t));
    // Lines within 0.05 px of the curve lose at most 2/3 × 0.05 px × the perimeter (~250 px): 8.4 px², 0.17% (0.16%
    // measured), and coverage is kept to 1/255 a pixel. The octagon alone is 7% less.
    expect(Math.abs(total / area - 1)).toBeLessThan(0.0025);
    expect(ink(r, 50, 50)).toBe(1);
    expect(ink(r, 5, 5)).toBe(0);
  });

  test('a cubic curve is followed, not cut short by its chord', () => {
    // A bump: the cubic from (x0, y0) up to controls h above each end and down to (x0 + w, y0), closed by its chord.
    const r = new Raster(60, 60, WHITE);
    const [x0, y0, w, h] = [10, 50, 40, 30];
    r.moveTo(x0, y0);
    r.cubicTo(x0, y0 - h, x0 + w, y0 - h, x0 + w, y0);
    r.fill(BLACK);
    let total = 0;
    for (let y = 0; y < 60; y++) for (let x = 0; x < 60; x++) total += ink(r, x, y);
    // The area between that cubic and its chord is 3/5 × w × h (Green's theorem on its Bernstein form): 720 px² here, its
    // chord alone none. Lines within 0.05 px of it lose at most 2/3 × 0.05 × its length (~90 px): 3 px².
    expect(Math.abs(total - 0.6 * w * h)).toBeLessThan(3);
  });
});

describe('the nonzero rule, as SVG fills the outlines', () => {
  /**
   * Summing signed areas (font-rs's way) gives a pixel's exact coverage where everything in it
   * winds once, one way: a glyph's edges. Where regions winding twice or opposite ways meet
   * inside one pixel it is only near (a glyph's overlapping contours: the cedilla on Ç). So
   * pixels wholly in or out must be exact, and those crossed by edges of winding ±1 within 1/128.
   */
  test('random polygons that cross themselves and each other, against 64 × 64 samples a pixel', () => {
    let seed = 22;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    let edges = 0;
    for (let round = 0; round < 6; round++) {
      const polygons: Point[][] = Array.from({ length: 2 }, () => Array.from({ length: 3 + Math.floor(random() * 6) }, () => [2 + random() * 36, 2 + random() * 36] as Point));
      const r = new Raster(40, 40, WHITE);
      for (const points of polygons) polygon(r, points);
      r.fill(BLACK);
      const wrong: string[] = [];
      for (let y = 0; y < 40; y++)
        for (let x = 0; x < 40; x++) {
          let inside = 0;
          const windings = new Set<number>();
          // Sampled only where an edge passes: elsewhere all 4,096 samples wind as the centre does.
          const samples = crossed(polygons, x, y) ? 64 : 1;
          for (let sy = 0; sy < samples; sy++)
            for (let sx = 0; sx < samples; sx++) {
              const w = winding(polygons, x + (sx + 0.5) / samples, y + (sy + 0.5) / samples);
              windings.add(w);
              if (w !== 0) inside++;
            }
          const coverage = inside / (samples * samples);
          const simple = windings.size === 2 && windings.has(0) && (windings.has(1) || windings.has(-1));
          if (simple) edges++;
          const error = Math.abs(ink(r, x, y) - coverage);
          if (windings.size === 1 ? error > 0 : simple && error > 0.035) wrong.push(`${x},${y}: ${ink(r, x, y).toFixed(3)} for ${coverage.toFixed(3)}`);
        }
      expect(wrong, `round ${round}`).toEqual([]);
    }
    expect(edges, 'pixels on plain edges compared').toBeGreaterThan(500);
    // About 600 million winding tests when every pixel was sampled (15 s in npm test); now the pixels edges cross.
  }, 60_000);

  test('where two outlines that wind the same way overlap, the pixel is inked once; wound the other way, a hole', () => {
    const r = new Raster(40, 20, WHITE);
    polygon(r, [[2, 2], [12, 2], [12, 12], [2, 12]]);
    polygon(r, [[6, 6], [16, 6], [16, 16], [6, 16]]);
    r.fill(BLACK);
    polygon(r, [[22, 2], [38, 2], [38, 18], [22, 18]]);
    polygon(r, [[26, 6], [26, 14], [34, 14], [34, 6]]);
    r.fill(BLACK);
    expect([ink(r, 8, 8), ink(r, 4, 4), ink(r, 14, 14), ink(r, 18, 18)]).toEqual([1, 1, 1, 0]);
    expect([ink(r, 24, 4), ink(r, 30, 10)]).toEqual([1, 0]);
  });
});

describe('colours', () => {
  test('blend over what is there in sRGB, without gamma, and every filled pixel keeps the filter byte PNG reads', () => {
    const r = new Raster(4, 2, [0xff, 0xff, 0xff]);
    r.fillRect(0, 0, 4, 2, [0x11, 0x18, 0x27]);
    r.fillRect(1.5, 0, 1, 2, [0xb9, 0x1c, 0x1c]);
    // Half of #b91c1c over #111827, channel by channel: (185 + 17) / 2, (28 + 24) / 2, (28 + 39) / 2, give or take
    // one level (coverage is kept to 1/255). Blending in linear light would give 131 for the red.
    const half = [(185 + 17) / 2, (28 + 24) / 2, (28 + 39) / 2];
    at(r, 1, 0).forEach((c, i) => expect(Math.abs(c - half[i]), `channel ${i}`).toBeLessThanOrEqual(1));
    expect(at(r, 0, 1)).toEqual([0x11, 0x18, 0x27]);
    expect([r.scanlines[0], r.scanlines[1 + 3 * 4]]).toEqual([0, 0]);
  });
});
