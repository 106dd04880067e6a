/**
 * The map kind: projection and base-map paths from a tiny fixture topology (so the snapshot is
 * small and does not change when the real geodata does), the data file checks, and the text a
 * reader without sight gets: the description, the mark names, the data table and the CSV.
 */
import fs from 'node:fs';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { getDataset } from '@/lib/data/datasets';
import { datasetToCsv } from '@/lib/charts/csv';
import type { MapDataset } from '@/lib/data/schema';
import { drawBasemap, fitMap, project, type GeoTopology } from '@/lib/charts/geo';
import { layoutMap } from '@/lib/charts/layout-map';
import { describe as describeChart, mapMarkLabel } from '@/lib/charts/describe';
import { NARROW, WIDE } from '@/lib/charts/variants';
import { chartText } from '@/lib/i18n/charts';
import { englishInSentence } from '@/lib/i18n/place-names';
import { mapMarks } from '@/lib/charts/svg/map';
import { el } from '@/lib/charts/svg/node';
import { svgToReact } from '@/lib/charts/svg/react';
import { textBox, LAYOUT_CHAR_WIDTH } from '@/lib/charts/text';
import { DataTable } from '@/components/charts/DataTable';
import { INVALID_DIR, VALID_DIR, errorFor } from './helpers';

const tiny = JSON.parse(fs.readFileSync('tests/fixtures/geo/tiny-topology.json', 'utf8')) as GeoTopology;
const geo = { small: tiny, medium: tiny };
const map = () => getDataset('fixture-map', VALID_DIR, 'en') as MapDataset;
const pretty = (html: string) => html.replace(/></g, '>\n<');

describe('projection', () => {
  const { projection, frame } = fitMap([-100, 30, -80, 50], 10, 20, 200);

  it('fills the given width and puts the middle meridian in the middle, north up', () => {
    expect(frame.x).toBe(10);
    expect(frame.y).toBe(20);
    expect(frame.width).toBe(200);
    const [cx, cy] = project(projection, -90, 40);
    expect(cx).toBeCloseTo(110, 0);
    const [, north] = project(projection, -90, 49);
    expect(north).toBeLessThan(cy);
  });

  it('is conic: parallels are arcs around the pole, so the ends of a parallel sit higher than its middle', () => {
    const [, corner] = project(projection, -100, 50);
    const [, middle] = project(projection, -90, 50);
    expect(corner).toBeLessThan(middle);
    expect(frame.height).toBeGreaterThan(150);
    expect(frame.height).toBeLessThan(260);
  });

  it('keeps every corner of the extent inside the frame', () => {
    for (const [lon, lat] of [[-100, 30], [-80, 30], [-100, 50], [-80, 50]]) {
      const [x, y] = project(projection, lon, lat);
      expect(x).toBeGreaterThanOrEqual(frame.x - 0.5);
      expect(x).toBeLessThanOrEqual(frame.x + frame.width + 0.5);
      expect(y).toBeGreaterThanOrEqual(frame.y - 0.5);
      expect(y).toBeLessThanOrEqual(frame.y + frame.height + 0.5);
    }
  });
});

describe('base map paths', () => {
  it('draws land, lakes, rivers and the shared border in whole units', () => {
    const { projection } = fitMap([-100, 30, -80, 50], 0, 0, 200);
    const b = drawBasemap(tiny, projection);
    expect(b).toMatchSnapshot();
    for (const d of Object.values(b)) expect(d).not.toMatch(/\d\.\d/);
    expect(b.lakes).toMatch(/^M[\d,]+L/);
    expect(b.borders.split('M')).toHaveLength(2); // one border: the arc the two countries share
  });

  it('cuts the layers to the frame: a lake outside it draws nothing', () => {
    const { projection } = fitMap([-99, 31, -94, 36], 0, 0, 100);
    const b = drawBasemap(tiny, projection);
    expect(b.lakes).toBe('');
    expect(b.land).not.toBe('');
    const xs = [...b.land.matchAll(/(-?\d+),(-?\d+)/g)].map((m) => Number(m[1]));
    expect(Math.min(...xs)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...xs)).toBeLessThanOrEqual(100);
  });

  it('writes tenths when asked for one digit', () => {
    const { projection } = fitMap([-100, 30, -80, 50], 0, 0, 200);
    expect(drawBasemap(tiny, projection, 1).lakes).toMatch(/\d\.\d/);
  });
});

describe('map SVG', () => {
  it.each([NARROW, WIDE])('renders the fixture map ($name) from the tiny topology', (v) => {
    const layout = layoutMap(map(), v, 'en', geo);
    const svg = renderToStaticMarkup(svgToReact(el('svg', { viewBox: `0 0 ${layout.width} ${layout.height}` }, mapMarks(map(), layout, 'en'))));
    expect(pretty(svg)).toMatchSnapshot();
  });

  it('makes one focusable mark per flow, and one for the crossing both reports describe', () => {
    const layout = layoutMap(map(), NARROW, 'en', geo);
    const html = mapMarks(map(), layout, 'en').map((node) => renderToStaticMarkup(svgToReact(node))).join('');
    const names = [...html.matchAll(/<g tabindex="0" role="img" aria-label="([^"]+)"/g)].map((m) => m[1]);
    expect(names).toEqual([
      'Exported to Northland and Southland (per month, usually): about 5 million widgets; split between Northland and Southland not reported. Source: Fixture Co, in Fixture news report (June 15, 2021).',
      'Made in Farland, to be shipped to Homeland (one quantity, not per month): 8 million widgets. Source: Fixture Co, in Fixture news report (June 15, 2021).',
      'Workers cross from Lakeside to Shoreham every day. Sources: Fixture minister, in Fixture news report (June 15, 2021); Fixture minister, in Second fixture report (June 16, 2021).',
    ]);
  });

  it('forks the split flow: one shaft, two branches, two heads, and one number', () => {
    const [split, far] = layoutMap(map(), WIDE, 'en', geo).flows;
    expect(split.paths).toHaveLength(3);
    expect(split.heads).toHaveLength(2);
    expect(split.marker.digit.text).toBe('1');
    expect(far.paths).toHaveLength(1);
    // Farland lies beyond the map: its arrow starts at the western edge.
    expect(far.paths[0]).toMatch(/^M0,/);
  });

  it('credits the geodata on the map', () => {
    expect(layoutMap(map(), NARROW, 'en', geo).credit.text).toBe('Map: Natural Earth');
  });
});

describe('map drawing, as a graphics desk reads it (Natural Earth)', () => {
  const real = (v: typeof NARROW) => layoutMap(map(), v, 'en');
  const vertices = (d: string) => [...d.matchAll(/-?[\d.]+,-?[\d.]+/g)].map((m) => m[0].split(',').map(Number));

  it.each([NARROW, WIDE])('ends the arrow from beyond the edge on the coast it reaches, short of the flow that starts inland (%s)', (v) => {
    const l = real(v);
    const inbound = l.flows.find((f) => f.values[0].from === 'far')!;
    const outbound = l.flows.find((f) => f.values[0].from === 'home')!;
    const end = vertices(inbound.paths[0]).at(-1)!;
    const start = vertices(outbound.paths[0])[0];
    // It stops at least three letters before the other flow's start, on land (the coast), not in the sea.
    expect(start[0] - end[0]).toBeGreaterThan(v.font * 3);
    const inverse = fitMap(map().extent, 0, 0, v.name === 'wide' ? Math.round(v.width * 0.64) : v.width).projection.invert!(end as [number, number])!;
    expect(inverse[0]).toBeLessThan(-94);
  });

  it('names a place beyond the edge at the arrow\'s start, after a drawn arrowhead pointing off the map', () => {
    for (const v of [NARROW, WIDE]) {
      const far = real(v).places.find((p) => p.place.edge)!;
      expect(far.lines.map((t) => t.text)).toEqual(['Farland']);
      const [tip, ...back] = vertices(far.pointer!);
      expect(back.every(([x]) => x > tip[0])).toBe(true);
      expect(far.lines[0].x).toBeGreaterThan(Math.max(...back.map(([x]) => x)));
    }
  });

  it('draws the one-off quantity dashed and the monthly flow solid', () => {
    const l = real(WIDE);
    expect(l.flows.map((f) => [f.values[0].from, f.dashed])).toEqual([
      ['home', false],
      ['far', true],
      ['lakeside', false],
    ]);
  });

  it.each([NARROW, WIDE])('names water in italics, inside the inset, and leads a line from the outline to the inset (%s)', (v) => {
    const l = real(v);
    const lake = l.places.find((p) => p.place.kind === 'water')!;
    expect(lake.lines.every((t) => t.italic)).toBe(true);
    const f = l.locator.frame;
    for (const t of lake.lines) {
      const b = textBox(t, LAYOUT_CHAR_WIDTH);
      expect(b.x >= f.x && b.y >= f.y && b.x + b.width <= f.x + f.width && b.y + b.height <= f.y + f.height).toBe(true);
    }
    const [a, b] = vertices(l.locator.leader);
    const o = l.locator.outline;
    expect(o.width).toBeGreaterThanOrEqual(v.font * 0.8);
    expect(a[0] >= o.x - 0.1 && a[0] <= o.x + o.width + 0.1 && a[1] >= o.y - 0.1 && a[1] <= o.y + o.height + 0.1).toBe(true);
    // It ends on the inset's frame, or (on a phone) at the inset's title just above the frame.
    const titleTop = Math.min(...l.locator.title.map((t) => textBox(t, LAYOUT_CHAR_WIDTH).y));
    const onFrame = Math.abs(b[0] - f.x) < 0.1 || Math.abs(b[1] - f.y) < 0.1 || (b[1] <= titleTop + 0.1 && b[1] >= titleTop - v.font);
    expect(onFrame).toBe(true);
  });

  it('joins a rate to its amount as a reader says it, and keeps any other basis after a comma', () => {
    const key = real(WIDE).flows.map((f) => f.lines.map((t) => t.text).join(' '));
    expect(key[0]).toContain('About 5 million widgets a month, usually');
    expect(key[1]).toContain('8 million widgets, one quantity, not per month');
    expect(key.join(' ')).not.toMatch(/widgets, per month/);
  });

  it.each([NARROW, WIDE])('prints a value’s note in the key under its arrow’s words, muted, and in the arrow’s name (%s)', (v) => {
    const ds = map();
    const noted = { ...ds, values: ds.values.map((x, i) => (i === 0 ? { ...x, note: 'Where made: not reported' } : i === 2 ? { ...x, note: 'On foot' } : x)) } as MapDataset;
    const l = layoutMap(noted, v, 'en');
    // The key's words in order, by tone (a line may wrap).
    const muted = (f: (typeof l.flows)[number]) => f.lines.filter((t) => t.tone === 'muted').map((t) => t.text).join(' ');
    const [flow, other, crossing] = l.flows;
    // The key names the destinations just above; it says only that the split is unknown.
    expect(muted(flow)).toBe('Split not reported Where made: not reported');
    expect(muted(crossing)).toBe('On foot');
    for (const f of [flow, crossing]) expect(f.lines.at(-1)?.tone).toBe('muted');
    expect(muted(other)).toBe('');
    expect(mapMarkLabel(noted, [noted.values[0]], 'en').label).toContain('split between Northland and Southland not reported; Where made: not reported. Source');
  });

  it.each([NARROW, WIDE])('prints the inset title above the inset, over its width, not under it (%s)', (v) => {
    const l = real(v);
    const f = l.locator.frame;
    for (const t of l.locator.title) {
      const b = textBox(t, LAYOUT_CHAR_WIDTH);
      expect(b.y + b.height).toBeLessThanOrEqual(f.y + 0.5);
      expect(b.y).toBeGreaterThanOrEqual(f.y - v.font * 1.3 * l.locator.title.length - v.font);
      expect(b.x).toBeGreaterThanOrEqual(f.x - 0.5);
    }
  });

  it('fills the height beside the main map with the inset on a wide screen', () => {
    const l = real(WIDE);
    expect(l.locator.frame.y + l.locator.frame.height).toBeCloseTo(l.main.frame.y + l.main.frame.height, -1);
  });
});

describe('what a reader without sight gets', () => {
  it('describes the map in words', () => {
    expect(describeChart(map(), 'en')).toBe(
      'Map of seven places, with an inset map, “Where workers cross: Lakeside and Shoreham.” ' +
        'An arrow points from Homeland to Northland and Southland. Exported to Northland and Southland (per month, usually): about 5 million widgets; split between Northland and Southland not reported. ' +
        'An arrow points from Farland to Homeland. Made in Farland, to be shipped to Homeland (one quantity, not per month): 8 million widgets. ' +
        'A crossing leads from Lakeside to Shoreham. Workers cross from Lakeside to Shoreham every day. Arrow widths do not show amounts.',
    );
  });

  it('gives a place the article English gives it: "from the United States", "to the Netherlands", but "from Canada"', () => {
    expect(['United States', 'Netherlands', 'Canada', 'Latin America', 'Dominican Republic', 'Windsor, Ontario'].map(englishInSentence)).toEqual(['the United States', 'the Netherlands', 'Canada', 'Latin America', 'the Dominican Republic', 'Windsor, Ontario']);
    const city = (name: string) => ({ name, kind: 'city' as const });
    expect(chartText('en').route(city('Windsor, Ontario'), [city('Detroit')])).toBe('from Windsor, Ontario, to Detroit');
    expect(chartText('en').route(city('Lakeside'), [city('Shoreham')])).toBe('from Lakeside to Shoreham');
    expect(chartText('en').route({ name: 'United States', kind: 'country' }, [{ name: 'Canada', kind: 'country' }, { name: 'Latin America', kind: 'region' }])).toBe('from the United States to Canada and Latin America');
    // In the description, each end of an arrow.
    const renamed = map();
    const united = { ...renamed, places: renamed.places.map((p) => (p.name === 'Homeland' ? { ...p, name: 'United Homeland' } : p)) };
    expect(describeChart(united, 'en')).toContain('An arrow points from the United Homeland to Northland and Southland. ');
    expect(describeChart(united, 'en')).toContain('An arrow points from Farland to the United Homeland. ');
  });

  it('lists every flow, crossing and place in the data table', () => {
    const html = renderToStaticMarkup(<DataTable lang="en" dataset={map()} />);
    const rows = [...html.matchAll(/<tr[^>]*>(.*?)<\/tr>/g)].map((m) => m[1].replace(/<[^>]+>/g, '|').replace(/\|+/g, '|'));
    expect(rows[1]).toContain('|Exported to Northland and Southland (per month, usually)|Homeland → Northland and Southland|about 5 million|Split not reported|');
    expect(rows[3]).toContain('|Workers cross from Lakeside to Shoreham every day|Lakeside → Shoreham|No figure|');
    expect(rows[5]).toBe('|Places shown|Homeland; Northland; Southland; Farland; Lakeside; Shoreham; Big Lake|');
    expect(html).toContain('id="fixture-map-exported-to-northland-and-southland"');
  });

  it('writes the flows and crossings to CSV with place names', () => {
    const lines = datasetToCsv(map(), 'en').split('\r\n');
    expect(lines[0]).toBe('kind,label,from,to,from_place,to_place,basis,value,qualifier,value_text,units,split_not_reported,note,speaker,quote,source,source_date');
    expect(lines[1]).toBe(
      'flow,Exported to Northland and Southland,home,north; south,Homeland,Northland; Southland,"per month, usually",5000000,about,about 5 million,widgets,Northland; Southland,,Fixture Co,some five million a month to Northland and Southland,Fixture news report,2021-06-15',
    );
    expect(lines[3]).toBe('crossing,Workers cross from Lakeside to Shoreham every day,lakeside,shoreham,Lakeside,Shoreham,,,,,,,,Fixture minister,workers cross from Lakeside every day,Fixture news report,2021-06-15');
  });
});

describe('map data file errors', () => {
  const F = INVALID_DIR;

  it('names a flow that goes to a place the file does not have', () => {
    expect(errorFor('map-unknown-place')).toBe(
      `${F}/map-unknown-place.json:109:9: values[0].to[1]: expected one of the place ids ("home", "north", "south", "far", "lakeside", "shoreham", "big-lake"), found "westland"`,
    );
  });
  it('names an unknown kind of row', () => {
    expect(errorFor('map-bad-kind')).toBe(
      `${F}/map-bad-kind.json:136:7: values[2].kind: expected a flow or a crossing: an object with "kind": "flow" or "kind": "crossing", found "flight"`,
    );
  });
  it('names a place outside the map it is drawn on', () => {
    expect(errorFor('map-place-outside')).toBe(
      `${F}/map-place-outside.json:75:5: places[4]: expected a place inside the locator's extent [-94, 41, -84, 47], or "edge" for one beyond it, found lon -70, lat 43`,
    );
  });
  it('names an unreported split that does not list the destinations', () => {
    expect(errorFor('map-bad-split')).toBe(
      `${F}/map-bad-split.json:114:7: values[0].splitNotReported: expected the names of its destinations ("Northland", "Southland"), found ["Northland","Eastland"]`,
    );
  });
  it('refuses a number on a crossing', () => {
    expect(errorFor('map-crossing-value')).toBe(
      `${F}/map-crossing-value.json:145:7: values[2]: expected only the fields kind, label, from, to, note, sourceRef, speaker, quote, found unknown field "value"`,
    );
  });
});
