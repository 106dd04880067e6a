/**
 * Schema for chart data files (`content/data/<chart-id>.json`).
 *
 * Validation happens in two stages so error messages stay precise:
 * 1. `chart` picks the schema for the chart kind (column, line, comparison, timeline, map);
 * 2. cross-field checks (file name = id, sourceRef exists, null values explained, dates in order).
 * Every schema error carries the expectation as its message; `lib/zod-problems.ts` turns it into
 * a Problem: `<file>:<line>:<column>: <path>: expected <message>, found <what was there>`.
 */
import { z } from 'zod';
import { SLUG } from '../slug';
import { LIMITS } from '../limits';
import { isInvisible } from '../text-rules';

export const CHART_KINDS = ['column', 'line', 'comparison', 'timeline', 'map'] as const;
export type ChartKind = (typeof CHART_KINDS)[number];

export const QUALIFIERS = ['more than', 'about'] as const;
/** How a figure relates to the true value: "more than" = lower bound, "about" = approximate. */
export type Qualifier = (typeof QUALIFIERS)[number];

const list = (items: readonly string[]) => items.map((k) => `"${k}"`).join(', ');

/** Text that is not blank; `what` describes it in error messages ("the ID of one of the sources"). */
const text = (what?: string) =>
  z
    .string({ error: what ?? 'some text' })
    .max(LIMITS.dataFieldChars, { error: `${what ?? 'text'}, at most ${LIMITS.dataFieldChars.toLocaleString('en-US')} characters` })
    .refine((s) => s.trim().length > 0, { error: what ?? 'some text' })
    // A label of zero-width spaces is as blank on the chart as an empty one.
    .refine((s) => !s.trim() || !isInvisible(s), { error: what ? `${what} (visible text, not only spaces or invisible characters)` : 'visible text, not only spaces or invisible characters' });

const MONTH_OR_DAY = /^(\d{4})-(0[1-9]|1[0-2])(?:-(0[1-9]|[12]\d|3[01]))?$/;
const DAY = /^(\d{4})-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

/** True when a "YYYY-MM-DD" string names a real calendar day (rejects 2020-02-31). */
function realDay(s: string): boolean {
  const [y, m, d] = s.split('-').map(Number);
  if (d === undefined) return true;
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

const day = (what = 'a date written "YYYY-MM-DD"') =>
  z.string({ error: what }).regex(DAY, { error: what }).refine(realDay, { error: what });
const monthOrDay = (what = 'a date written "YYYY-MM" or "YYYY-MM-DD"') =>
  z.string({ error: what }).regex(MONTH_OR_DAY, { error: what }).refine(realDay, { error: what });

/** A strict object: unknown fields are errors (catches typos such as "qualifer"). */
function record<T extends z.core.$ZodLooseShape>(shape: T, what = 'an object') {
  const fields = Object.keys(shape).join(', ');
  return z.strictObject(shape, {
    error: (issue) =>
      issue.code === 'unrecognized_keys' ? `only the fields ${fields}` : what,
  });
}

const arrayOf = <T extends z.ZodType>(item: T, what: string, min = 0) =>
  z
    .array(item, { error: what })
    .min(min, { error: `${what} with at least ${min === 1 ? 'one entry' : `${min} entries`}` });

export const sourceSchema = record(
  {
    /** Short id the values point at with `sourceRef`, e.g. "report-a". */
    id: text('a source ID'),
    /** Description or headline of the report, as shown to readers. */
    name: text('the report\'s name or description'),
    /** Publication date of the report, "YYYY-MM-DD". */
    date: day('the report\'s publication date written "YYYY-MM-DD"'),
    /** File name of the report in the shared sources folder (used to check quotes). */
    file: text('the source file name').optional(),
  },
  'a source object with id, name and date',
);

/** Fields that say where a value comes from. */
const provenance = {
  /** The `id` of one of the dataset's `sources`. */
  sourceRef: text('the ID of one of the sources'),
  /** Who said it, as the report names them (a person, a company, or the reporter). */
  speaker: text('who said it'),
  /** The exact words from the report. */
  quote: text('the exact words from the report'),
};

const value = z
  .number({ error: 'a number or null' })
  .nonnegative({ error: 'a number that is 0 or more, or null' })
  .nullable();
const qualifier = z.enum(QUALIFIERS, { error: `one of ${list(QUALIFIERS)}, or no qualifier` }).optional();
const note = text('a note').optional();

export const lineValueSchema = record(
  {
    date: monthOrDay(),
    label: text('a label such as "January 2020"'),
    value,
    qualifier,
    note,
    ...provenance,
  },
  'a value object',
);

export const barValueSchema = record(
  {
    label: text('a label'),
    /** What the figure counts over, e.g. "per month" or "one shipment". */
    basis: text('the basis of the figure, e.g. "per month"').optional(),
    value,
    qualifier,
    note,
    ...provenance,
  },
  'a value object',
);

export const comparisonValueSchema = record(
  {
    label: text('a label'),
    basis: text('the basis of the figure, e.g. "per month"').optional(),
    value,
    qualifier,
    note,
    /** Parts this figure covers whose split the source does not give, e.g. ["Canada", "Latin America"]. */
    splitNotReported: arrayOf(text('a part name'), 'a list of part names', 2).optional(),
    ...provenance,
  },
  'a value object',
);

export const timelineValueSchema = record(
  {
    date: day('the event\'s date written "YYYY-MM-DD"'),
    /** Part of the day, when the report gives one, e.g. "evening". */
    time: text('a part of the day such as "evening"').optional(),
    label: text('a short description of the event'),
    /** The report's words that date the event, e.g. "on Friday" (checked against the source). */
    dateQuote: text('the report\'s words that date the event'),
    /**
     * One of the two events a condensed timeline shows (the front page, the share card): mark two,
     * the ones the chart's title is about. With none marked, the first and the last are shown.
     */
    summary: z.boolean({ error: 'true or false' }).optional(),
    note,
    ...provenance,
  },
  'an event object',
);

/**
 * A note drawn on the chart, placed in data coordinates. Which values `at`, `value` and `range`
 * may take depends on the chart kind; lib/data/annotations.ts checks them against the values.
 */
export const annotationSchema = record(
  {
    /** What the note says, in our words; a quote in it is verbatim. */
    text: text('the note\'s text'),
    /** Where it points: a value's date (line, timeline) or label (column, comparison). */
    at: text('the date or label of one of the values'),
    /** A height on the value axis (line) or a length along the bar (column, comparison). */
    value: z.number({ error: 'a number' }).optional(),
    /** Draw a thin line from the note to what it points at. */
    connector: z.boolean({ error: 'true or false' }).optional(),
    /** A shaded span between two dates or labels (`from`, `to`), or a reference line at `value`. */
    range: record(
      {
        from: text('the date or label where the span starts').optional(),
        to: text('the date or label where the span ends').optional(),
        value: z.number({ error: 'a number' }).optional(),
      },
      'a range: "from" and "to" for a shaded span, or "value" for a reference line',
    ).optional(),
  },
  'an annotation object with text and at',
);

/** Shared by every chart kind that can carry annotations (spread into each kind's shape). */
const annotated = {
  annotations: arrayOf(annotationSchema, 'a list of annotations').optional(),
};

const base = {
  id: z
    .string({ error: 'a lowercase id such as "us-n95-production"' })
    .regex(SLUG, { error: 'a lowercase id such as "us-n95-production"' }),
  title: text('a title stating the finding'),
  units: text('the units, e.g. "N95 masks per month"'),
  sourceLine: text('a source line such as "Source: 3M, as reported April 5, 2020"'),
  notes: arrayOf(text('a note'), 'a list of notes'),
  sources: arrayOf(sourceSchema, 'a list of sources', 1),
};

const chartKind = z.enum(CHART_KINDS, { error: `one of ${list(CHART_KINDS)}` });

export const lineDatasetSchema = record(
  { ...base, chart: z.literal('line', { error: '"line"' }), values: arrayOf(lineValueSchema, 'a list of values', 1), ...annotated },
  'a JSON object',
);
export const columnDatasetSchema = record(
  { ...base, chart: z.literal('column', { error: '"column"' }), values: arrayOf(barValueSchema, 'a list of values', 1), ...annotated },
  'a JSON object',
);
export const comparisonDatasetSchema = record(
  {
    ...base,
    chart: z.literal('comparison', { error: '"comparison"' }),
    values: arrayOf(comparisonValueSchema, 'a list of values', 2),
    ...annotated,
  },
  'a JSON object',
);
export const timelineDatasetSchema = record(
  {
    ...base,
    chart: z.literal('timeline', { error: '"timeline"' }),
    values: arrayOf(timelineValueSchema, 'a list of events', 1),
    ...annotated,
  },
  'a JSON object',
);

export const PLACE_KINDS = ['country', 'region', 'city', 'water'] as const;
export const MAP_PANELS = ['main', 'locator'] as const;
export const LABEL_SIDES = ['above', 'below', 'left', 'right'] as const;

const degrees = (what: string, limit: number) =>
  z
    .number({ error: `${what} in degrees, from -${limit} to ${limit}` })
    .min(-limit, { error: `${what} in degrees, from -${limit} to ${limit}` })
    .max(limit, { error: `${what} in degrees, from -${limit} to ${limit}` });

/** [west, south, east, north] in degrees: the part of the world a map shows. */
const extent = z
  .tuple([degrees('a longitude', 180), degrees('a latitude', 90), degrees('a longitude', 180), degrees('a latitude', 90)], {
    error: 'a box [west, south, east, north] in degrees',
  })
  .refine(([w, s, e, n]) => w < e && s < n, { error: 'a box [west, south, east, north] with west < east and south < north' });

/**
 * A place on a map. Its position is geography (where Windsor is), not a reported fact, so it
 * carries no source; the dataset's notes say where the positions come from.
 */
export const placeSchema = record(
  {
    id: text('a place id such as "windsor"'),
    name: text('the place\'s name as readers see it, e.g. "Windsor, Ontario"'),
    kind: z.enum(PLACE_KINDS, { error: `one of ${list(PLACE_KINDS)}` }),
    lon: degrees('a longitude', 180),
    lat: degrees('a latitude', 90),
    /** Which map labels it: the main map or the locator. */
    map: z.enum(MAP_PANELS, { error: `one of ${list(MAP_PANELS)}` }),
    /** Where its label goes relative to its point (default: above). */
    labelAt: z.enum(LABEL_SIDES, { error: `one of ${list(LABEL_SIDES)}, or nothing (above)` }).optional(),
    /** A place outside the region shown (China) is drawn at this edge of the map. */
    edge: z.enum(['west', 'east'], { error: 'one of "west", "east", or nothing (the place is on the map)' }).optional(),
    note,
  },
  'a place object with id, name, kind, lon, lat and map',
);

const placeRefs = arrayOf(text('a place id'), 'a list of place ids', 1);

/** Masks moving from one place to one or more others; several destinations share one amount. */
export const mapFlowSchema = record(
  {
    kind: z.literal('flow', { error: '"flow" or "crossing"' }),
    from: text('the id of the place it starts from'),
    to: placeRefs,
    // The same fields as a comparison's value: label, basis, value, qualifier, note, the
    // destinations whose shares were not reported, and where it comes from.
    ...comparisonValueSchema.shape,
  },
  'a flow object',
);

/** People crossing between two places, without a number (the nurses from Windsor to Detroit). */
export const mapCrossingSchema = record(
  {
    kind: z.literal('crossing', { error: '"flow" or "crossing"' }),
    label: text('a label'),
    from: text('the id of the place it starts from'),
    to: placeRefs,
    note,
    ...provenance,
  },
  'a crossing object',
);

const mapValueSchema = z.discriminatedUnion('kind', [mapFlowSchema, mapCrossingSchema], {
  error: 'a flow or a crossing: an object with "kind": "flow" or "kind": "crossing"',
});

export const mapDatasetSchema = record(
  {
    ...base,
    chart: z.literal('map', { error: '"map"' }),
    /** The region the main map shows. */
    extent,
    /** The small second map of one crossing. */
    locator: record(
      {
        title: text('a short title for the locator map'),
        extent,
        /** Draw the international border as a river: true where the border runs down rivers (Detroit River). */
        borderIsRiver: z.boolean({ error: 'true or false' }).optional(),
      },
      'a locator object with title and extent',
    ),
    places: arrayOf(placeSchema, 'a list of places', 2),
    values: arrayOf(mapValueSchema, 'a list of flows and crossings', 1),
  },
  'a JSON object',
);

/** Used when `chart` is missing or unknown: still checks every other field. */
export const anyKindDatasetSchema = record(
  { ...base, chart: chartKind, values: arrayOf(z.unknown(), 'a list of values', 1), ...annotated },
  'a JSON object',
);

export const datasetSchemas = {
  line: lineDatasetSchema,
  column: columnDatasetSchema,
  comparison: comparisonDatasetSchema,
  timeline: timelineDatasetSchema,
  map: mapDatasetSchema,
} as const;

export type Source = z.infer<typeof sourceSchema>;
/**
 * A note drawn on the chart. In a translated chart, a note that quotes someone is our translation
 * and `original` holds the English words (never in an English data file: the schema refuses it).
 */
export type Annotation = z.infer<typeof annotationSchema> & { original?: string };
export type LineValue = z.infer<typeof lineValueSchema>;
export type BarValue = z.infer<typeof barValueSchema>;
export type ComparisonValue = z.infer<typeof comparisonValueSchema>;
export type TimelineValue = z.infer<typeof timelineValueSchema>;
export type LineDataset = z.infer<typeof lineDatasetSchema>;
export type ColumnDataset = z.infer<typeof columnDatasetSchema>;
export type ComparisonDataset = z.infer<typeof comparisonDatasetSchema>;
export type TimelineDataset = z.infer<typeof timelineDatasetSchema>;
export type Place = z.infer<typeof placeSchema>;
export type MapFlow = z.infer<typeof mapFlowSchema>;
export type MapCrossing = z.infer<typeof mapCrossingSchema>;
export type MapValue = MapFlow | MapCrossing;
export type MapDataset = z.infer<typeof mapDatasetSchema>;
/**
 * A validated chart data file. A translated one (lib/data/translation.ts) also keeps, in
 * `valueKeys`, the key each value has in the English file (its English label), since figures,
 * table rows and links name a value by that key in both editions.
 */
export type Dataset = (LineDataset | ColumnDataset | ComparisonDataset | TimelineDataset | MapDataset) & { valueKeys?: string[] };
/** Any value row with a number (line, column, comparison, a map's flows). */
export type NumericValue = LineValue | BarValue | ComparisonValue | MapFlow;
/** Any row of any dataset. */
export type DatasetValue = Dataset['values'][number];

/** A dataset's annotations: none when it has none, and none on a map, which takes no annotations. */
export const annotationsOf = (ds: Dataset): Annotation[] => (ds.chart === 'map' ? [] : (ds.annotations ?? []));
