/** Chooses the layout for a dataset's chart kind, and lists its text and mark boxes (for tests). */
import type { Dataset } from '@/lib/data/schema';
import { layoutBars, type BarsLayout } from './layout-bars';
import { layoutLine, type LineLayout } from './layout-line';
import { layoutTimeline, type TimelineLayout } from './layout-timeline';
import { layoutMap, type MapLayout } from './layout-map';
import { type Box, type TextItem } from './text';
import type { Variant } from './variants';

export type ChartLayout = LineLayout | BarsLayout | TimelineLayout | MapLayout;

/** Lays out `ds` for one variant (narrow or wide). */
export function layoutChart(ds: Dataset, v: Variant): ChartLayout {
  switch (ds.chart) {
    case 'line':
      return layoutLine(ds, v);
    case 'column':
    case 'comparison':
      return layoutBars(ds, v);
    case 'timeline':
      return layoutTimeline(ds, v);
    case 'map':
      return layoutMap(ds, v);
  }
}

/** Every text item drawn in the SVG. */
export function layoutTexts(l: ChartLayout): TextItem[] {
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
        ...l.places.flatMap((p) => p.lines),
        ...l.flows.flatMap((f) => [...f.lines, ...(f.marker ? [f.marker.digit] : [])]),
        l.credit,
      ];
  }
}

/** Boxes of the data marks (points, bars, dots) that labels must not cover. */
export function layoutMarks(l: ChartLayout): Box[] {
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
