/**
 * The map's card picture draws each flow on its own: no arrow may lead from one flow's places into
 * another's, or the card says the masks made in China went on to Canada (the reports do not).
 */
import type { ReactElement } from 'react';
import { describe, expect, test } from 'vitest';
import { elementsIn as all, type El } from './elements';
import type { MapDataset } from '@/lib/data/schema';
import { FlowsPicture } from '@/lib/share-image/picture/flows';

const place = (id: string, name: string) => ({ id, name, kind: 'country', lon: 0, lat: 0, map: 'main' });
// The shape of the real map: US → Canada and Latin America, a month; China → US, once.
const dataset = {
  id: 'flows',
  chart: 'map',
  places: [place('us', 'United States'), place('canada', 'Canada'), place('latin-america', 'Latin America'), place('china', 'China')],
  values: [
    { kind: 'flow', label: 'Exports', from: 'us', to: ['canada', 'latin-america'], basis: 'per month', value: 6000000, qualifier: 'about', splitNotReported: ['Canada', 'Latin America'] },
    { kind: 'flow', label: 'Made in China', from: 'china', to: ['us'], basis: 'one quantity', value: 10000000 },
  ],
} as unknown as MapDataset;


describe('the map card’s picture', () => {
  const parts = all(FlowsPicture({ dataset, width: 430, height: 430, lang: 'en' }));
  const boxes = parts
    .filter((p) => typeof p.props['data-place'] === 'string')
    .map((p) => ({ place: p.props['data-place'] as string, ...(p.props.style as { left: number; top: number; width: number; height: number }) }));
  const lines = parts.filter((p) => p.type === 'line' && p.props.stroke !== undefined && p.props.x1 !== undefined);
  const arrows = lines.filter((p) => 'data-flow' in p.props);
  const stems = lines.filter((p) => 'data-stem' in p.props);
  // The box a point touches (within the arrowhead's reach).
  const touches = (x: number, y: number) => boxes.findIndex((b) => x >= b.left - 2 && x <= b.left + b.width + 2 && y >= b.top - 24 && y <= b.top + b.height + 24);
  // The box a point touches, or the one whose stem ends there.
  const at = (x: number, y: number) => {
    const stem = stems.find((s) => Math.hypot((s.props.x2 as number) - x, (s.props.y2 as number) - y) < 1);
    return stem ? touches(stem.props.x1 as number, stem.props.y1 as number) : touches(x, y);
  };
  // Text blocks (PictureText elements, not yet drawn): their role, lines and top left.
  const textsOf = (nodes: El[]) => nodes.filter((p) => typeof p.props.role === 'string' && Array.isArray(p.props.lines)) as ReactElement<{ role: string; lines: string[]; x: number; y: number; width: number }>[];
  const texts = textsOf(parts);
  const words = texts.flatMap((t) => t.props.lines);

  test('every arrow joins two place boxes', () => {
    expect(arrows.length).toBe(3);
    for (const a of arrows) {
      expect(at(a.props.x1 as number, a.props.y1 as number)).toBeGreaterThanOrEqual(0);
      expect(at(a.props.x2 as number, a.props.y2 as number)).toBeGreaterThanOrEqual(0);
    }
  });

  test('a figure never lies across its arrows: each arrow starts below the figure and its notes', () => {
    const sizes: Record<string, number> = { value: 28, aside: 20 };
    const blocks = texts.filter((t) => t.props.role in sizes).map((t) => ({ top: t.props.y, bottom: t.props.y + t.props.lines.length * sizes[t.props.role] * 1.25 }));
    expect(blocks.length).toBeGreaterThan(0);
    for (const a of arrows) {
      const [top, bottom] = [a.props.y1 as number, a.props.y2 as number].sort((p, q) => p - q);
      for (const b of blocks) expect(bottom <= b.top || top >= b.bottom, `an arrow from y ${top} to ${bottom} crosses a figure from ${b.top} to ${b.bottom}`).toBe(true);
    }
  });

  test('a fork whose split was not reported says so; a flow to one place does not', () => {
    // In brackets, so it does not run on from the basis above it in the same grey.
    expect(words).toContain('(split not reported)');
    expect(words.filter((w) => /split/.test(w))).toHaveLength(1);
    const single = textsOf(all(FlowsPicture({ dataset: { ...dataset, values: [dataset.values[1]] } as MapDataset, width: 430, height: 430, lang: 'fr' })));
    const said = single.flatMap((t) => t.props.lines);
    expect(said.some((l) => /^10\sM$/u.test(l))).toBe(true);
    expect(said.some((l) => /répartition/.test(l))).toBe(false);
  });

  test('a flow’s note is said under its figure; on a crowded card the arrows shorten for it, then it gives way, and all stays inside', () => {
    const noted = { ...dataset, values: [{ ...dataset.values[0], note: 'Where made: not reported' }, dataset.values[1]] } as MapDataset;
    const drawn = (height: number) => {
      const els = all(FlowsPicture({ dataset: noted, width: 430, height, lang: 'en' }));
      const placed = els.filter((p) => typeof p.props['data-place'] === 'string').map((p) => p.props.style as { top: number; height: number });
      const ink = els.filter((p) => p.type === 'line' && p.props.y1 !== undefined).map((p) => Math.max(p.props.y1 as number, p.props.y2 as number));
      return { said: textsOf(els).flatMap((t) => t.props.lines), bottom: Math.max(...placed.map((b) => b.top + b.height), ...ink) };
    };
    const roomy = drawn(480);
    expect(roomy.said).toContain('Where made: not reported');
    expect(roomy.said.indexOf('Where made: not reported')).toBe(roomy.said.indexOf('(split not reported)') + 1);
    // From roomy to the least this picture needs without the note (about 403 px here).
    const heights = [480, 450, 440, 430, 420, 410];
    for (const h of heights) expect(drawn(h).bottom, `at ${h} px`).toBeLessThanOrEqual(h + 0.01);
    // Shortened arrows keep it on a card somewhat smaller (450 to 430 here); a smaller one drops it.
    expect(heights.filter((h) => drawn(h).said.includes('Where made: not reported'))).toEqual([480, 450, 440, 430]);
    expect(drawn(410).said).not.toContain('Where made: not reported');
  });

  test('everything is drawn inside the picture', () => {
    for (const b of boxes) expect(b.top + b.height, b.place).toBeLessThanOrEqual(430);
    for (const l of lines) expect(Math.max(l.props.y1 as number, l.props.y2 as number)).toBeLessThanOrEqual(430);
  });

  test('no chain of arrows leads from China to Canada or Latin America', () => {
    // Boxes joined by arrows, followed in the arrows' direction from China's box.
    const next = (i: number) => arrows.filter((a) => at(a.props.x1 as number, a.props.y1 as number) === i).map((a) => at(a.props.x2 as number, a.props.y2 as number));
    const china = boxes.findIndex((b) => b.place === 'china');
    const reached = new Set([china]);
    for (let grew = true; grew; ) {
      grew = false;
      for (const i of [...reached])
        for (const j of next(i))
          if (!reached.has(j)) {
            reached.add(j);
            grew = true;
          }
    }
    const places = [...reached].map((i) => boxes[i].place);
    expect(places).toContain('us');
    expect(places).not.toContain('canada');
    expect(places).not.toContain('latin-america');
  });
});
