/**
 * Loads and validates the chart data files in `content/data/` (server only: uses node:fs).
 *
 *   getDatasets()            all datasets, sorted by id
 *   getDataset(id)           one dataset; throws `Unknown chart id "x": … known ids: …`
 *   getDataset(id, dir, 'fr') the same with its French text from <dir>/fr/<id>.json (lib/data/translation.ts)
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
import { translateDataset } from './translation';
import type { Lang } from '../i18n/lang';
import {
  anyKindDatasetSchema,
  CHART_KINDS,
  datasetSchemas,
  type ChartKind,
  type Dataset,
} from './schema';

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

/**
 * Parses and validates the text of a translation file (`file`) of the English dataset `english`
 * and returns the dataset in that edition's words. Throws DatasetError listing every problem.
 */
export function parseTranslation(text: string, file: string, english: Dataset): Dataset {
  const shown = displayPath(file);
  const parsed = parseJson(text.replace(/^\uFEFF/, ''));
  if (!parsed.ok) throw new DatasetError([{ file: shown, field: 'JSON syntax', ...parsed.problem }]);
  const result = translateDataset(english, parsed.value, shown, (p) => jsonPosition(parsed, p));
  if ('problems' in result) throw new DatasetError(result.problems);
  return result.dataset;
}

/** Where the translation of a data file lives: `<its folder>/<lang>/<its name>`. */
export const translationFile = (file: string, lang: Exclude<Lang, 'en'>) => path.join(path.dirname(file), lang, path.basename(file));

interface CacheEntry {
  stamp: string;
  dataset: Dataset;
}
const fileCache = new Map<string, CacheEntry>();

const stampOf = (abs: string) => {
  const st = fs.statSync(abs);
  return `${st.mtimeMs}:${st.size}`;
};

/**
 * Reads and validates one data file (cached until the file changes); with `lang` 'fr', in the words
 * of its French file, which must exist: a French page cannot show an English chart.
 */
export function loadDatasetFile(file: string, lang: Lang = 'en'): Dataset {
  const abs = path.resolve(process.cwd(), file);
  const english = loadCached(abs, abs, () => parseDataset(fs.readFileSync(abs, 'utf8'), abs));
  if (lang === 'en') return english;
  const local = translationFile(abs, lang);
  if (!fs.existsSync(local)) {
    throw new DatasetError([
      {
        file: displayPath(local),
        expected: `a file with the French text of ${displayPath(abs)} (create it: see "French edition" in EDITORS.md)`,
        found: 'no such file',
      },
    ]);
  }
  return loadCached(local, `${abs}|${stampOf(abs)}`, () => parseTranslation(fs.readFileSync(local, 'utf8'), local, english));
}

/** `load()`, or its last result while `abs` (and whatever `extra` names) has not changed. */
function loadCached(abs: string, extra: string, load: () => Dataset): Dataset {
  const stamp = `${stampOf(abs)}|${extra}`;
  const hit = fileCache.get(abs);
  if (hit && hit.stamp === stamp) return hit.dataset;
  const dataset = load();
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

/**
 * One dataset by id, in the words of edition `lang`. Throws `Unknown chart id "x": …; known ids:
 * a, b` for an unknown id, and names the file to create when a French text is missing.
 */
export function getDataset(id: string, dir?: string, lang: Lang = 'en'): Dataset {
  const root = resolveDir(dir);
  const ids = listChartIds(dir);
  if (!ids.includes(id)) {
    const wanted = displayPath(path.join(root, `${id}.json`));
    throw new Error(`Unknown chart id "${id}": there is no ${wanted}; known ids: ${ids.join(', ') || '(none)'}`);
  }
  return loadDatasetFile(path.join(root, `${id}.json`), lang);
}
