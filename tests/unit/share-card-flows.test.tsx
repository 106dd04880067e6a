/**
 * The map's card picture draws each flow on its own: no arrow may lead from one flow's places into
 * another's, or the card says the masks made in China went on to Canada (the reports do not).
 */
import { isValidElement, type ReactElement } from 'react';
import { describe, expect, test } from 'vitest';
import type { MapDataset } from '@/lib/data/schema';
import { FlowsPicture } from '@/lib/share-image/picture/flows';

const place = (id: string, name: string) => ({ id, name, kind: 'country', lon: 0, lat: 0, map: 'main' });
// The shape of the real map: US → Canada and Latin America, a month; China → US, once.
const dataset = {
  id: 'flows',
  chart: 'map',
  places: [place('us', 'United States'), place('canada', 'Canada'), place('latin-america', 'Latin America'), place('china', 'China')],
  values: [
    { kind: 'flow', label: 'Exports', from: 'us', to: ['canada', 'latin-america'], basis: 'per month', value: 6000000, qualifier: 'about' },
    { kind: 'flow', label: 'Made in China', from: 'china', to: ['us'], basis: 'one quantity', value: 10000000 },
  ],
} as unknown as MapDataset;

type El = ReactElement<Record<string, unknown>>;
const all = (node: unknown, out: El[] = []): El[] => {
  if (Array.isArray(node)) node.forEach((n) => all(n, out));
  else if (isValidElement(node)) {
    out.push(node as El);
    all((node.props as { children?: unknown }).children, out);
  }
  return out;
};

describe('the map card’s picture', () => {
  const parts = all(FlowsPicture({ dataset, width: 430, height: 430, lang: 'en' }));
  const boxes = parts
    .filter((p) => typeof p.props['data-place'] === 'string')
    .map((p) => ({ place: p.props['data-place'] as string, ...(p.props.style as { left: number; top: number; width: number; height: number }) }));
  const arrows = parts.filter((p) => p.type === 'line' && p.props.stroke !== undefined && p.props.x1 !== undefined && 'data-flow' in p.props);
  // The box an arrow's end touches (within the arrowhead's reach).
  const at = (x: number, y: number) => boxes.findIndex((b) => x >= b.left - 2 && x <= b.left + b.width + 2 && y >= b.top - 24 && y <= b.top + b.height + 24);

  test('every arrow joins two place boxes', () => {
    expect(arrows.length).toBe(3);
    for (const a of arrows) {
      expect(at(a.props.x1 as number, a.props.y1 as number)).toBeGreaterThanOrEqual(0);
      expect(at(a.props.x2 as number, a.props.y2 as number)).toBeGreaterThanOrEqual(0);
    }
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
