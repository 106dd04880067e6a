/**
 * Geometry of horizontal bar charts ("column" and "comparison" kinds): label above each bar so
 * long labels get the full width on a phone, value label directly at the end of the bar.
 */
import { scaleLinear } from 'd3-scale';
import type { BarValue, ColumnDataset, ComparisonDataset, ComparisonValue } from '@/lib/data/schema';
import { splitText } from './describe';
import { formatValueCompact } from './format';
import type { Lang } from '@/lib/i18n/lang';
import { type Box, type TextItem, r1, textWidth, VALUE_CHAR_WIDTH, wrapText } from './text';
import type { Variant } from './variants';

export interface BarRow {
  index: number;
  value: BarValue | ComparisonValue;
  labelLines: TextItem[];
  basisLines: TextItem[];
  /** The bar; null for an unknown value. */
  bar: Box | null;
  /** Lower bound ("more than"): arrow drawn after the bar end, as an SVG path. */
  arrow: string | null;
  valueLabel: TextItem;
  /**
   * The figure counts something else than most bars of the chart (a one-off quantity among monthly
   * figures: its basis does not start as theirs does); drawn as an outline, not a solid bar.
   */
  otherBasis: boolean;
  /** Comparison only: the bar covers parts whose split is not reported. */
  split: { lines: TextItem[] } | null;
  /** Whole row: the focus/hover target. */
  hit: Box;
}

export interface BarsLayout {
  kind: 'bars';
  width: number;
  height: number;
  rows: BarRow[];
}

/** Least share of the width the longest bar keeps when the first figure carries the unit. */
const UNIT_MIN_SCALE = 0.5;
/** Share of the wide layout's width kept for notes beside an annotated row. */
const NOTE_COLUMN = 0.3;

export function layoutBars(ds: ColumnDataset | ComparisonDataset, v: Variant, lang: Lang): BarsLayout {
  const fs = v.font;
  const W = v.width;
  const lh = Math.round(fs * 1.25);
  const barH = Math.round(fs * 1.3);
  const gap = Math.round(fs * 0.4);
  const arrowW = Math.round(fs * 0.6);
  const values: (BarValue | ComparisonValue)[] = ds.values;
  const annotated = new Set((ds.annotations ?? []).map((a) => a.at));

  const plain = values.map((d) => formatValueCompact(d.value, d.qualifier, lang));
  const anyBound = values.some((d) => d.qualifier === 'more than' && d.value !== null);
  const max = Math.max(0, ...values.map((d) => d.value ?? 0));
  // Bars use the exact maximum (no nice()), as long as every bar leaves room for its own label
  // after it: a long label on a short bar does not shorten the others.
  const scaleFor = (labels: string[]) =>
    Math.min(
      W,
      ...values.map((d, i) =>
        d.value && max > 0 ? ((W - textWidth(labels[i], fs, VALUE_CHAR_WIDTH) - gap - (anyBound ? arrowW + gap : 0) - fs * 0.4) * max) / d.value : W,
      ),
    );
  // The unit rides on one figure ("22M masks"), as a reader meets it, so the chart needs no unit
  // line of its own: on the first figure, as on every bar chart of the site, and on none if the
  // longest bar would then take less than half the width (the title names what is counted).
  const withUnit = (k: number) => plain.map((t, i) => (i === k ? `${t} ${ds.units}` : t));
  const first = values.findIndex((d) => d.value !== null);
  const labels = first >= 0 && scaleFor(withUnit(first)) >= W * UNIT_MIN_SCALE ? withUnit(first) : plain;
  const barMaxX = scaleFor(labels);
  const x = scaleLinear().domain([0, max > 0 ? max : 1]).range([0, barMaxX]);

  const otherwise = countsOtherwise(values);
  const rows: BarRow[] = [];
  let cursor = 0;
  values.forEach((d, index) => {
    const rowTop = cursor;
    const text = (s: string, tone: TextItem['tone']): TextItem => {
      cursor += lh;
      return { x: 0, y: r1(cursor - lh + fs * 0.95), text: s, anchor: 'start', size: fs, tone };
    };
    // On the wide layout an annotated row keeps a column on the right free for its note.
    const textW = v.name !== 'narrow' && annotated.has(d.label) ? W - Math.round(W * NOTE_COLUMN) : W;
    const labelLines = wrapText(d.label, textW, fs, lang).map((s) => text(s, 'strong'));
    const basisLines = d.basis ? wrapText(d.basis, textW, fs, lang).map((s) => text(s, 'muted')) : [];
    cursor += Math.round(fs * 0.3);
    const barY = cursor;
    const mid = barY + barH / 2;
    let bar: Box | null = null;
    let arrow: string | null = null;
    let valueLabel: TextItem;
    if (d.value === null) {
      valueLabel = { x: 0, y: r1(mid + fs * 0.35), text: labels[index], anchor: 'start', size: fs, tone: 'muted' };
    } else {
      const end = r1(Math.max(x(d.value), 2));
      bar = { x: 0, y: barY, width: end, height: barH };
      let lx = end + gap;
      if (d.qualifier === 'more than') {
        const a0 = end + gap / 2;
        const h = barH * 0.36;
        arrow = `M${r1(a0)},${r1(mid - h)}L${r1(a0 + arrowW)},${r1(mid)}L${r1(a0)},${r1(mid + h)}Z`;
        lx = a0 + arrowW + gap;
      }
      valueLabel = { x: r1(lx), y: r1(mid + fs * 0.35), text: labels[index], anchor: 'start', size: fs, tone: 'value' };
    }
    cursor = barY + barH;
    let split: BarRow['split'] = null;
    const parts = 'splitNotReported' in d ? d.splitNotReported : undefined;
    if (parts && bar) {
      // Said in words under the bar, with no bracket: a thin bracket under the bar read as a stray
      // line, and the words alone say the block is one undivided whole.
      cursor += Math.round(fs * 0.3);
      const lines = wrapText(splitText(parts, lang), textW, fs, lang).map((s) => text(s, 'muted'));
      split = { lines };
    }
    const rowBottom = cursor;
    rows.push({
      index,
      value: d,
      labelLines,
      basisLines,
      bar,
      arrow,
      valueLabel,
      otherBasis: otherwise(d),
      split,
      hit: { x: 0, y: rowTop, width: W, height: rowBottom - rowTop },
    });
    cursor += Math.round(fs * 1.1);
  });

  const lastBottom = rows.length ? rows[rows.length - 1].hit.y + rows[rows.length - 1].hit.height : 0;
  return { kind: 'bars', width: W, height: Math.ceil(lastBottom + 4), rows };
}

/**
 * Which figures count something else than most bars of the chart (a one-off quantity among monthly
 * figures), drawn as an outline wherever the chart is drawn: on the page and on its share card.
 */
export function countsOtherwise(values: readonly (BarValue | ComparisonValue)[]): (d: BarValue | ComparisonValue) => boolean {
  const usual = usualBasis(values);
  return (d) => usual !== null && !!d.basis && !d.basis.startsWith(usual);
}

/** The basis most bars share, by its first clause ("per month"); null when no basis is shared. */
function usualBasis(values: readonly (BarValue | ComparisonValue)[]): string | null {
  const counts = new Map<string, number>();
  for (const d of values) {
    const head = d.basis?.split(/[,;]/)[0].trim();
    if (head) counts.set(head, (counts.get(head) ?? 0) + 1);
  }
  const [best] = [...counts].sort((a, b) => b[1] - a[1]);
  return best && best[1] > 1 && best[1] > values.length / 2 ? best[0] : null;
}
