/**
 * The map's labels read as belonging to what they name: the name of a place an arrow leaves from
 * is not written along the arrow's shaft (it read as underlined by it), and the inset's outline on
 * the main map carries the name of the place the inset shows.
 */
import { describe, expect, it } from 'vitest';
import { getDataset } from '@/lib/data/datasets';
import type { MapDataset } from '@/lib/data/schema';
import { layoutMap } from '@/lib/charts/layout-map';
import { textBox, LAYOUT_CHAR_WIDTH } from '@/lib/charts/text';
import { NARROW, WIDE, XWIDE } from '@/lib/charts/variants';
import { VALID_DIR } from './helpers';

const map = () => getDataset('fixture-map', VALID_DIR, 'en') as MapDataset;

describe.each([NARROW, WIDE, XWIDE])('the fixture map ($name)', (v) => {
  const ds = map();
  const l = layoutMap(ds, v, 'en');

  it('writes the origin of the forked arrow before its shaft, not along it', () => {
    const fork = l.flows.find((f) => f.paths.length > 1)!;
    const [, sx, sy] = /^M([-\d.]+),([-\d.]+)/.exec(fork.paths[0])!.map(Number);
    const origin = l.places.find((p) => p.place.id === ds.values.find((d) => d.to.length > 1)!.from)!;
    for (const t of origin.lines) {
      const b = textBox(t, LAYOUT_CHAR_WIDTH);
      // Over or under the shaft's first fontful of height, the name would end after the shaft starts.
      if (Math.abs(b.y + b.height / 2 - sy) < v.font * 2) expect(b.x + b.width, t.text).toBeLessThanOrEqual(sx + 1);
    }
  });

  it('names the inset’s outline beside it: the place the crossing leads to', () => {
    const to = ds.values.find((d) => d.kind === 'crossing')!.to[0];
    const label = l.locator.label!;
    expect(label.text).toBe(ds.places.find((p) => p.id === to)!.name);
    const b = textBox(label, LAYOUT_CHAR_WIDTH);
    const o = l.locator.outline;
    const gap = Math.max(0, b.x - (o.x + o.width), o.x - (b.x + b.width));
    expect(gap).toBeLessThanOrEqual(v.font);
    expect(b.y < o.y + o.height + v.font && b.y + b.height > o.y - v.font).toBe(true);
  });
});
