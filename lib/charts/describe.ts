/**
 * Words for the charts, generated from the data: the SVG <desc>, each mark's aria-label and
 * tooltip, and the source attribution of every value.
 */
import type {
  Dataset,
  DatasetValue,
  LineDataset,
  ColumnDataset,
  ComparisonDataset,
  TimelineDataset,
  MapDataset,
  MapValue,
  Source,
} from '@/lib/data/schema';
import { annotationsOf } from '@/lib/data/schema';
import { formatDate } from '@/lib/format';
import {
  formatFull,
  formatMonthName,
  formatValueFull,
  formatYear,
  isMonth,
  joinAnd,
  parseDate,
} from './format';

/** The source entry a value points at (validated to exist by the loader). */
export function sourceOf(ds: Dataset, v: DatasetValue): Source {
  const s = ds.sources.find((x) => x.id === v.sourceRef);
  if (!s) throw new Error(`${ds.id}: no source "${v.sourceRef}"`);
  return s;
}

/** "3M, in News report on … (April 5, 2020)" */
export function attribution(ds: Dataset, v: DatasetValue): string {
  const s = sourceOf(ds, v);
  return `${v.speaker}, in ${s.name} (${formatDate(s.date)})`;
}

/** The label of a row with its basis: "US production, January 2020 (per month)". */
export function rowLabel(v: DatasetValue): string {
  return 'basis' in v && v.basis ? `${v.label} (${v.basis})` : v.label;
}

/** What a mark says: "January 2020: 22 million N95 masks per month" / "Thursday, April 2, 2020: …". */
export function markText(ds: Dataset, v: DatasetValue): string {
  if (ds.chart === 'timeline') {
    const e = v as TimelineDataset['values'][number];
    const when = formatDate(e.date, 'weekday') + (e.time ? `, ${e.time}` : '');
    return `${when}: ${e.label}`;
  }
  if (ds.chart === 'map') return mapValueText(ds, v as MapValue);
  const n = v as LineDataset['values'][number] | ColumnDataset['values'][number];
  const amount = n.value === null ? 'not reported' : `${formatValueFull(n.value, n.qualifier)} ${ds.units}`;
  return `${rowLabel(n)}: ${amount}`;
}

/** Full accessible name of a mark: value plus source. */
export function markLabel(ds: Dataset, v: DatasetValue): string {
  return `${markText(ds, v)}. Source: ${attribution(ds, v)}.`;
}

/** Longer text description of the whole chart, used as the SVG <desc>. */
export function describe(ds: Dataset): string {
  const notes = describeAnnotations(ds);
  return notes ? `${describeData(ds)} ${notes}` : describeData(ds);
}

function describeData(ds: Dataset): string {
  switch (ds.chart) {
    case 'line':
      return describeLine(ds);
    case 'column':
      return describeBars(ds);
    case 'comparison':
      return describeComparison(ds);
    case 'timeline':
      return describeTimeline(ds);
    case 'map':
      return describeMap(ds);
  }
}

/** A flow or crossing in words: "Traditionally exported …: about 6 million masks (per month …); Canada and Latin America: split not reported". */
function mapValueText(ds: MapDataset, v: MapValue): string {
  if (v.kind === 'crossing') return v.label;
  const amount = v.value === null ? 'not reported' : `${formatValueFull(v.value, v.qualifier)} ${ds.units}`;
  const split = v.splitNotReported ? `; ${splitText(v.splitNotReported)}` : '';
  return `${rowLabel(v)}: ${amount}${split}`;
}

/** Accessible name of a map mark that shows one or more rows (a crossing both reports describe). */
export function mapMarkLabel(ds: MapDataset, rows: readonly MapValue[]): { label: string; source: string } {
  const source = [...new Set(rows.map((v) => attribution(ds, v)))].join('; ');
  return { label: `${mapValueText(ds, rows[0])}. ${rows.length > 1 ? 'Sources' : 'Source'}: ${source}.`, source };
}

/** "Place name (from → to)" for every flow and crossing, in a sentence each. */
function describeMap(ds: MapDataset): string {
  const name = (id: string) => ds.places.find((p) => p.id === id)?.name ?? id;
  const seen = new Set<string>();
  const parts: string[] = [];
  for (const v of ds.values) {
    const route = `from ${name(v.from)} to ${joinAnd(v.to.map(name))}`;
    if (v.kind === 'crossing') {
      if (seen.has(route)) continue;
      seen.add(route);
      parts.push(`A crossing ${route}: ${v.label}`);
    } else {
      parts.push(`An arrow ${route}: ${mapValueText(ds, v)}`);
    }
  }
  return `Map of ${ds.places.length} places, with a smaller map of ${ds.locator.title}. ${parts.join('. ')}. Arrow widths do not show amounts.`;
}

/** Where an annotation points, in words: "March 2020", "Monday, April 6, 2020", or a bar's label. */
export function annotationPlace(ds: Dataset, key: string): string {
  if (ds.chart === 'line') return pointName(key, true);
  if (ds.chart === 'timeline') return formatDate(key, 'weekday');
  return key;
}

/** "March 2020 (dashed line at 22 million): text." for each annotation; empty when there are none. */
export function describeAnnotations(ds: Dataset): string {
  const list = annotationsOf(ds);
  if (!list.length) return '';
  const items = list.map((a) => {
    const r = a.range;
    let extra = '';
    if (r?.from && r.to) extra = r.from === r.to ? ` (shaded)` : ` (shaded from ${annotationPlace(ds, r.from)} to ${annotationPlace(ds, r.to)})`;
    else if (r?.value !== undefined) extra = ` (dashed line at ${formatFull(r.value)})`;
    const text = /[.!?]["”’]?$/.test(a.text) ? a.text : `${a.text}.`;
    return `${annotationPlace(ds, a.at)}${extra}: ${text}`;
  });
  return `${list.length === 1 ? 'Note' : 'Notes'} on the chart: ${items.join(' ')}`;
}

/** "January 2020" or "April 5, 2020"; without the year, "January" or "April 5". */
function pointName(date: string, withYear: boolean): string {
  if (!isMonth(date)) return formatDate(date, withYear ? 'long' : 'monthDay');
  const d = parseDate(date);
  return withYear ? `${formatMonthName(d)} ${formatYear(d)}` : formatMonthName(d);
}

function describeLine(ds: LineDataset): string {
  const known = ds.values.filter((v) => v.value !== null);
  const missing = ds.values.filter((v) => v.value === null);
  const sameYear = new Set(ds.values.map((v) => v.date.slice(0, 4))).size === 1;
  let sentence: string;
  if (known.length === 0) {
    sentence = 'No values were reported';
  } else if (known.length === 1) {
    const [only] = known;
    sentence = `Only one value was reported: ${formatValueFull(only.value, only.qualifier)} in ${pointName(only.date, true)}`;
  } else {
    const first = known[0];
    const last = known[known.length - 1];
    const a = first.value as number;
    const b = last.value as number;
    const verb = b > a ? 'Rose' : b < a ? 'Fell' : 'Stayed the same';
    const from = `${formatValueFull(a, first.qualifier)} in ${pointName(first.date, !sameYear)}`;
    const to = `${formatValueFull(b, last.qualifier)} in ${pointName(last.date, true)}`;
    sentence = b === a ? `${verb}, at ${from} and ${to}` : `${verb} from ${from} to ${to}`;
  }
  if (missing.length > 0) {
    const names = joinAnd(missing.map((v) => pointName(v.date, !sameYear)));
    sentence += `; ${names} ${missing.length === 1 ? 'was' : 'were'} not reported`;
  }
  return `${sentence}.`;
}

function describeBars(ds: ColumnDataset | ComparisonDataset): string {
  const parts = ds.values.map((v) => {
    const amount = v.value === null ? 'not reported' : formatValueFull(v.value, v.qualifier);
    return `${rowLabel(v)}: ${amount}`;
  });
  const lowerBounds = ds.values.some((v) => v.qualifier === 'more than');
  return `Bar chart in ${ds.units}. ${parts.join('; ')}.${lowerBounds ? ' Figures marked "more than" are lower bounds.' : ''}`;
}

function describeComparison(ds: ComparisonDataset): string {
  const parts = ds.values.map((v) => {
    const amount = v.value === null ? 'not reported' : formatValueFull(v.value, v.qualifier);
    let s = `${rowLabel(v)}: ${amount}`;
    if (v.splitNotReported) s += ` (${splitText(v.splitNotReported)})`;
    return s;
  });
  return `Comparison on one scale, in ${ds.units}. ${parts.join('; ')}.`;
}

/** "Canada and Latin America: split not reported" */
export function splitText(parts: readonly string[]): string {
  return `${joinAnd(parts)}: split not reported`;
}

function describeTimeline(ds: TimelineDataset): string {
  const first = ds.values[0];
  const last = ds.values[ds.values.length - 1];
  const events = ds.values.map((e) => markText(ds, e));
  const count = `${ds.values.length} ${ds.values.length === 1 ? 'event' : 'events'}`;
  return `Timeline of ${count}, ${daySpan(first.date, last.date)}. ${events.join('. ')}.`;
}

/** "April 2 to 7, 2020", "March 30 to April 2, 2020", "April 5, 2020". */
export function daySpan(a: string, b: string): string {
  if (a === b) return formatDate(a);
  const sameYear = a.slice(0, 4) === b.slice(0, 4);
  const sameMonth = sameYear && a.slice(5, 7) === b.slice(5, 7);
  if (sameMonth) return `${formatDate(a, 'monthDay')} to ${parseDate(b).getUTCDate()}, ${b.slice(0, 4)}`;
  if (sameYear) return `${formatDate(a, 'monthDay')} to ${formatDate(b)}`;
  return `${formatDate(a)} to ${formatDate(b)}`;
}
