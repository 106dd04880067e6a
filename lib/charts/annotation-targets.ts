/**
 * Where each annotation points on a laid-out chart: data coordinates (a date, a label, a value)
 * turned into viewBox boxes, per chart kind. The loader has already checked that every date,
 * label and value exists on the chart (lib/data/annotations.ts).
 */
import type { Annotation, ColumnDataset, ComparisonDataset, LineDataset } from '@/lib/data/schema';
import type { AnnotationTarget } from './annotations';
import type { BarsLayout } from './layout-bars';
import type { LineLayout } from './layout-line';
import type { TimelineLayout } from './layout-timeline';
import { type Box, r1, textBox, LAYOUT_CHAR_WIDTH } from './text';

const dotBox = (x: number, y: number, r: number): Box => ({ x: x - r, y: y - r, width: 2 * r, height: 2 * r });
const span = (y1: number, y2: number, x1: number, x2: number): Box => ({ x: r1(x1), y: r1(y1), width: r1(x2 - x1), height: r1(y2 - y1) });

/** Line chart: a point, a gap, or a height at a date; spans between dates; lines at values. */
export function lineTargets(l: LineLayout, ds: LineDataset, list: readonly Annotation[]): AnnotationTarget[] {
  const xs = ds.values.map((_, i) => l.xLabels[i].x);
  const zero = l.grid[0];
  const top = l.grid[l.grid.length - 1];
  const yOf = (v: number) => r1(zero.y + ((top.y - zero.y) * v) / (top.value || 1));
  const steps = xs.slice(1).map((x, i) => x - xs[i]);
  const half = Math.max(Math.min(...steps, l.plot.right - l.plot.left) * 0.25, l.xLabels[0].size);
  const xAt = (date: string) => xs[ds.values.findIndex((v) => v.date === date)];
  const r = l.points[0]?.r ?? 8;
  return list.map((a) => {
    const i = ds.values.findIndex((v) => v.date === a.at);
    const point = l.points.find((p) => p.index === i);
    const gap = l.gaps.find((g) => g.index === i);
    let anchor: Box;
    // A note about an unknown value stays over its hatched band: beside it, it would read as a
    // note about the next month.
    let zone: Box | null = null;
    let joined = false;
    if (a.value !== undefined) anchor = dotBox(xs[i], yOf(a.value), r);
    else if (point) anchor = dotBox(point.x, point.y, point.r);
    else {
      // An unknown value: beside the "not reported" label, not the whole height of the band.
      const label = gap!.label.map((t) => textBox(t, LAYOUT_CHAR_WIDTH));
      const y1 = Math.min(...label.map((b) => b.y));
      const y2 = Math.max(...label.map((b) => b.y + b.height));
      anchor = { x: gap!.band.x, y: y1, width: gap!.band.width, height: y2 - y1 };
      zone = gap!.band;
      // The note and "not reported" read as one label of the band, on a solid ground: no line between them.
      joined = true;
    }
    const from = a.range?.from;
    const to = a.range?.to;
    const band = from && to ? span(l.plot.top, l.plot.bottom, xAt(from) - half, xAt(to) + half) : null;
    const rv = a.range?.value;
    const rule = rv === undefined ? null : { x1: r1(l.plot.left - 2 * r), y1: yOf(rv), x2: r1(l.plot.right + 2 * r), y2: yOf(rv) };
    // Every other note is joined to its point by a leader when it does not touch it.
    return { anchor, band, rule, zone, leader: !joined, joined };
  });
}

/** Bar charts: the bar (with its value label) of a label, or a length along it; spans of rows; lines at values. */
export function barTargets(l: BarsLayout, ds: ColumnDataset | ComparisonDataset, list: readonly Annotation[]): AnnotationTarget[] {
  // Bars start at 0 and share one linear scale, so any drawn bar gives the scale.
  const scaled = l.rows.find((r) => r.bar && r.value.value);
  const k = scaled ? scaled.bar!.width / scaled.value.value! : 0;
  const rowOf = (label: string) => l.rows[ds.values.findIndex((v) => v.label === label)];
  return list.map((a) => {
    const row = rowOf(a.at);
    const value = textBox(row.valueLabel, LAYOUT_CHAR_WIDTH);
    let anchor: Box;
    if (a.value !== undefined && row.bar) anchor = { x: r1(a.value * k) - 1, y: row.bar.y, width: 2, height: row.bar.height };
    else if (row.bar) anchor = { x: 0, y: row.bar.y, width: value.x + value.width, height: row.bar.height };
    else anchor = value;
    const from = a.range?.from;
    const to = a.range?.to;
    let band: Box | null = null;
    if (from && to) {
      const first = rowOf(from).hit;
      const last = rowOf(to).hit;
      band = span(first.y - 4, last.y + last.height + 4, 0, l.width);
    }
    const rv = a.range?.value;
    const bars = l.rows.flatMap((r) => (r.bar ? [r.bar] : []));
    const rule =
      rv === undefined || !bars.length
        ? null
        : { x1: r1(rv * k), y1: bars[0].y - 4, x2: r1(rv * k), y2: bars[bars.length - 1].y + bars[bars.length - 1].height + 4 };
    return { anchor, band, rule, zone: row.hit };
  });
}

/** Timeline: the dot of the first event on a date; spans over the events between two dates. */
export function timelineTargets(l: TimelineLayout, list: readonly Annotation[]): AnnotationTarget[] {
  return list.map((a) => {
    const day = l.events.filter((e) => e.value.date === a.at);
    const first = day[0];
    const dot = dotBox(first.dot.x, first.dot.y, first.dot.r);
    // Date above the event (narrow layout): the note points at the dot and its date together, so a
    // marker goes after the date rather than on it.
    const date = first.dateLines[0] && first.dateLines[0].x > first.dot.x ? textBox(first.dateLines[0], LAYOUT_CHAR_WIDTH) : null;
    const anchor = date ? { x: dot.x, y: Math.min(dot.y, date.y), width: date.x + date.width - dot.x, height: Math.max(dot.y + dot.height, date.y + date.height) - Math.min(dot.y, date.y) } : dot;
    const last = day[day.length - 1].hit;
    // Stacked, the event's words fill the width: a note may only take the rest of the date's line.
    const zone = date
      ? { x: date.x + date.width, y: date.y - 2, width: l.width - date.x - date.width, height: date.height + 4 }
      : { x: 0, y: first.hit.y, width: l.width, height: last.y + last.height - first.hit.y };
    const from = a.range?.from;
    const to = a.range?.to;
    let band: Box | null = null;
    if (from && to) {
      const inSpan = l.events.filter((e) => e.value.date >= from && e.value.date <= to);
      const y1 = inSpan[0].hit.y - 6;
      const last = inSpan[inSpan.length - 1].hit;
      band = span(Math.max(0, y1), Math.min(l.height, last.y + last.height + 6), 0, l.width);
    }
    return { anchor, band, rule: null, zone };
  });
}
