/** Chooses the layout for a dataset's chart kind, and lists its text and mark boxes (for tests). */
import { annotationsOf, type Dataset } from '@/lib/data/schema';
import { annotationTexts, placeAnnotations, segmentBoxes, type AnnotationTarget, type PlacedAnnotation } from './annotations';
import { barTargets, lineTargets, timelineTargets } from './annotation-targets';
import { layoutBars, type BarsLayout } from './layout-bars';
import { layoutLine, type LineLayout } from './layout-line';
import { EVENT_CHAR_WIDTH, layoutTimeline, type TimelineLayout } from './layout-timeline';
import { layoutMap, type MapLayout } from './layout-map';
import { type Box, type TextItem, r1, textBox, textWidth, wrapText, LAYOUT_CHAR_WIDTH } from './text';
import { sideBySide, type Variant } from './variants';
import type { Lang } from '@/lib/i18n/lang';

/** A chart's geometry before annotations. */
type DataLayout = LineLayout | BarsLayout | TimelineLayout | MapLayout;
/** A chart's geometry, with its annotations placed (empty when the data file has none; maps take none). */
export type ChartLayout = DataLayout & { annotations: PlacedAnnotation[] };

/**
 * What a layout depends on: the figure's data, the variant and the edition, nothing else (the
 * base maps are files that do not change during a build). Datasets are plain JSON, read from the
 * data files, so equal text means equal data.
 */
export const layoutKey = (ds: Dataset, v: Variant, lang: Lang): string => JSON.stringify([lang, v, ds]);

// A page lays one figure out seven times (three drawings, their numbered notes, the embed's height),
// and an archive shows one figure on many pages (the story, its translation's, the embed page):
// each layout is computed once per process. Frozen, since every caller shares it; bounded, since a
// build process lives through thousands of pages.
const MEMO_SIZE = 256;
const memo = new Map<string, ChartLayout>();

/** Lays out `ds` for one variant (narrow or wide), annotations last, around what is drawn; `lang` writes its numbers and dates. */
export function layoutChart(ds: Dataset, v: Variant, lang: Lang): ChartLayout {
  const key = layoutKey(ds, v, lang);
  const known = memo.get(key);
  if (known) {
    memo.delete(key); // most recently used last: the oldest is dropped first
    memo.set(key, known);
    return known;
  }
  const layout = deepFreeze(computeLayout(ds, v, lang));
  memo.set(key, layout);
  if (memo.size > MEMO_SIZE) memo.delete(memo.keys().next().value!);
  return layout;
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const inner of Object.values(value)) deepFreeze(inner);
  }
  return value;
}

/** The layout itself, computed afresh each call (layoutChart keeps it). */
export function computeLayout(ds: Dataset, v: Variant, lang: Lang): ChartLayout {
  const base = layoutData(ds, v, lang);
  const list = annotationsOf(ds);
  if (!list.length) return { ...base, annotations: [] };
  let targets: AnnotationTarget[];
  if (base.kind === 'line' && ds.chart === 'line') targets = lineTargets(base, ds, list);
  else if (base.kind === 'bars' && (ds.chart === 'column' || ds.chart === 'comparison')) targets = barTargets(base, ds, list);
  else if (base.kind === 'timeline') targets = timelineTargets(base, list);
  else return { ...base, annotations: [] };
  const wordWidth = base.kind === 'timeline' ? EVENT_CHAR_WIDTH : LAYOUT_CHAR_WIDTH;
  const obstacles = [...dataTexts(base).map((t) => textBox(t, wordWidth)), ...dataMarks(base), ...lineworkBoxes(base)];
  const area = { x: 0, y: 0, width: base.width, height: base.kind === 'line' ? base.plot.bottom : base.height };
  const placed = placeAnnotations({ annotations: list, targets, obstacles, area, font: v.font, readingOrder: base.kind === 'line' ? 'across' : 'down', lang });
  const annotations = base.kind === 'timeline' && v.name !== 'narrow' ? placed.map((p) => fitTimelineBand(p, dataTexts(base), v.font, lang)) : placed;
  return { ...base, annotations };
}

/**
 * On a wide timeline, shaded days end a letter after their longest line when the note became a
 * marker: the band spans the chart's width only when the note is written in it, so it never reaches
 * far past its words into an empty column. (On a phone the events fill the width anyway.)
 */
function fitTimelineBand(p: PlacedAnnotation, texts: readonly TextItem[], fs: number, lang: Lang): PlacedAnnotation {
  if (!p.band) return p;
  if (!p.marker) return besideEvents(p, texts, fs, lang);
  const band = p.band;
  const rights = texts
    .map((t) => textBox(t, LAYOUT_CHAR_WIDTH))
    .filter((b) => b.y < band.y + band.height && b.y + b.height > band.y)
    .map((b) => b.x + b.width);
  if (!rights.length) return p;
  return { ...p, band: { ...band, width: Math.min(band.width, Math.round(Math.max(...rights) + fs)) } };
}

/**
 * A note written on a wide timeline goes just right of the events it is about: two letters after
 * the longest line on its shaded days (measured as the events were wrapped), level with the day's
 * first line. Placed freely it floated at the far side of its column, or slipped into a hole
 * between two event lines where it read as one of them.
 */
function besideEvents(p: PlacedAnnotation, texts: readonly TextItem[], fs: number, lang: Lang): PlacedAnnotation {
  const band = p.band;
  if (!band || !p.lines.length || p.connector) return p;
  const inBand = texts.map((t) => ({ t, b: textBox(t, EVENT_CHAR_WIDTH) })).filter(({ b }) => b.y >= band.y && b.y + b.height <= band.y + band.height);
  if (!inBand.length) return p;
  const left = Math.round(Math.max(...inBand.map(({ b }) => b.x + b.width)) + fs * 2);
  const lines = wrapText(p.annotation.text, band.x + band.width - left, fs, lang);
  const lh = Math.round(fs * 1.2);
  const top = Math.min(...inBand.map(({ t }) => t.y));
  // Too long for the room beside the events: the placement's own choice stands.
  if (top + (lines.length - 1) * lh + fs * 0.3 > band.y + band.height) return p;
  const longest = Math.max(...lines.map((s) => textWidth(s, fs, LAYOUT_CHAR_WIDTH)));
  if (left + longest > band.x + band.width + 0.5) return p;
  return { ...p, lines: lines.map((text, k) => ({ ...p.lines[0], x: left, y: r1(top + k * lh), text, anchor: 'start' })) };
}

function layoutData(ds: Dataset, v: Variant, lang: Lang): DataLayout {
  // Bars and timelines choose their phone arrangement (no note column, each date above its event)
  // by the narrow layout's name: a layout under 40 characters wide (the medium one) is laid out so too.
  const phone: Variant = sideBySide(v) ? v : { ...v, name: 'narrow' };
  switch (ds.chart) {
    case 'line':
      return layoutLine(ds, v, lang);
    case 'column':
    case 'comparison':
      return layoutBars(ds, phone, lang);
    case 'timeline':
      return layoutTimeline(ds, phone, lang);
    case 'map':
      return layoutMap(ds, v, lang);
  }
}

/** Lines and hatching a note must not be written over: the line, gap bands, the baseline, the rail. */
function lineworkBoxes(l: DataLayout): Box[] {
  switch (l.kind) {
    case 'line': {
      const segments = l.segments.flatMap((seg) => segmentBoxes(...seg, 4));
      const baseline = l.grid.find((g) => g.value === 0);
      return [...segments, ...l.gaps.map((g) => g.band), ...(baseline ? [{ x: 0, y: baseline.y - 1, width: l.width, height: 2 }] : [])];
    }
    case 'bars':
      return l.rows.flatMap((r) => (r.split && r.bar ? [{ x: 0, y: r.bar.y + r.bar.height, width: r.bar.width, height: r.split.lines[0].y - r.split.lines[0].size - r.bar.y - r.bar.height }] : []));
    case 'timeline':
      return [{ x: l.rail.x - 1, y: l.rail.y1, width: 2, height: l.rail.y2 - l.rail.y1 }];
    case 'map':
      return [];
  }
}

function dataTexts(l: DataLayout): TextItem[] {
  switch (l.kind) {
    case 'line':
      return [...l.grid.map((g) => g.label), ...l.points.map((p) => p.label), ...l.gaps.flatMap((g) => g.label), ...l.xLabels];
    case 'bars':
      return l.rows.flatMap((r) => [...r.labelLines, ...r.basisLines, r.valueLabel, ...(r.split?.lines ?? [])]);
    case 'timeline':
      return l.events.flatMap((e) => [...e.dateLines, ...e.labelLines, ...e.speakerLines]);
    case 'map':
      return [
        ...l.locator.title,
        ...(l.locator.label ? [l.locator.label] : []),
        ...l.places.flatMap((p) => p.lines),
        ...l.flows.flatMap((f) => [...f.lines, ...(f.marker ? [f.marker.digit] : [])]),
        l.credit,
      ];
  }
}

function dataMarks(l: DataLayout): Box[] {
  switch (l.kind) {
    case 'line':
      return l.points.map((p) => ({ x: p.x - p.r, y: p.y - p.r, width: 2 * p.r, height: 2 * p.r }));
    case 'bars':
      return l.rows.flatMap((r) => (r.bar ? [r.bar] : []));
    case 'timeline':
      return l.events.map((e) => ({ x: e.dot.x - e.dot.r, y: e.dot.y - e.dot.r, width: 2 * e.dot.r, height: 2 * e.dot.r }));
    case 'map':
      // City dots; arrows are thin curves that labels with a halo may cross.
      return l.places.flatMap((p) => (p.dot ? [{ x: p.dot.x - p.dot.r, y: p.dot.y - p.dot.r, width: 2 * p.dot.r, height: 2 * p.dot.r }] : []));
  }
}

/** Every text item drawn in the SVG, annotations included. */
export function layoutTexts(l: ChartLayout): TextItem[] {
  return [...dataTexts(l), ...annotationTexts(l.annotations)];
}

/** Boxes of the data marks (points, bars, dots) and reference lines that labels must not cover. */
export function layoutMarks(l: ChartLayout): Box[] {
  const rules = l.annotations.flatMap((a) => a.rulePieces.map(([x1, y1, x2, y2]) => ({ x: Math.min(x1, x2) - 1, y: Math.min(y1, y2) - 1, width: Math.abs(x2 - x1) + 2, height: Math.abs(y2 - y1) + 2 })));
  return [...dataMarks(l), ...rules];
}
