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
import type { z } from 'zod';
import {
  anyKindDatasetSchema,
  CHART_KINDS,
  datasetSchemas,
  type ChartKind,
  type Dataset,
} from './schema';
import { findJsonSyntaxProblem } from './json-errors';

export { datasetToCsv } from './csv';
export type { Dataset } from './schema';

/** Where the data files live, relative to process.cwd(). */
export const DATA_DIR = 'content/data';

/** Thrown for invalid data files; `problems` holds one line per problem. */
export class DatasetError extends Error {
  constructor(readonly problems: string[]) {
    super(problems.join('\n'));
    this.name = 'DatasetError';
  }
}

const resolveDir = (dir?: string) => path.resolve(process.cwd(), dir ?? DATA_DIR);

/** Path as shown in messages: relative to the working directory, with forward slashes. */
function displayPath(file: string): string {
  const rel = path.relative(process.cwd(), file);
  return (rel.startsWith('..') || path.isAbsolute(rel) ? file : rel).split(path.sep).join('/');
}

/** `values[1].sourceRef` */
export function formatPath(p: readonly PropertyKey[]): string {
  if (p.length === 0) return '(top level)';
  return p
    .map((k, i) => (typeof k === 'number' ? `[${k}]` : i === 0 ? String(k) : `.${String(k)}`))
    .join('');
}

/** Short human description of a JSON value for "found …". */
export function describeFound(v: unknown): string {
  if (v === undefined) return 'nothing';
  if (v === null) return 'null';
  if (typeof v === 'string') return JSON.stringify(v.length > 60 ? `${v.slice(0, 57)}...` : v);
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  if (Array.isArray(v)) return v.length === 0 ? 'an empty list' : `a list of ${v.length}`;
  return 'an object';
}

function at(root: unknown, p: readonly PropertyKey[]): unknown {
  let cur: unknown = root;
  for (const k of p) {
    if (cur === null || typeof cur !== 'object') return undefined;
    cur = (cur as Record<PropertyKey, unknown>)[k];
  }
  return cur;
}

function issueLine(file: string, raw: unknown, issue: z.core.$ZodIssue): string {
  const found =
    issue.code === 'unrecognized_keys'
      ? `unknown ${issue.keys.length === 1 ? 'field' : 'fields'} ${issue.keys.map((k) => `"${k}"`).join(', ')}`
      : describeFound(at(raw, issue.path));
  return `${file}: ${formatPath(issue.path)}: expected ${issue.message}, found ${found}`;
}

/**
 * Parses the text of a data file. `file` is the path used in messages and whose base name must
 * equal the dataset id. Throws DatasetError listing every problem.
 */
export function parseDataset(text: string, file: string): Dataset {
  const shown = displayPath(file);
  const body = text.replace(/^\uFEFF/, '');
  let raw: unknown;
  try {
    raw = JSON.parse(body);
  } catch (err) {
    const p = findJsonSyntaxProblem(body);
    if (!p) throw new DatasetError([`${shown}: invalid JSON: ${(err as Error).message}`]);
    throw new DatasetError([`${shown}:${p.line}:${p.column}: invalid JSON: expected ${p.expected}, found ${p.found}`]);
  }
  return validateDataset(raw, file);
}

/** Validates parsed JSON (see parseDataset). */
export function validateDataset(raw: unknown, file: string): Dataset {
  const shown = displayPath(file);
  const kind = (raw as { chart?: unknown } | null)?.chart;
  const known = typeof kind === 'string' && (CHART_KINDS as readonly string[]).includes(kind);
  const schema = known ? datasetSchemas[kind as ChartKind] : anyKindDatasetSchema;
  const result = schema.safeParse(raw);
  if (!result.success) throw new DatasetError(result.error.issues.map((i) => issueLine(shown, raw, i)));
  if (!known) throw new DatasetError([`${shown}: chart: expected a known chart kind, found ${describeFound(kind)}`]);

  const ds = result.data as Dataset;
  const problems: string[] = [];
  const say = (where: string, expected: string, found: string) =>
    problems.push(`${shown}: ${where}: expected ${expected}, found ${found}`);

  const expectedId = path.basename(file).replace(/\.json$/i, '');
  if (ds.id !== expectedId) say('id', `"${expectedId}" (the file name)`, JSON.stringify(ds.id));

  const ids = ds.sources.map((s) => s.id);
  ds.sources.forEach((s, i) => {
    if (ids.indexOf(s.id) !== i) say(`sources[${i}].id`, 'an id not used by another source', `"${s.id}" again`);
  });
  const idList = [...new Set(ids)].map((x) => `"${x}"`).join(', ');

  const values: Dataset['values'][number][] = ds.values;
  values.forEach((v, i) => {
    if (!ids.includes(v.sourceRef)) say(`values[${i}].sourceRef`, `one of the source ids (${idList})`, JSON.stringify(v.sourceRef));
    if ('value' in v && v.value === null) {
      if (!v.note) say(`values[${i}].note`, 'a note saying why the value is unknown (required when value is null)', 'nothing');
      if (v.qualifier) say(`values[${i}].qualifier`, 'no qualifier on an unknown (null) value', JSON.stringify(v.qualifier));
    }
    if (i > 0 && 'date' in v) {
      const prev = values[i - 1] as { date: string };
      const ordered = ds.chart === 'line' ? v.date > prev.date : v.date >= prev.date;
      if (!ordered) say(`values[${i}].date`, `a date ${ds.chart === 'line' ? 'after' : 'on or after'} "${prev.date}"`, `"${v.date}"`);
    }
  });
  if (ds.chart === 'line' && !ds.values.some((v) => v.value !== null)) {
    say('values', 'at least one value that is not null', 'only null values');
  }
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
  const problems: string[] = [];
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
