/** Geometry of the line chart: points, the broken line, gap markers, gridlines and labels. */
import type { LineDataset, LineValue } from '@/lib/data/schema';
import { formatDate, monthShort, yearOf } from '@/lib/i18n/intl';
import { chartText } from '@/lib/i18n/charts';
import type { Lang } from '@/lib/i18n/lang';
import { colon } from '@/lib/i18n/lang';
import { formatValueCompact, isMonth, parseDate } from './format';
import { dateScale, valueScale, valueTicks } from './scales';
import { segmentBoxes } from './annotations';
import { type Box, type TextItem, boxesOverlap, r1, textBox, textWidth, LAYOUT_CHAR_WIDTH, VALUE_CHAR_WIDTH, wrapText } from './text';
import type { Variant } from './variants';

export interface LinePoint {
  index: number;
  value: LineValue & { value: number };
  x: number;
  y: number;
  r: number;
  label: TextItem;
}

export interface LineGap {
  index: number;
  value: LineValue;
  x: number;
  /** Hatched band marking the missing period. */
  band: Box;
  label: TextItem[];
}

export interface LineLayout {
  kind: 'line';
  width: number;
  height: number;
  plot: { top: number; bottom: number; left: number; right: number };
  grid: { y: number; value: number; label: TextItem }[];
  /**
   * SVG path of the line, joining only values reported in consecutive periods: it stops at an
   * unknown value, since a line across it would suggest a figure there. The points on each side
   * stay, and the hatched band says the period between was not reported.
   */
  path: string;
  /** The straight pieces of the line (x1, y1, x2, y2), for labels to avoid. */
  segments: [number, number, number, number][];
  points: LinePoint[];
  gaps: LineGap[];
  xLabels: TextItem[];
}

const PLOT_HEIGHT = { narrow: 300, medium: 300, wide: 280, xwide: 300, full: 320 } as const;

/** Axis label for a date: "Jan" for a month, "Thu 2 Apr" for a day. */
const tickText = (date: string, lang: Lang) => (isMonth(date) ? monthShort(parseDate(date), lang) : formatDate(date, 'short', lang));

export function layoutLine(ds: LineDataset, v: Variant, lang: Lang): LineLayout {
  const fs = v.font;
  const W = v.width;
  const values = ds.values;
  const known = values.filter((d): d is LineValue & { value: number } => d.value !== null);
  const max = Math.max(...known.map((d) => d.value));

  // Vertical: top tick label sits above the top gridline; two rows of x labels below.
  const top = Math.round(fs * 0.8 + 12);
  const bottom = top + PLOT_HEIGHT[v.name];
  // The highest point's bold label sits above it: the scale reaches high enough for that label to
  // stay under the top gridline, never on the plot's top edge.
  const room = Math.round(fs * 0.32) + fs * 1.8;
  const fitted = valueScale(max, [bottom, top]);
  const y = fitted(max) - room < top ? valueScale(max / (1 - room / (bottom - top)), [bottom, top]) : fitted;
  // Units ride on the top tick label ("40M N95 masks per month") when they fit.
  const withUnits = valueTicks(y, 4, ds.units, lang);
  const topLabel = withUnits[withUnits.length - 1]?.label ?? '';
  const ticks = textWidth(topLabel, fs, LAYOUT_CHAR_WIDTH) <= W ? withUnits : valueTicks(y, 4, undefined, lang);
  const grid = ticks.map((t) => ({
    y: r1(y(t.value)),
    value: t.value,
    label: { x: 0, y: r1(y(t.value) - 8), text: t.label, anchor: 'start', size: fs, tone: 'muted' } satisfies TextItem,
  }));

  // Horizontal: leave the tick-label column free, and room for centred labels at both ends.
  const pointLabels = values.map((d) => formatValueCompact(d.value, d.qualifier, lang));
  // Bold value labels are centred on their points: the outermost must not touch the frame.
  const widestPoint = Math.max(...known.map((d) => textWidth(formatValueCompact(d.value, d.qualifier, lang), fs, VALUE_CHAR_WIDTH)));
  const widestTick = Math.max(...ticks.slice(0, -1).map((t) => textWidth(t.label, fs, LAYOUT_CHAR_WIDTH)), 0);
  const widestX = Math.max(...values.map((d) => textWidth(tickText(d.date, lang), fs, LAYOUT_CHAR_WIDTH)));
  const left = Math.max(widestTick + fs * 0.8 + widestPoint / 2, widestX / 2, fs);
  const right = W - Math.max(widestPoint / 2, widestX / 2) - fs * 0.4;
  const xOf = dateScale(values.map((d) => parseDate(d.date)), [left, right]);
  const xs = values.map((d) => r1(xOf(parseDate(d.date))));

  const reported = values.flatMap((d, i) => (d.value === null ? [] : [{ i, x: xs[i], y: r1(y(d.value)) }]));
  // Runs of values reported month after month; a run of one is a point alone, with no line.
  const segments = reported.slice(1).flatMap((p, k): [number, number, number, number][] => (p.i === reported[k].i + 1 ? [[reported[k].x, reported[k].y, p.x, p.y]] : []));
  const path = segments.map(([x1, y1, x2, y2], k) => (k > 0 && segments[k - 1][2] === x1 && segments[k - 1][3] === y1 ? '' : `M${x1},${y1}`) + `L${x2},${y2}`).join('');

  const r = Math.round(fs * 0.32);
  const gridBoxes = grid.map((g) => textBox(g.label, LAYOUT_CHAR_WIDTH));
  const points: LinePoint[] = [];
  values.forEach((d, index) => {
    if (d.value === null) return;
    const px = xs[index];
    const py = r1(y(d.value));
    const above: TextItem = { x: px, y: r1(py - r - fs * 0.4), text: pointLabels[index], anchor: 'middle', size: fs, tone: 'value', halo: true };
    const below: TextItem = { ...above, y: r1(py + r + fs * 0.4 + fs * 0.8) };
    const clash = (t: TextItem) => {
      const b = textBox(t, LAYOUT_CHAR_WIDTH);
      return b.y < 0 || gridBoxes.some((g) => boxesOverlap(g, b));
    };
    points.push({ index, value: d as LineValue & { value: number }, x: px, y: py, r, label: clash(above) && !clash(below) ? below : above });
  });

  // Gap label: inside its hatched band, wrapped to the band's width; placed at the first height
  // (middle, lower, upper part of the plot) where it clashes with nothing, the line included.
  const taken: Box[] = [
    ...gridBoxes,
    ...points.flatMap((p) => [textBox(p.label, LAYOUT_CHAR_WIDTH), { x: p.x - p.r, y: p.y - p.r, width: 2 * p.r, height: 2 * p.r }]),
    ...segments.flatMap((seg) => segmentBoxes(...seg, 4)),
  ];
  const gaps: LineGap[] = [];
  values.forEach((d, index) => {
    if (d.value !== null) return;
    const gx = xs[index];
    const prev = index > 0 ? xs[index - 1] : left;
    const next = index < values.length - 1 ? xs[index + 1] : right;
    const step = Math.min(gx - prev, next - gx) || (right - left) / 2;
    const text = `${tickText(d.date, lang)}${colon(lang)}${chartText(lang).notReported}`;
    // The band is wide enough for the label's longest word, within the room between the neighbours.
    const longest = Math.max(...text.split(' ').map((w) => textWidth(w, fs, LAYOUT_CHAR_WIDTH)));
    const bandW = Math.min(Math.max(step * 0.6, longest + fs * 0.6), Math.max(step * 0.9, fs));
    // Words are never cut: a band too narrow for the longest word lets the label (haloed) out a little.
    const inner = Math.max(Math.min(bandW - fs * 0.4, 2 * Math.min(gx, W - gx)), longest);
    const options = [wrapText(text, inner, fs, lang)];
    const lh = fs * 1.2;
    const place = (lines: string[], centre: number): TextItem[] => {
      const first = centre - ((lines.length - 1) * lh) / 2 + fs * 0.3;
      return lines.map((t, k) => ({ x: gx, y: r1(first + k * lh), text: t, anchor: 'middle', size: fs, tone: 'muted', halo: true }));
    };
    const heights = [0.5, 0.75, 0.25].map((f) => top + (bottom - top) * f);
    let label: TextItem[] | null = null;
    for (const lines of options) {
      for (const h of heights) {
        const candidate = place(lines, h);
        const boxes = candidate.map((t) => textBox(t, LAYOUT_CHAR_WIDTH));
        if (boxes.every((b) => b.x >= 0 && b.x + b.width <= W && !taken.some((t) => boxesOverlap(t, b)))) {
          label = candidate;
          break;
        }
      }
      if (label) break;
    }
    label ??= place(options[0], heights[0]);
    taken.push(...label.map((t) => textBox(t, LAYOUT_CHAR_WIDTH)));
    gaps.push({
      index,
      value: d,
      x: gx,
      band: { x: r1(gx - bandW / 2), y: top, width: r1(bandW), height: bottom - top },
      label,
    });
  });

  const xLabels: TextItem[] = values.map((d, i) => ({
    x: xs[i],
    y: r1(bottom + fs * 1.2),
    text: tickText(d.date, lang),
    anchor: 'middle',
    size: fs,
    tone: 'muted',
  }));
  // Year under the first label and wherever it changes.
  values.forEach((d, i) => {
    const yr = yearOf(parseDate(d.date));
    if (i === 0 || yr !== yearOf(parseDate(values[i - 1].date)))
      xLabels.push({ x: xs[i], y: r1(bottom + fs * 2.4), text: yr, anchor: 'middle', size: fs, tone: 'muted' });
  });

  const height = Math.ceil(bottom + fs * 2.4 + fs * 0.4);
  return { kind: 'line', width: W, height, plot: { top, bottom, left, right }, grid, path, segments, points, gaps, xLabels };
}
