/**
 * A chart's text in another edition: `content/data/fr/<chart-id>.json` holds only the words (title,
 * units, source line, notes, labels, annotation texts, place names…), keyed to the English file by
 * what does not change between editions (a line chart's month, a value's English label, a place's
 * id, a source's id, an annotation's position). Numbers, dates, sources and quotations come from
 * the English file alone, so the two editions cannot disagree on a fact.
 *
 * The schema is built from the English dataset, so a missing or extra key is an error at its line:
 *   values."2020-02".label: expected the French text of "February 2020", found nothing (the field is missing)
 */
import { z } from 'zod';
import { LIMITS } from '../limits';
import type { Problem } from '../problems';
import { isInvisible, unseenDifference } from '../text-rules';
import { problemAt, schemaProblems, type PositionOf } from '../zod-problems';
import { frenchSpacing } from '../i18n/charts';
import { annotationsOf, type Annotation, type Dataset, type DatasetValue } from './schema';

const shorten = (s: string) => (s.length > 60 ? `${s.slice(0, 57)}...` : s);

/** A translated string: `english` is what it translates, named in the message when it is missing. */
const words = (english: string) => {
  const what = `the French text of "${shorten(english)}"`;
  // The same rules as the English file's text (lib/data/schema.ts): visible, and of a sane length.
  return z
    .string({ error: what })
    .max(LIMITS.dataFieldChars, { error: `the French text of "${shorten(english)}", at most ${LIMITS.dataFieldChars.toLocaleString('en-US')} characters` })
    .refine((s) => s.trim().length > 0 && !isInvisible(s), { error: what });
};

/** An object with exactly these keys: a key the English file does not have is an error naming the ones it does. */
function exactly<T extends z.core.$ZodLooseShape>(shape: T, what: string) {
  const names = Object.keys(shape);
  const keys = names.map((k) => `"${k}"`).join(', ');
  return z.strictObject(shape, {
    error: (issue) => {
      if (issue.code !== 'unrecognized_keys') return what;
      // A key that differs from the English label only in a space no one sees: say where (of the
      // first few unknown keys, so a file of thousands of wrong keys costs no more than a few).
      const twin = issue.keys.slice(0, 20).map((key) => unseenDifference(key, names)).find(Boolean);
      return `only the keys ${keys}, as in the English file${twin ? `; the key found, ${twin}` : ''}`;
    },
  });
}

/** A list with one item per English item, each checked by `item`. */
function tupleOf(items: z.ZodType[], what: [one: string, many: string]) {
  const count = `${items.length} ${items.length === 1 ? what[0] : what[1]}, one for each in the English file, in the same order`;
  return z.tuple(items as unknown as [z.ZodType], {
    error: (issue) => (issue.code === 'too_big' || issue.code === 'too_small' ? count : `a list of ${count}`),
  });
}

const listOf = (english: readonly string[], what: [one: string, many: string]) => tupleOf(english.map(words), what);

/** The key a value's translation is filed under: its month on a line chart, else its English label. */
export const translationKey = (ds: Dataset, v: DatasetValue): string => (ds.chart === 'line' && 'date' in v ? v.date : v.label);

/** The words of one value: its label, and its basis, note, time of day and unsplit parts where it has them. */
function valueShape(v: DatasetValue) {
  return {
    label: words(v.label),
    ...('basis' in v && v.basis ? { basis: words(v.basis) } : {}),
    ...('time' in v && v.time ? { time: words(v.time) } : {}),
    ...('splitNotReported' in v && v.splitNotReported ? { splitNotReported: listOf(v.splitNotReported, ['part name', 'part names']) } : {}),
    ...(v.note ? { note: words(v.note) } : {}),
  };
}

/** The schema of `ds`'s translation file: every text of the English file, and nothing else. */
export function translationSchema(ds: Dataset) {
  // Values that share a key (two reports of one crossing) share its translation. A Map, so a label
  // such as "constructor" is a key like any other, not a property every object already has.
  const byKey = new Map<string, z.ZodType>();
  for (const v of ds.values) if (!byKey.has(translationKey(ds, v))) byKey.set(translationKey(ds, v), exactly(valueShape(v), `the words of "${shorten(v.label)}": a group of fields`));
  const values = Object.fromEntries(byKey);
  const speakers = Object.fromEntries([...new Set(ds.values.map((v) => v.speaker))].map((s) => [s, words(s)]));
  const annotations = annotationsOf(ds);
  return exactly(
    {
      id: z.literal(ds.id, { error: `"${ds.id}" (the id of the chart it translates)` }),
      title: words(ds.title),
      units: words(ds.units),
      sourceLine: words(ds.sourceLine),
      notes: listOf(ds.notes, ['note', 'notes']),
      sources: exactly(
        Object.fromEntries(ds.sources.map((s) => [s.id, exactly({ name: words(s.name) }, 'a group with "name"')])),
        'the sources by id: a group of fields',
      ),
      speakers: exactly(speakers, 'the speakers, each under its English name: a group of fields'),
      values: exactly(values, 'the values, each under its English label (a line chart\'s under its date): a group of fields'),
      ...(annotations.length
        ? {
            annotations: tupleOf(
              annotations.map((a) => exactly({ text: words(a.text), original: z.string().optional() }, 'an annotation: a group with "text"')),
              ['annotation', 'annotations'],
            ),
          }
        : {}),
      ...(ds.chart === 'map'
        ? {
            locator: exactly({ title: words(ds.locator.title) }, 'a group with "title"'),
            places: exactly(
              Object.fromEntries(ds.places.map((p) => [p.id, exactly({ name: words(p.name), ...(p.note ? { note: words(p.note) } : {}) }, 'a group with "name"')])),
              'the places by id: a group of fields',
            ),
          }
        : {}),
    },
    'a JSON object',
  );
}

type Words = { label: string; basis?: string; time?: string; splitNotReported?: string[]; note?: string };
type Translation = {
  title: string;
  units: string;
  sourceLine: string;
  notes: string[];
  sources: Record<string, { name: string }>;
  speakers: Record<string, string>;
  values: Record<string, Words>;
  annotations?: { text: string; original?: string }[];
  locator?: { title: string };
  places?: Record<string, { name: string; note?: string }>;
};

/** The quotation in an English annotation: the words between “ and ”. */
export const quotedIn = (text: string): string | undefined => /“([^”]+)”/.exec(text)?.[1];

/** The mark a translated quotation carries in an annotation. */
export const TRANSLATED_MARK = '[traduction]';

/**
 * An annotation that quotes someone is our translation, marked "[traduction]", and keeps the
 * English words in `original`, which must be the words the English annotation quotes.
 */
function annotationProblems(ds: Dataset, t: Translation, say: (where: PropertyKey[], expected: string, found: string) => void) {
  annotationsOf(ds).forEach((a, i) => {
    const mine = t.annotations?.[i];
    if (!mine) return;
    const quoted = quotedIn(a.text);
    if (!quoted) {
      if (mine.original !== undefined) say(['annotations', i, 'original'], 'no "original" (the English annotation quotes no one)', JSON.stringify(mine.original));
      return;
    }
    if (mine.original !== quoted) say(['annotations', i, 'original'], `the English words the annotation quotes, "${quoted}"`, mine.original === undefined ? 'nothing (the field is missing)' : JSON.stringify(mine.original));
    if (!mine.text.includes(TRANSLATED_MARK)) say(['annotations', i, 'text'], `our translation of the quotation marked "${TRANSLATED_MARK}"`, JSON.stringify(shorten(mine.text)));
  });
}

/** The English dataset with the translation's words in place of its own. */
function localize(ds: Dataset, t: Translation): Dataset {
  const value = <V extends DatasetValue>(v: V): V => {
    const w = t.values[translationKey(ds, v)];
    return { ...v, ...w, speaker: t.speakers[v.speaker] };
  };
  const base = {
    title: t.title,
    units: t.units,
    sourceLine: t.sourceLine,
    notes: t.notes,
    sources: ds.sources.map((s) => ({ ...s, name: t.sources[s.id].name })),
    valueKeys: (ds.values as DatasetValue[]).map((v) => translationKey(ds, v)),
  };
  // A bar's annotation points at it by label: the translated label, as the layout matches labels.
  const target = (key: string | undefined) => (key === undefined || ds.chart === 'line' || ds.chart === 'timeline' ? key : (Object.hasOwn(t.values, key) ? t.values[key].label : key));
  const annotations = (list: Annotation[] | undefined) =>
    list?.map((a, i): Annotation => {
      const mine = t.annotations![i];
      const range = a.range && { ...a.range, ...(a.range.from ? { from: target(a.range.from) } : {}), ...(a.range.to ? { to: target(a.range.to) } : {}) };
      return { ...a, text: mine.text, at: target(a.at)!, ...(range ? { range } : {}), ...(mine.original ? { original: mine.original } : {}) };
    });
  switch (ds.chart) {
    case 'map':
      return {
        ...ds,
        ...base,
        locator: { ...ds.locator, title: t.locator!.title },
        places: ds.places.map((p) => ({ ...p, ...t.places![p.id] })),
        values: ds.values.map(value),
      };
    case 'line':
      return { ...ds, ...base, values: ds.values.map(value), annotations: annotations(ds.annotations) };
    case 'column':
      return { ...ds, ...base, values: ds.values.map(value), annotations: annotations(ds.annotations) };
    case 'comparison':
      return { ...ds, ...base, values: ds.values.map(value), annotations: annotations(ds.annotations) };
    case 'timeline':
      return { ...ds, ...base, values: ds.values.map(value), annotations: annotations(ds.annotations) };
  }
}

/** Every translated string with French spacing; the English words in `original` stay as they are. */
function spacedText(node: unknown, key?: string): unknown {
  if (typeof node === 'string') return key === 'original' ? node : frenchSpacing(node);
  if (Array.isArray(node)) return node.map((item) => spacedText(item));
  if (node && typeof node === 'object') return Object.fromEntries(Object.entries(node).map(([k, v]) => [k, spacedText(v, k)]));
  return node;
}

/**
 * Validates the parsed translation `raw` of `ds` (file `shown`) and returns the translated
 * dataset, or every problem with its position.
 */
export function translateDataset(ds: Dataset, raw: unknown, shown: string, positionOf: PositionOf): { dataset: Dataset } | { problems: Problem[] } {
  const result = translationSchema(ds).safeParse(raw);
  if (!result.success) return { problems: schemaProblems(shown, result.error.issues, raw, positionOf) };
  const t = spacedText(result.data) as Translation;
  const problems: Problem[] = [];
  annotationProblems(ds, t, (where, expected, found) => problems.push(problemAt(shown, where, positionOf, { expected, found })));
  return problems.length ? { problems } : { dataset: localize(ds, t) };
}
