/**
 * Checks of a dataset's annotations against its values, which the schema cannot express: every
 * annotation must point at a date or label the chart has, and a value must lie on its axis.
 */
import { describeFound } from '../zod-problems';
import { annotationsOf, type Annotation, type Dataset } from './schema';

/** Records one problem: the field's path, what was expected, what was found. */
export type Say = (where: PropertyKey[], expected: string, found: string) => void;

const quoted = (xs: readonly string[]) => [...new Set(xs)].map((x) => `"${x}"`).join(', ');

/** The positions an annotation may name on this chart: dates or labels, in chart order. */
export function annotationKeys(ds: Dataset): { keys: string[]; what: string } {
  switch (ds.chart) {
    case 'line':
      return { keys: ds.values.map((v) => v.date), what: 'the date of one of the values' };
    case 'timeline':
      return { keys: [...new Set(ds.values.map((v) => v.date))], what: 'the date of one of the events' };
    case 'column':
    case 'comparison':
      return { keys: ds.values.map((v) => v.label), what: 'the label of one of the values' };
    case 'map':
      return { keys: [], what: 'nothing (a map takes no annotations)' };
  }
}

/** The largest value on the chart's value axis; null for a timeline, which has none. */
function axisMax(ds: Dataset): number | null {
  if (ds.chart === 'timeline' || ds.chart === 'map') return null;
  const values: (number | null)[] = ds.values.map((v) => v.value);
  return Math.max(0, ...values.map((v) => v ?? 0));
}

function checkValue(n: number | undefined, max: number | null, where: PropertyKey[], say: Say) {
  if (n === undefined) return;
  if (max === null) say(where, 'no value (a timeline has no value axis)', describeFound(n));
  else if (n < 0 || n > max) say(where, `a number from 0 to ${max} (the largest value in the chart)`, describeFound(n));
}

function checkRange(a: Annotation, i: number, ds: Dataset, keys: string[], what: string, say: Say) {
  const r = a.range;
  if (!r) return;
  const where = ['annotations', i, 'range'];
  const span = r.from !== undefined || r.to !== undefined;
  if (span && r.value !== undefined) {
    say(where, 'either "from" and "to" (a shaded span) or "value" (a reference line)', 'both a span and a value');
    return;
  }
  if (!span && r.value === undefined) {
    say(where, 'either "from" and "to" (a shaded span) or "value" (a reference line)', 'neither');
    return;
  }
  if (r.value !== undefined) {
    checkValue(r.value, axisMax(ds), [...where, 'value'], say);
    return;
  }
  for (const end of ['from', 'to'] as const) {
    const key = r[end];
    if (key === undefined) say([...where, end], `${what} (${quoted(keys)})`, describeFound(key));
    else if (!keys.includes(key)) say([...where, end], `${what} (${quoted(keys)})`, JSON.stringify(key));
  }
  if (r.from !== undefined && r.to !== undefined && keys.indexOf(r.to) < keys.indexOf(r.from) && keys.includes(r.to)) {
    say([...where, 'to'], `${what} at or after "from" ("${r.from}")`, JSON.stringify(r.to));
  }
}

/** Every problem with `ds.annotations`, reported through `say`. */
export function checkAnnotations(ds: Dataset, say: Say): void {
  const { keys, what } = annotationKeys(ds);
  annotationsOf(ds).forEach((a, i) => {
    if (!keys.includes(a.at)) say(['annotations', i, 'at'], `${what} (${quoted(keys)})`, JSON.stringify(a.at));
    checkValue(a.value, axisMax(ds), ['annotations', i, 'value'], say);
    checkRange(a, i, ds, keys, what, say);
  });
}
