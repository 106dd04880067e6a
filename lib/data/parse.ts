/**
 * Parses and validates the text of a chart data file and of its French words: pure (no disk), so
 * the content model (lib/content/model.ts) and the editing desk can use it. Returns the dataset or
 * every problem with its position, never throws.
 */
import { type Problem } from '../problems';
import { describeFound, problemAt, schemaProblems } from '../zod-problems';
import { checkAnnotations, type Say } from './annotations';
import { jsonPosition, parseJson } from './json';
import { checkMap } from './map-checks';
import { translateDataset } from './translation';
import { anyKindDatasetSchema, CHART_KINDS, datasetSchemas, type ChartKind, type Dataset } from './schema';

/** A data file read: its dataset, or every problem that stops it (never both, never an exception). */
export type DatasetResult =
  | { dataset: Dataset; problems: []; /** Where a field is in the file, for later checks. */ positionOf: (path: readonly PropertyKey[]) => { line: number; column: number } }
  | { dataset?: undefined; problems: Problem[]; positionOf?: undefined };

const failed = (problems: Problem[]): DatasetResult => ({ problems });

/**
 * Parses and validates the text of a data file. `file` is the path named in messages, whose base
 * name must equal the dataset id. Pure: returns the dataset or every problem found.
 */
export function parseDataset(text: string, file: string): DatasetResult {
  const parsed = parseJson(text.replace(/^\uFEFF/, ''));
  if (!parsed.ok) return failed(parsed.problems.map((p) => ({ file, field: 'JSON syntax', ...p })));
  const raw = parsed.value;
  const positionOf = (p: readonly PropertyKey[]) => jsonPosition(parsed, p);

  const kind = (raw as { chart?: unknown } | null)?.chart;
  const known = typeof kind === 'string' && (CHART_KINDS as readonly string[]).includes(kind);
  const schema = known ? datasetSchemas[kind as ChartKind] : anyKindDatasetSchema;
  const result = schema.safeParse(raw);
  if (!result.success) return failed(schemaProblems(file, result.error.issues, raw, positionOf));

  // Checks across fields, which the schema cannot express.
  const ds = result.data as Dataset;
  const problems: Problem[] = [];
  const say = (where: PropertyKey[], expected: string, found: string) => problems.push(problemAt(file, where, positionOf, { expected, found }));

  const expectedId = (file.split('/').pop() ?? file).replace(/\.json$/i, '');
  if (ds.id !== expectedId) say(['id'], `"${expectedId}" (the file name)`, JSON.stringify(ds.id));

  const ids = ds.sources.map((s) => s.id);
  ds.sources.forEach((s, i) => {
    if (ids.indexOf(s.id) !== i) say(['sources', i, 'id'], 'an id not used by another source', `"${s.id}" again`);
  });
  const idList = [...new Set(ids)].map((x) => `"${x}"`).join(', ');

  const values: Dataset['values'][number][] = ds.values;
  values.forEach((v, i) => {
    if (!ids.includes(v.sourceRef)) say(['values', i, 'sourceRef'], `one of the source ids (${idList})`, JSON.stringify(v.sourceRef));
    if ('value' in v && v.value === null) {
      if (!v.note) say(['values', i, 'note'], 'a note saying why the value is unknown (required when value is null)', describeFound(v.note));
      if (v.qualifier) say(['values', i, 'qualifier'], 'no qualifier on an unknown (null) value', JSON.stringify(v.qualifier));
    }
    if (i > 0 && 'date' in v) {
      const prev = values[i - 1] as { date: string };
      const ordered = ds.chart === 'line' ? v.date > prev.date : v.date >= prev.date;
      if (!ordered) say(['values', i, 'date'], `a date ${ds.chart === 'line' ? 'after' : 'on or after'} "${prev.date}"`, `"${v.date}"`);
    }
  });
  if (ds.chart === 'line' && !ds.values.some((v) => v.value !== null)) {
    say(['values'], 'at least one value that is not null', 'only null values');
  }
  if (ds.chart === 'map') checkMap(ds, say);
  if (ds.chart === 'timeline') checkSummary(ds.values, say);
  checkAnnotations(ds, say);
  return problems.length ? failed(problems) : { dataset: ds, problems: [], positionOf };
}

/** A condensed timeline shows two events: the two marked "summary", or, with none marked, the first and the last. */
function checkSummary(values: readonly { summary?: boolean }[], say: Say) {
  const marked = values.flatMap((v, i) => (v.summary ? [i] : []));
  if (marked.length === 1) say(['values', marked[0], 'summary'], 'two events marked "summary": true (the two a condensed timeline shows), or none', 'this one alone');
  // At each mark: the one just typed may be any of them.
  if (marked.length > 2) for (const i of marked) say(['values', i, 'summary'], 'two events marked "summary": true, no more', `${marked.length} events marked`);
}

/**
 * Parses and validates the text of a translation file (`file`, as named in messages) of the
 * English dataset `english`: the dataset in that edition's words, or every problem found.
 */
export function parseTranslation(text: string, file: string, english: Dataset): DatasetResult {
  const parsed = parseJson(text.replace(/^\uFEFF/, ''));
  if (!parsed.ok) return failed(parsed.problems.map((p) => ({ file, field: 'JSON syntax', ...p })));
  const positionOf = (p: readonly PropertyKey[]) => jsonPosition(parsed, p);
  const result = translateDataset(english, parsed.value, file, positionOf);
  return 'problems' in result ? failed(result.problems) : { dataset: result.dataset, problems: [], positionOf };
}
