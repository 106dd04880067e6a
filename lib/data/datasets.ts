/**
 * Loads and validates the chart data files in `content/data/` (server only: uses node:fs).
 *
 *   getDatasets()            all datasets, sorted by id
 *   getDataset(id)           one dataset; throws `Unknown chart id "x": … known ids: …`
 *   datasetToCsv(dataset)    CSV text for /data/<id>.csv
 *
 * Every function takes an optional directory (relative to process.cwd() or absolute) so tests can
 * point it at fixtures. Files are cached by modification time, so edits show up in `next dev`.
 */
import fs from 'node:fs';
import path from 'node:path';
import { location, problemMessage, type Problem } from '../problems';
import { describeFound, problemAt, schemaProblems } from '../zod-problems';
import { checkAnnotations } from './annotations';
import { jsonPosition, parseJson } from './json';
import { checkMap } from './map-checks';
import {
  anyKindDatasetSchema,
  CHART_KINDS,
  datasetSchemas,
  type ChartKind,
  type Dataset,
} from './schema';

export { datasetToCsv } from './csv';
export type { Dataset } from './schema';

/** Where the data files live, relative to process.cwd(). */
export const DATA_DIR = 'content/data';

/** Thrown for invalid data files; `problems` holds every problem found, each with its line. */
export class DatasetError extends Error {
  constructor(readonly problems: Problem[]) {
    super(problems.map((p) => `${location(p)}: ${problemMessage(p)}`).join('\n'));
    this.name = 'DatasetError';
  }
}

const resolveDir = (dir?: string) => path.resolve(process.cwd(), dir ?? DATA_DIR);

/** Path as shown in messages: relative to the working directory, with forward slashes. */
function displayPath(file: string): string {
  const rel = path.relative(process.cwd(), file);
  return (rel.startsWith('..') || path.isAbsolute(rel) ? file : rel).split(path.sep).join('/');
}

/**
 * Parses and validates the text of a data file. `file` is the path used in messages and whose
 * base name must equal the dataset id. Throws DatasetError listing every problem.
 */
export function parseDataset(text: string, file: string): Dataset {
  const shown = displayPath(file);
  const parsed = parseJson(text.replace(/^\uFEFF/, ''));
  if (!parsed.ok) throw new DatasetError([{ file: shown, field: 'JSON syntax', ...parsed.problem }]);
  const raw = parsed.value;
  const positionOf = (p: readonly PropertyKey[]) => jsonPosition(parsed, p);

  const kind = (raw as { chart?: unknown } | null)?.chart;
  const known = typeof kind === 'string' && (CHART_KINDS as readonly string[]).includes(kind);
  const schema = known ? datasetSchemas[kind as ChartKind] : anyKindDatasetSchema;
  const result = schema.safeParse(raw);
  if (!result.success) throw new DatasetError(schemaProblems(shown, result.error.issues, raw, positionOf));

  // Checks across fields, which the schema cannot express.
  const ds = result.data as Dataset;
  const problems: Problem[] = [];
  const say = (where: PropertyKey[], expected: string, found: string) => problems.push(problemAt(shown, where, positionOf, { expected, found }));

  const expectedId = path.basename(file).replace(/\.json$/i, '');
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
  checkAnnotations(ds, say);
  if (problems.length) throw new DatasetError(problems);
  return ds;
}

interface CacheEntry {
  stamp: string;
  dataset: Dataset;
}
const fileCache = new Map<string, CacheEntry>();

/** Reads and validates one data file (cached until the file changes). */
export function loadDatasetFile(file: string): Dataset {
  const abs = path.resolve(process.cwd(), file);
  const st = fs.statSync(abs);
  const stamp = `${st.mtimeMs}:${st.size}`;
  const hit = fileCache.get(abs);
  if (hit && hit.stamp === stamp) return hit.dataset;
  const dataset = parseDataset(fs.readFileSync(abs, 'utf8'), abs);
  fileCache.set(abs, { stamp, dataset });
  return dataset;
}

function jsonFiles(dir: string): string[] {
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => path.join(dir, f));
}

/** All datasets in `dir` (default content/data), sorted by id. Throws if any file is invalid. */
export function getDatasets(dir?: string): Dataset[] {
  const problems: Problem[] = [];
  const out: Dataset[] = [];
  for (const f of jsonFiles(resolveDir(dir))) {
    try {
      out.push(loadDatasetFile(f));
    } catch (e) {
      if (e instanceof DatasetError) problems.push(...e.problems);
      else throw e;
    }
  }
  if (problems.length) throw new DatasetError(problems);
  return out;
}

/** Ids of the data files in `dir`, from the file names (does not validate). */
export function listChartIds(dir?: string): string[] {
  return jsonFiles(resolveDir(dir)).map((f) => path.basename(f, '.json'));
}

/** One dataset by id. Throws `Unknown chart id "x": …; known ids: a, b` for an unknown id. */
export function getDataset(id: string, dir?: string): Dataset {
  const root = resolveDir(dir);
  const ids = listChartIds(dir);
  if (!ids.includes(id)) {
    const wanted = displayPath(path.join(root, `${id}.json`));
    throw new Error(`Unknown chart id "${id}": there is no ${wanted}; known ids: ${ids.join(', ') || '(none)'}`);
  }
  return loadDatasetFile(path.join(root, `${id}.json`));
}
