/**
 * Geometry of the flow map ("map" kind): a main map of the region with the flows, and a locator
 * of one crossing. Arrow widths do not encode amounts (the flows count different things). Each
 * flow is numbered on the map and described in a key under it, in a column per flow when wide.
 */
import type { GeoProjection } from 'd3-geo';
import type { MapDataset, MapValue, Place } from '@/lib/data/schema';
import { amountIn } from './describe';
import { formatValueFull, withBasis } from './format';
import { chartText } from '@/lib/i18n/charts';
import { sentenceStart, type Lang } from '@/lib/i18n/lang';
import { cachedBasemap, fitMap, NATURAL_EARTH, onLand, project, type Basemap, type Frame, type GeoTopology } from './geo';
import { type Box, type TextItem, type TextTone, boxesOverlap, r1, textBox, wrapText } from './text';
import { sideBySide, type Variant } from './variants';

export interface MapPanel {
  frame: Frame;
  basemap: Basemap;
  /** Draw the borders as rivers (the locator, where the border runs down the Detroit River). */
  borderIsRiver: boolean;
}

export interface MapPlaceMark {
  place: Place;
  /** Dot for a city; null for regions and water, which are only named. */
  dot: { x: number; y: number; r: number } | null;
  lines: TextItem[];
  /**
   * For a place beyond the map's edge: a small arrowhead before its name, pointing off the map (a
   * drawn shape, not a "←" character, which the share card's font does not have).
   */
  pointer: string | null;
}

export interface MapFlowMark {
  kind: MapValue['kind'];
  /** The rows this mark shows: one for a flow; a crossing reported twice has two. */
  values: MapValue[];
  /** Shaft and branches, as SVG path data. */
  paths: string[];
  /** Arrowheads (filled triangles). */
  heads: string[];
  /**
   * A flow that counts something else than the map's first flow (a one-off quantity beside a
   * monthly one: its basis does not start as the first flow's does): drawn dashed.
   */
  dashed: boolean;
  /** Number marker on the map: circle and its digit, matching the key. */
  marker: { x: number; y: number; r: number; digit: TextItem };
  lines: TextItem[];
  hit: Box;
}

export interface MapLayout {
  kind: 'map';
  width: number;
  height: number;
  main: MapPanel;
  /**
   * The inset: its title, its outline on the main map with the name of the place it shows (where
   * the crossing leads), and a leader line from that outline to it.
   */
  locator: MapPanel & { title: TextItem[]; outline: Box; label: TextItem | null; leader: string };
  places: MapPlaceMark[];
  flows: MapFlowMark[];
  credit: TextItem;
}

type Pt = [number, number];

const arrowHead = ([x, y]: Pt, [fx, fy]: Pt, size: number): string => {
  const a = Math.atan2(y - fy, x - fx);
  const p = (da: number) => `${r1(x - size * Math.cos(a + da))},${r1(y - size * Math.sin(a + da))}`;
  return `M${r1(x)},${r1(y)}L${p(0.45)}L${p(-0.45)}Z`;
};

/** A curve from a to b bowed to the left of the direction of travel by `bow` of its length. */
function curve(a: Pt, b: Pt, bow: number): { d: string; control: Pt } {
  const [dx, dy] = [b[0] - a[0], b[1] - a[1]];
  const control: Pt = [(a[0] + b[0]) / 2 + dy * bow, (a[1] + b[1]) / 2 - dx * bow];
  return { d: `M${r1(a[0])},${r1(a[1])}Q${r1(control[0])},${r1(control[1])} ${r1(b[0])},${r1(b[1])}`, control };
}

/** The first point on land along the straight line from `from` (off the map) to `to`; null if none. */
function landfall(from: Pt, to: Pt, projection: GeoProjection, land: (lon: number, lat: number) => boolean, minLength: number): Pt | null {
  const steps = 200;
  const first = Math.ceil((minLength / (Math.hypot(to[0] - from[0], to[1] - from[1]) || 1)) * steps);
  for (let k = Math.max(1, first); k <= steps; k++) {
    const p: Pt = [from[0] + ((to[0] - from[0]) * k) / steps, from[1] + ((to[1] - from[1]) * k) / steps];
    const ll = projection.invert?.(p);
    if (ll && land(ll[0], ll[1])) return [r1(p[0]), r1(p[1])];
  }
  return null;
}

/** Moves `to` back towards `from` by `gap` so an arrow stops short of a label or dot. */
const stopShort = (from: Pt, to: Pt, gap: number): Pt => {
  const len = Math.hypot(to[0] - from[0], to[1] - from[1]) || 1;
  return [to[0] - ((to[0] - from[0]) / len) * gap, to[1] - ((to[1] - from[1]) / len) * gap];
};

const line = (text: string, x: number, y: number, size: number, tone: TextTone, anchor: TextItem['anchor'] = 'start', halo = true): TextItem => ({
  x: r1(x),
  y: r1(y),
  text,
  anchor,
  size,
  tone,
  halo,
});

/** What a flow's label says, line by line, wrapped to `width`. */
function flowText(ds: MapDataset, v: MapValue, width: number, fs: number, lang: Lang): { text: string; tone: TextTone }[] {
  const wrap = (s: string, tone: TextTone) => wrapText(s, width, fs, lang).map((text) => ({ text, tone }));
  // A value's note (what the report leaves open about it) is read with its arrow, not only in the
  // data table, where a reader of the map would not look for it.
  const note = v.note ? wrap(v.note, 'muted') : [];
  if (v.kind === 'crossing') return [...wrap(v.label, 'strong'), ...note];
  const amount = v.value === null ? `${formatValueFull(null, undefined, lang)} ${ds.units}` : amountIn(v.value, v.qualifier, ds.units, lang);
  return [
    ...wrap(withBasis(`${amount.charAt(0).toUpperCase()}${amount.slice(1)}`, v.basis, lang), 'value'),
    ...wrap(v.label, 'text'),
    // The destinations are named on the line above and at the arrow's heads: the key says only that the split is not known.
    ...(v.splitNotReported ? wrap(sentenceStart(chartText(lang).splitUnknown), 'muted') : []),
    ...note,
  ];
}

/** Label lines for a place, beside its point on the side it asks for. */
function placeLines(p: Place, x: number, y: number, fs: number, dot: boolean): TextItem[] {
  const lines = placeLine(p, x, y, fs, dot);
  // Water is named in italics, centred on the point given in the water (cartographic convention).
  return p.kind === 'water' ? lines.map((t) => ({ ...t, italic: true })) : lines;
}

function placeLine(p: Place, x: number, y: number, fs: number, dot: boolean): TextItem[] {
  const tone: TextTone = p.kind === 'water' ? 'muted' : p.kind === 'city' ? 'strong' : 'text';
  const off = dot ? fs * 0.5 : 0;
  if (p.kind === 'water' && !p.labelAt) return [line(p.name, x, y + fs * 0.35, fs, tone, 'middle')];
  switch (p.labelAt ?? (dot ? 'above' : 'below')) {
    case 'above':
      return [line(p.name, x, y - off - fs * 0.3, fs, tone, 'middle')];
    case 'below':
      return [line(p.name, x, y + off + fs * 1.3, fs, tone, 'middle')];
    case 'left':
      return [line(p.name, x - off - fs * 0.3, y + fs * 0.35, fs, tone, 'end')];
    case 'right':
      return [line(p.name, x + off + fs * 0.3, y + fs * 0.35, fs, tone, 'start')];
  }
}

/** Moves a label sideways so it stays inside its panel (with the wide-font width, 0.7 em). */
function keepInside(t: TextItem, frame: Frame): TextItem {
  const b = textBox(t, 0.7);
  const pad = t.size * 0.3;
  const shift = Math.max(0, frame.x + pad - b.x) - Math.max(0, b.x + b.width - (frame.x + frame.width - pad));
  // Off the frame's top and bottom edges too (with room for the halo): a name on the frame reads as cut.
  const lift = Math.max(0, frame.y + pad - b.y) - Math.max(0, b.y + b.height + pad - (frame.y + frame.height - pad));
  return shift || lift ? { ...t, x: r1(t.x + shift), y: r1(t.y + lift) } : t;
}

/** The basis's first clause ("per month"), which says what a figure counts over. */
const basisHead = (v: MapValue) => (v.kind === 'flow' && v.basis ? v.basis.split(/[,;(]/)[0].trim() : null);

const landCache = new WeakMap<GeoTopology, (lon: number, lat: number) => boolean>();
function landTest(topo: GeoTopology) {
  let f = landCache.get(topo);
  if (!f) landCache.set(topo, (f = onLand(topo)));
  return f;
}

/** Groups a map's rows into marks: each flow alone, and each crossing with its other reports. */
function groupValues(values: MapValue[]): MapValue[][] {
  const groups = new Map<string, MapValue[]>();
  values.forEach((v, i) => {
    const key = v.kind === 'crossing' ? `crossing:${v.from}>${v.to.join(',')}` : `flow:${i}`;
    groups.set(key, [...(groups.get(key) ?? []), v]);
  });
  return [...groups.values()];
}

/** Lays out `ds` for one variant; `geo` replaces the Natural Earth base maps (tests pass a fixture). */
export function layoutMap(ds: MapDataset, v: Variant, lang: Lang, geo?: { small: GeoTopology; medium: GeoTopology }): MapLayout {
  const fs = v.font;
  const lh = Math.round(fs * 1.2);
  const wide = sideBySide(v);
  const topo = geo ?? NATURAL_EARTH;
  const W = v.width;
  const head = wide ? 12 : 15;

  // Main map: full width on a phone, the inset under it with its title above it; on a
  // wide screen the inset sits to its right under its title, as tall as the main map (it shows
  // more around its extent rather than leave a hole under it).
  const mainWidth = wide ? Math.round(W * 0.64) : W;
  const main = fitMap(ds.extent, 0, 0, mainWidth);
  const locX = wide ? mainWidth + Math.round(fs * 1.2) : 0;
  const locWidth = W - locX;
  const titleLines = wrapText(ds.locator.title, locWidth, fs, lang);
  const titleH = titleLines.length * lh + Math.round(fs * 0.4);
  // The title always heads the inset: printed under it on a phone it read as the key's heading.
  const titleTop = wide ? 0 : main.frame.height + lh;
  const loc = wide
    ? fitMap(ds.locator.extent, locX, titleH, locWidth, main.frame.height - titleH)
    : fitMap(ds.locator.extent, 0, titleTop + titleH, W, Math.round(W * 0.72));
  const title = titleLines.map((t, i) => line(t, locX, titleTop + fs * 0.95 + i * lh, fs, 'strong', 'start', false));

  const byId = new Map(ds.places.map((p) => [p.id, p]));
  const mainPt = (p: Place): Pt => {
    if (p.edge) {
      const y = project(main.projection, ds.extent[0] + 1, p.lat)[1];
      return [p.edge === 'west' ? main.frame.x : main.frame.x + main.frame.width, Math.min(Math.max(y, fs * 2), main.frame.height - fs)];
    }
    return project(main.projection, p.lon, p.lat);
  };
  const pointOf = (p: Place): Pt => (p.map === 'locator' ? project(loc.projection, p.lon, p.lat) : mainPt(p));

  const places: MapPlaceMark[] = ds.places.map((p) => {
    const [x, y] = pointOf(p);
    const isDot = p.kind === 'city';
    const frame = p.map === 'locator' ? loc.frame : main.frame;
    // A place beyond the edge is named under the arrow's start, after an arrowhead pointing off the map.
    const west = p.edge === 'west';
    const ny = y + fs * 1.3;
    // The pointer and name keep a margin from the frame's edge: pressed against it they read as cut.
    const lines = (
      p.edge ? [line(p.name, west ? x + fs * 1.5 : x - fs * 1.5, ny, fs, 'strong', west ? 'start' : 'end')] : placeLines(p, x, y, fs, isDot)
    ).map((t) => keepInside(t, frame));
    const [tip, back] = west ? [x + fs * 0.6, x + fs * 1.15] : [x - fs * 0.6, x - fs * 1.15];
    const cy = ny - fs * 0.35;
    const pointer = p.edge ? `M${r1(tip)},${r1(cy)}L${r1(back)},${r1(cy - fs * 0.3)}L${r1(back)},${r1(cy + fs * 0.3)}Z` : null;
    return { place: p, dot: isDot ? { x, y, r: wide ? 4 : 5 } : null, lines, pointer };
  });

  // Each mark gets a number on the map and its words in a key under the maps: one column on a
  // phone, one column per mark on a wide screen. Labels on the map itself would cover it.
  const groups = groupValues(ds.values);
  const keyTop = Math.max(main.frame.y + main.frame.height, loc.frame.y + loc.frame.height) + lh;
  const firstFlow = ds.values.find((v) => v.kind === 'flow');
  const usual = firstFlow ? basisHead(firstFlow) : null;
  const land = landTest(topo.small);
  const gutter = Math.round(fs * 1.2);
  const colWidth = wide ? Math.floor((W - gutter * (groups.length - 1)) / groups.length) : W;
  let cursor = keyTop;
  let keyBottom = keyTop;
  const shaftStarts: { id: string; at: Pt; below: boolean }[] = [];
  const flows: MapFlowMark[] = groups.map((group, n) => {
    const first = group[0];
    const from = byId.get(first.from)!;
    const origin = pointOf(from);
    const ends = first.to.map((id) => pointOf(byId.get(id)!));
    const paths: string[] = [];
    const heads: string[] = [];
    let at: Pt;
    if (first.kind === 'crossing') {
      const end = ends[0];
      const c = curve(origin, stopShort(origin, end, fs * 0.3), 0.35);
      paths.push(c.d);
      heads.push(arrowHead(stopShort(origin, end, fs * 0.3), c.control, head * 0.8));
      at = [origin[0] + fs * 1.4, origin[1] - fs * 0.2];
    } else if (ends.length > 1) {
      // One flow to several places whose shares were not reported: one shaft that forks.
      const fork: Pt = [origin[0] + mainWidth * 0.16, origin[1]];
      paths.push(`M${r1(origin[0] + fs * 0.3)},${r1(origin[1])}L${r1(fork[0])},${r1(fork[1])}`);
      for (const end of ends) {
        const stop = stopShort(fork, end, fs * 0.6);
        const c = curve(fork, stop, end[1] < fork[1] ? -0.15 : 0.15);
        paths.push(c.d);
        heads.push(arrowHead(stop, c.control, head));
      }
      if ((from.labelAt ?? 'below') !== 'left') shaftStarts.push({ id: from.id, at: [origin[0] + fs * 0.3, origin[1]], below: (from.labelAt ?? 'below') === 'below' });
      // Beside the shaft, before the fork, clear of the branches: on the other side from the origin's name.
      const nameBelow = (from.labelAt ?? 'below') === 'below';
      at = [(origin[0] + fork[0]) / 2, fork[1] + (nameBelow ? -1.1 : 1.1) * fs];
    } else {
      // From beyond the map's edge, the arrow ends where it reaches land: it must not run on into
      // the country, where another flow starts.
      const stop = from.edge ? landfall(origin, ends[0], main.projection, land, fs * 3) ?? stopShort(origin, ends[0], fs * 0.9) : stopShort(origin, ends[0], fs * 0.9);
      const c = curve(origin, stop, from.edge ? -0.04 : -0.08);
      paths.push(c.d);
      heads.push(arrowHead(stop, c.control, head));
      at = [(origin[0] + stop[0]) / 2, (origin[1] + stop[1]) / 2 - fs * 1.3];
    }
    const digit = String(n + 1);
    const r = fs * 0.75;
    const marker = { x: r1(at[0]), y: r1(at[1]), r, digit: line(digit, at[0], at[1] + fs * 0.35, fs, 'value', 'middle', false) };

    const x0 = wide ? n * (colWidth + gutter) : 0;
    const y0 = wide ? keyTop : cursor;
    const text = flowText(ds, first, colWidth - fs * 1.6, fs, lang);
    const lines = [
      line(digit, x0, y0 + fs * 0.95, fs, 'value', 'start', false),
      ...text.map((t, i) => line(t.text, x0 + fs * 1.6, y0 + fs * 0.95 + i * lh, fs, t.tone, 'start', false)),
    ];
    const bottom = y0 + text.length * lh;
    cursor = bottom + Math.round(fs * 0.8);
    keyBottom = Math.max(keyBottom, bottom);
    const boxes = lines.map((t) => textBox(t));
    const hx0 = Math.min(...boxes.map((b) => b.x));
    const hy0 = Math.min(...boxes.map((b) => b.y));
    const hx1 = Math.max(...boxes.map((b) => b.x + b.width));
    const hy1 = Math.max(...boxes.map((b) => b.y + b.height));
    const head0 = basisHead(first);
    const dashed = usual !== null && head0 !== null && head0 !== usual;
    return { kind: first.kind, values: group, paths, heads, dashed, marker, lines, hit: { x: hx0, y: hy0, width: hx1 - hx0, height: hy1 - hy0 } };
  });

  for (const { id, at, below } of shaftStarts) nameAtShaftStart(places, flows, id, at, below, fs, main.frame);

  const [ox0, oy0] = project(main.projection, ds.locator.extent[0], ds.locator.extent[3]);
  const [ox1, oy1] = project(main.projection, ds.locator.extent[2], ds.locator.extent[1]);
  // The inset's outline on the main map, never smaller than a letter, so it reads as a frame.
  const min = fs * 0.8;
  const [ocx, ocy] = [(ox0 + ox1) / 2, (oy0 + oy1) / 2];
  const [ow, oh] = [Math.max(Math.abs(ox1 - ox0), min), Math.max(Math.abs(oy1 - oy0), min)];
  const outline = { x: r1(ocx - ow / 2), y: r1(ocy - oh / 2), width: r1(ow), height: r1(oh) };
  // Leader from the outline to the inset: rightwards on a wide screen, down on a phone.
  const lf = loc.frame;
  const leader = wide
    ? `M${r1(outline.x + outline.width)},${r1(ocy)}L${r1(lf.x)},${r1(Math.min(Math.max(ocy, lf.y), lf.y + lf.height))}`
    : `M${r1(ocx)},${r1(outline.y + outline.height)}L${r1(ocx)},${r1(titleTop)}`; // to the inset's title, not through it

  // The outline is named beside it, as the inset shows it: the place the crossing leads to (on a
  // wide screen on top of the leader's start, on a phone to its right, the leader going down).
  const crossing = ds.values.find((d) => d.kind === 'crossing');
  const named = (crossing && byId.get(crossing.to[0])) ?? ds.places.find((p) => p.map === 'locator' && p.kind === 'city');
  const label = named
    ? keepInside(line(named.name, outline.x + outline.width + fs * 0.3, wide ? ocy - fs * 0.35 : ocy + fs * 0.35, fs, 'strong', 'start'), main.frame)
    : null;

  const credit = line(chartText(lang).mapCredit, W, keyBottom + lh, fs, 'muted', 'end', false);
  return {
    kind: 'map',
    width: W,
    height: Math.ceil(keyBottom + lh + fs * 0.4),
    main: { frame: main.frame, basemap: cachedBasemap(topo.small, main.projection, `${ds.extent}:${JSON.stringify(main.frame)}`), borderIsRiver: false },
    locator: {
      frame: loc.frame,
      basemap: cachedBasemap(topo.medium, loc.projection, `${ds.locator.extent}:${JSON.stringify(loc.frame)}`, loc.frame),
      borderIsRiver: ds.locator.borderIsRiver ?? false,
      title,
      outline,
      label,
      leader,
    },
    places,
    flows,
    credit,
  };
}

/**
 * The name of a place a forked arrow leaves from ends where the shaft starts, a little above it
 * (or below, as the data asks): centred over the shaft it read as underlined by it. On one line, or on two ("United / States")
 * when one line would run into another flow's number, arrowhead or another name.
 */
function nameAtShaftStart(places: MapPlaceMark[], flows: MapFlowMark[], id: string, [x, y]: Pt, below: boolean, fs: number, frame: Frame) {
  const mark = places.find((m) => m.place.id === id);
  if (!mark || !mark.lines.length) return;
  const lh = Math.round(fs * 1.2);
  const t0 = mark.lines[0];
  const others: Box[] = [
    ...flows.map((f) => ({ x: f.marker.x - f.marker.r, y: f.marker.y - f.marker.r, width: 2 * f.marker.r, height: 2 * f.marker.r })),
    ...flows.flatMap((f) => f.heads.map(pathBox)),
    ...places.filter((m) => m !== mark).flatMap((m) => m.lines.map((t) => textBox(t, 0.7))),
  ];
  const words = mark.place.name.split(' ');
  const options = [[mark.place.name], ...(words.length > 1 ? [[words.slice(0, Math.ceil(words.length / 2)).join(' '), words.slice(Math.ceil(words.length / 2)).join(' ')]] : [])];
  const laid = options.map((lines) =>
    lines.map((text, k) => keepInside({ ...t0, text, anchor: 'end', x: r1(x), y: r1(below ? y + fs * 1.25 + k * lh : y - fs * 0.55 - (lines.length - 1 - k) * lh) }, frame)),
  );
  const clear = (lines: TextItem[]) => lines.every((t) => !others.some((o) => boxesOverlap(textBox(t, 0.7), o)));
  mark.lines = laid.find(clear) ?? laid[laid.length - 1];
}

/** Bounding box of a path made of straight segments (an arrowhead). */
function pathBox(d: string): Box {
  const n = (d.match(/-?\d+(?:\.\d+)?/g) ?? []).map(Number);
  const xs = n.filter((_, i) => i % 2 === 0);
  const ys = n.filter((_, i) => i % 2 === 1);
  return { x: Math.min(...xs), y: Math.min(...ys), width: Math.max(...xs) - Math.min(...xs), height: Math.max(...ys) - Math.min(...ys) };
}
