/**
 * Placement of annotations: each note goes where it clashes with no label, mark or other note,
 * as near as possible to what it points at. A note that finds no such place (often on the narrow
 * layout) becomes a small circled number at its position, and its text is listed under the chart
 * instead: a note is never dropped.
 */
import type { Annotation } from '@/lib/data/schema';
import type { Lang } from '@/lib/i18n/lang';
import { type Box, type TextItem, boxesOverlap, r1, textBox, textWidth, LAYOUT_CHAR_WIDTH, wrapText } from './text';

/** What one annotation points at, in viewBox units (worked out per chart kind). */
export interface AnnotationTarget {
  /** The mark, label or position the note is placed next to. */
  anchor: Box;
  /** Shaded span (drawn behind the marks). */
  band: Box | null;
  /** Reference line at a value. */
  rule: { x1: number; y1: number; x2: number; y2: number } | null;
  /** Where the note must stay to read as part of its row (a bar's row, a day on a timeline); null: anywhere. */
  zone?: Box | null;
  /** Always join the note (or its marker) to what it points at when they do not touch, whatever the data file says. */
  leader?: boolean;
  /**
   * The note is part of the anchor's own label (a gap's "not reported"): it sits against it, never
   * joined by a line, and the two share a solid ground (`ground` of the placed note) over the hatching.
   */
  joined?: boolean;
}

/** A note drawn as a circled number, its text listed under the chart. */
export interface AnnotationMarker {
  x: number;
  y: number;
  r: number;
  /** 1-based, in the order of the chart's markers. */
  number: number;
  label: TextItem;
}

export interface PlacedAnnotation extends AnnotationTarget {
  /** Position in the data file's `annotations` list. */
  index: number;
  /** The reference line's pieces, broken where a label or a mark sits on it (each a straight segment). */
  rulePieces: Segment[];
  annotation: Annotation;
  /** The note's lines when it fits on the chart; empty when it became a marker. */
  lines: TextItem[];
  /** Line from the note (or marker) to what it points at, as an SVG path. */
  connector: string | null;
  marker: AnnotationMarker | null;
  /** For a joined note: the solid ground under the note (or marker) and its anchor's label, drawn behind both. */
  ground: Box | null;
}

/** Where notes may go and what they must not cover. */
export interface PlacementInput {
  annotations: readonly Annotation[];
  targets: readonly AnnotationTarget[];
  /** Labels, marks and lines already drawn. */
  obstacles: readonly Box[];
  /** The area notes and markers must stay inside. */
  area: Box;
  font: number;
  /**
   * How a reader reads the chart's targets, for numbering markers: across (a line chart's months,
   * left to right) or down (rows of bars, a timeline's days). Default: across.
   */
  readingOrder?: 'across' | 'down';
  /** The notes' language, for where their lines break. */
  lang: Lang;
}

type Segment = [number, number, number, number];

/** A reference line's pieces shorter than this are left out: a dash between two labels reads as noise. */
const MIN_PIECE = 12;
/** Most lines a note written on the chart may take. */
const MAX_NOTE_LINES = 4;
/** Room kept between a note and anything else. */
const PAD = 3;

const grow = (b: Box, d: number): Box => ({ x: b.x - d, y: b.y - d, width: b.width + 2 * d, height: b.height + 2 * d });
const inside = (b: Box, a: Box) => b.x >= a.x && b.y >= a.y && b.x + b.width <= a.x + a.width && b.y + b.height <= a.y + a.height;
const intersect = (a: Box, b: Box): Box => {
  const x = Math.max(a.x, b.x);
  const y = Math.max(a.y, b.y);
  return { x, y, width: Math.min(a.x + a.width, b.x + b.width) - x, height: Math.min(a.y + a.height, b.y + b.height) - y };
};
const union = (boxes: readonly Box[]): Box => {
  const x = Math.min(...boxes.map((b) => b.x));
  const y = Math.min(...boxes.map((b) => b.y));
  return { x, y, width: Math.max(...boxes.map((b) => b.x + b.width)) - x, height: Math.max(...boxes.map((b) => b.y + b.height)) - y };
};

/** Small boxes along a straight line, so lines can be checked like labels. */
export function segmentBoxes(x1: number, y1: number, x2: number, y2: number, thickness = 2, from = 0, to = 1): Box[] {
  const steps = Math.max(1, Math.ceil(Math.hypot(x2 - x1, y2 - y1) / 4));
  const out: Box[] = [];
  for (let k = 0; k <= steps; k++) {
    const t = from + ((to - from) * k) / steps;
    out.push({ x: x1 + (x2 - x1) * t - thickness / 2, y: y1 + (y2 - y1) * t - thickness / 2, width: thickness, height: thickness });
  }
  return out;
}

/** The point of `b` nearest to (x, y). */
function nearest(b: Box, x: number, y: number): [number, number] {
  return [Math.min(Math.max(x, b.x), b.x + b.width), Math.min(Math.max(y, b.y), b.y + b.height)];
}

/** A connector from `from` to `to`: the segment between their nearest points, or null when they touch. */
function connectorBetween(from: Box, to: Box): Segment | null {
  const [cx, cy] = [to.x + to.width / 2, to.y + to.height / 2];
  const [x1, y1] = nearest(from, cx, cy);
  const [x2, y2] = nearest(to, x1, y1);
  return Math.hypot(x2 - x1, y2 - y1) < 4 ? null : [x1, y1, x2, y2];
}

/** Note text laid out with its top-left corner at (left, top), aligned towards its anchor. */
function noteLines(lines: string[], left: number, top: number, width: number, align: TextItem['anchor'], fs: number): TextItem[] {
  const lh = Math.round(fs * 1.2);
  const x = align === 'start' ? left : align === 'end' ? left + width : left + width / 2;
  return lines.map((text, k) => ({ x: r1(x), y: r1(top + fs * 0.8 + k * lh), text, anchor: align, size: fs, tone: 'text', halo: true }));
}

/** Places every annotation; `taken` grows with each note so notes avoid each other. */
export function placeAnnotations(input: PlacementInput): PlacedAnnotation[] {
  const { area, font: fs } = input;
  const pieces = input.targets.map((t) => (t.rule ? rulePieces(t.rule, input.obstacles) : []));
  const taken: Box[] = [...input.obstacles, ...pieces.flat().flatMap((seg) => segmentBoxes(...seg))];
  // A zone that is itself drawn (a gap's hatched band) keeps other notes out, but not its own.
  const freeOf = (own: Box | null | undefined) => (b: Box) => inside(b, area) && !taken.some((t) => t !== own && boxesOverlap(grow(b, PAD), t));
  const clearLine = (seg: Segment, own: readonly (Box | null | undefined)[]) =>
    segmentBoxes(...seg, 2, 0.08, 0.92).every((s) => !taken.some((t) => !own.includes(t) && boxesOverlap(s, t)));
  let markers = 0;

  const placed = input.annotations.map((annotation, index): PlacedAnnotation => {
    const target = input.targets[index];
    const a = target.anchor;
    const zone = target.zone ? intersect(target.zone, area) : area;
    const free = freeOf(target.zone);
    // A joined note is read with its anchor's label, never across a line into it.
    const wantLine = !target.joined && !!(annotation.connector || target.leader);
    const note = tryNote(annotation, input.lang, wantLine, a, fs, zone, (b) => free(b) && inside(b, zone), (seg) => clearLine(seg, [a, target.zone]));
    if (note) {
      taken.push(note.block, ...(note.connector ? segmentBoxes(...note.connector) : []));
      const ground = target.joined ? groundOf(note.block, a, fs, target.zone) : null;
      return { ...target, index, rulePieces: pieces[index], annotation, lines: note.lines, connector: note.connector ? pathOf(note.connector) : null, marker: null, ground };
    }
    // A marker stays in its zone when it can (a gap's band), so it reads as part of what it marks.
    const marker = placeMarker(a, fs, ++markers, (b) => free(b) && inside(b, zone), area) ?? placeMarker(a, fs, markers, free, area) ?? fallbackMarker(a, fs, markers, area);
    const box = { x: marker.x - marker.r, y: marker.y - marker.r, width: 2 * marker.r, height: 2 * marker.r };
    const near = wantLine ? connectorBetween(box, a) : null;
    // A marker right beside its anchor needs no line to it.
    const seg = near && Math.hypot(near[2] - near[0], near[3] - near[1]) >= marker.r ? near : null;
    taken.push(box);
    const ground = target.joined ? groundOf(box, a, fs, target.zone) : null;
    return { ...target, index, rulePieces: pieces[index], annotation, lines: [], connector: seg ? pathOf(seg) : null, marker, ground };
  });
  return numberInReadingOrder(placed, input.readingOrder ?? 'across', fs);
}

/**
 * Markers are placed in the data file's order, but read in the chart's: ① is the first marked
 * point a reader meets (leftmost month, topmost row), whatever order the notes were typed in.
 * Renumbering moves no marker: its circle's size does not depend on its number.
 */
function numberInReadingOrder(placed: PlacedAnnotation[], order: 'across' | 'down', fs: number): PlacedAnnotation[] {
  const centre = (b: Box) => (order === 'across' ? [b.x + b.width / 2, b.y + b.height / 2] : [b.y + b.height / 2, b.x + b.width / 2]);
  const marked = placed.filter((p) => p.marker).sort((p, q) => {
    const [p1, p2] = centre(p.anchor);
    const [q1, q2] = centre(q.anchor);
    return p1 - q1 || p2 - q2 || p.index - q.index;
  });
  const numbers = new Map(marked.map((p, k) => [p, k + 1]));
  return placed.map((p) => (p.marker ? { ...p, marker: markerAt(p.marker.x, p.marker.y, p.marker.r, fs, numbers.get(p)!) } : p));
}

/** One solid ground under a note and the label it belongs to, a little larger than both (text over hatching is hard to read). */
function groundOf(note: Box, label: Box, fs: number, zone: Box | null | undefined): Box {
  const b = grow(union([note, label]), Math.round(fs * 0.3));
  // Sideways it stays within the band it labels (unless the note itself is wider).
  const left = zone ? Math.max(b.x, Math.min(zone.x, note.x)) : b.x;
  const right = zone ? Math.min(b.x + b.width, Math.max(zone.x + zone.width, note.x + note.width)) : b.x + b.width;
  return { x: r1(left), y: r1(b.y), width: r1(right - left), height: r1(b.height) };
}

const pathOf = ([x1, y1, x2, y2]: Segment) => `M${r1(x1)},${r1(y1)}L${r1(x2)},${r1(y2)}`;

/** SVG path of a reference line's pieces. */
export const rulePath = (pieces: readonly Segment[]): string => pieces.map(pathOf).join('');

/**
 * A horizontal or vertical reference line, broken where it would run through a label or a mark
 * (as a gridline passes behind an axis label), so no text is ever written over it.
 */
function rulePieces(rule: NonNullable<AnnotationTarget['rule']>, obstacles: readonly Box[]): Segment[] {
  const horizontal = rule.y1 === rule.y2;
  const [lo, hi] = horizontal ? [Math.min(rule.x1, rule.x2), Math.max(rule.x1, rule.x2)] : [Math.min(rule.y1, rule.y2), Math.max(rule.y1, rule.y2)];
  const line: Box = horizontal ? { x: lo, y: rule.y1 - 1, width: hi - lo, height: 2 } : { x: rule.x1 - 1, y: lo, width: 2, height: hi - lo };
  const cuts = obstacles
    .map((b) => grow(b, 4))
    .filter((b) => boxesOverlap(b, line))
    .map((b) => (horizontal ? [b.x, b.x + b.width] : [b.y, b.y + b.height]))
    .sort((p, q) => p[0] - q[0]);
  const out: Segment[] = [];
  let start = lo;
  for (const [c0, c1] of cuts) {
    if (c0 > start + MIN_PIECE) out.push(horizontal ? [start, rule.y1, c0, rule.y1] : [rule.x1, start, rule.x1, c0]);
    start = Math.max(start, c1);
  }
  if (hi > start + MIN_PIECE) out.push(horizontal ? [start, rule.y1, hi, rule.y1] : [rule.x1, start, rule.x1, hi]);
  return out.map((s) => s.map(r1) as Segment);
}

/**
 * A note's lines, broken by sense; where sparing a split pair ("February’s / output") would take
 * it past MAX_NOTE_LINES, it keeps the split in the fewest lines rather than become a marker.
 */
export function noteText(text: string, width: number, fs: number, lang: Lang): string[] {
  const bySense = wrapText(text, width, fs, lang);
  return bySense.length > MAX_NOTE_LINES ? wrapText(text, width, fs, lang, LAYOUT_CHAR_WIDTH, true) : bySense;
}

/** The first place, nearest the anchor first, where the note's text fits. */
function tryNote(
  annotation: Annotation,
  lang: Lang,
  wantLine: boolean,
  a: Box,
  fs: number,
  area: Box,
  free: (b: Box) => boolean,
  clearLine: (seg: Segment) => boolean,
) {
  const g = Math.round(fs * 0.5);
  const lh = Math.round(fs * 1.2);
  const cx = a.x + a.width / 2;
  const cy = a.y + a.height / 2;
  const candidates: { box: Box; lines: string[]; align: TextItem['anchor']; distance: number }[] = [];
  // Never cut a word, and never a column of short lines: a note that needs more than MAX_NOTE_LINES
  // at every width becomes a numbered marker instead.
  const longest = Math.max(...annotation.text.split(/\s+/).map((w) => textWidth(w, fs, LAYOUT_CHAR_WIDTH)));
  // A narrow zone (a gap's band) may take its whole width.
  for (const share of area.width < fs * 20 ? [0.42, 0.3, 0.55, 1] : [0.42, 0.3, 0.55]) {
    const lines = noteText(annotation.text, Math.max(Math.min(area.width, area.width * share), longest), fs, lang);
    if (lines.length > MAX_NOTE_LINES) continue;
    const probe = noteLines(lines, 0, 0, 0, 'start', fs).map((t) => textBox(t, LAYOUT_CHAR_WIDTH));
    const w = Math.max(...probe.map((b) => b.width));
    const h = (lines.length - 1) * lh + fs;
    const lefts = [a.x + a.width + g, a.x - g - w, cx - w / 2, area.x + area.width - w, area.x];
    for (let k = 1; k <= 3; k++) lefts.push(a.x + a.width + g + k * fs, a.x - g - w - k * fs);
    const tops = [cy - h / 2, a.y - g - h, a.y + a.height + g, area.y + PAD + 1];
    for (let k = 1; k <= 8; k++) tops.push(cy - h / 2 - k * lh, cy - h / 2 + k * lh);
    for (const left of lefts)
      for (const top of tops) {
        const box = { x: left, y: top, width: w, height: h };
        const [nx, ny] = nearest(box, cx, cy);
        candidates.push({ box, lines, align: left + w <= a.x ? 'end' : left >= a.x + a.width ? 'start' : 'middle', distance: Math.hypot(nx - cx, ny - cy) + lines.length * fs * 0.5 });
      }
  }
  candidates.sort((p, q) => p.distance - q.distance);
  for (const c of candidates) {
    const lines = noteLines(c.lines, c.box.x, c.box.y, c.box.width, c.align, fs);
    const block = union(lines.map((t) => textBox(t, LAYOUT_CHAR_WIDTH)));
    if (!free(block)) continue;
    const connector = wantLine ? connectorBetween(block, a) : null;
    if (connector && !clearLine(connector)) continue;
    return { lines, block, connector };
  }
  return null;
}

const markerSize = (fs: number) => ({ r: Math.round(fs * 0.7), g: Math.round(fs * 0.3) });
const markerAt = (x: number, y: number, r: number, fs: number, number: number): AnnotationMarker => ({
  x: r1(x),
  y: r1(y),
  r,
  number,
  label: { x: r1(x), y: r1(y + fs * 0.35), text: String(number), anchor: 'middle', size: fs, tone: 'strong' },
});

/** A circled number beside the anchor, at the first free place around it; null when none is free. */
function placeMarker(a: Box, fs: number, number: number, free: (b: Box) => boolean, area: Box): AnnotationMarker | null {
  const { r, g } = markerSize(fs);
  const cx = a.x + a.width / 2;
  const cy = a.y + a.height / 2;
  // Beside the anchor first (right, left), then below-left, where a timeline's date column and a
  // chart's lower half usually have room; each direction a little further out before the next.
  const directions: [number, number][] = [[1, 0], [-1, 0], [-1, 1], [1, 1], [0, -1], [0, 1], [-1, -1], [1, -1]];
  const spots: [number, number][] = directions.flatMap(([sx, sy]) =>
    [0, r, 2 * r, 4 * r].map((d): [number, number] => [cx + sx * (a.width / 2 + g + r + d), cy + sy * (a.height / 2 + g + r + d)]),
  );
  const boxAt = ([x, y]: [number, number]) => ({ x: x - r, y: y - r, width: 2 * r, height: 2 * r });
  const spot = spots.find((s) => free(boxAt(s)) && inside(boxAt(s), area));
  return spot ? markerAt(spot[0], spot[1], r, fs, number) : null;
}

/** Never hidden: with no free place, the marker sits inside the area next to its anchor anyway. */
function fallbackMarker(a: Box, fs: number, number: number, area: Box): AnnotationMarker {
  const { r, g } = markerSize(fs);
  const x = a.x + a.width + g + r;
  const cy = a.y + a.height / 2;
  return markerAt(Math.min(Math.max(x, area.x + r), area.x + area.width - r), Math.min(Math.max(cy, area.y + r), area.y + area.height - r), r, fs, number);
}

/** Every text line the annotations draw (notes and marker numbers). */
export const annotationTexts = (items: readonly PlacedAnnotation[]): TextItem[] =>
  items.flatMap((p) => (p.marker ? [p.marker.label] : p.lines));

/** Boxes of the annotations that other labels must not cover: note blocks, markers, reference lines. */
export function annotationBoxes(items: readonly PlacedAnnotation[]): { label: string; box: Box }[] {
  return items.flatMap((p) => {
    const own = p.marker
      ? [{ label: `marker ${p.marker.number}`, box: { x: p.marker.x - p.marker.r, y: p.marker.y - p.marker.r, width: 2 * p.marker.r, height: 2 * p.marker.r } }]
      : [{ label: p.annotation.text, box: union(p.lines.map((t) => textBox(t, LAYOUT_CHAR_WIDTH))) }];
    const rule = p.rulePieces.map((seg) => ({ label: `reference line of "${p.annotation.text}"`, box: union(segmentBoxes(...seg)) }));
    return [...own, ...rule];
  });
}

/** The notes that became markers, in number order: listed under the chart. */
export const markerNotes = (items: readonly PlacedAnnotation[]): { number: number; text: string }[] =>
  items.flatMap((p) => (p.marker ? [{ number: p.marker.number, text: p.annotation.text }] : [])).sort((p, q) => p.number - q.number);
