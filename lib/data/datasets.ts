/**
 * Loads and validates the chart data files in `content/data/` (server only: uses node:fs).
 *
 *   getDatasets()            all datasets, sorted by id
 *   getDataset(id)           one dataset; throws `Unknown chart id "x": … known ids: …`
 *   getDataset(id, dir, 'fr') the same with its French text from <dir>/fr/<id>.json (lib/data/translation.ts)
 *
 * The parse functions are pure and return problems; the loaders below read the disk (for tests
 * and the styleguide; the site reads datasets from the content model, lib/content/disk.ts) and
 * throw one ContentError listing every problem. Every loader takes an optional directory (relative to process.cwd() or absolute) so tests can
 * point it at fixtures. Files are cached by modification time, so edits show up in `next dev`.
 */
import fs from 'node:fs';
import path from 'node:path';
import { ContentError, type Problem } from '../problems';
import type { Lang } from '../i18n/lang';
import { parseDataset, parseTranslation, type DatasetResult } from './parse';
import type { Dataset } from './schema';

export { parseDataset, parseTranslation, type DatasetResult } from './parse';
export type { Dataset } from './schema';

/** Where the data files live, relative to process.cwd(): data/ in the content root (CONTENT_DIR, default content). */
export const dataDir = () => path.join(process.env.CONTENT_DIR ?? 'content', 'data');

/** The dataset of a result, or a ContentError with its problems (for callers that cannot go on without it). */
function orThrow(result: DatasetResult): Dataset {
  if (!result.dataset) throw new ContentError(result.problems);
  return result.dataset;
}

const resolveDir = (dir?: string) => path.resolve(process.cwd(), dir ?? dataDir());

/** Path as shown in messages: relative to the working directory, with forward slashes. */
function displayPath(file: string): string {
  const rel = path.relative(process.cwd(), file);
  return (rel.startsWith('..') || path.isAbsolute(rel) ? file : rel).split(path.sep).join('/');
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
export function loadDatasetFile(file: string, lang: Lang): Dataset {
  const abs = path.resolve(process.cwd(), file);
  const english = loadCached(abs, abs, () => orThrow(parseDataset(fs.readFileSync(abs, 'utf8'), displayPath(abs))));
  if (lang === 'en') return english;
  const local = translationFile(abs, lang);
  if (!fs.existsSync(local)) {
    throw new ContentError([
      {
        file: displayPath(local),
        expected: `a file with the French text of ${displayPath(abs)} (create it: see "French edition" in EDITORS.md)`,
        found: 'no such file',
      },
    ]);
  }
  return loadCached(local, `${abs}|${stampOf(abs)}`, () => orThrow(parseTranslation(fs.readFileSync(local, 'utf8'), displayPath(local), english)));
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
      out.push(loadDatasetFile(f, 'en'));
    } catch (e) {
      if (e instanceof ContentError) problems.push(...e.problems);
      else throw e;
    }
  }
  if (problems.length) throw new ContentError(problems);
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
export function getDataset(id: string, dir: string | undefined, lang: Lang): Dataset {
  const root = resolveDir(dir);
  const ids = listChartIds(dir);
  if (!ids.includes(id)) {
    const wanted = displayPath(path.join(root, `${id}.json`));
    throw new Error(`Unknown chart id "${id}": there is no ${wanted}; known ids: ${ids.join(', ') || '(none)'}`);
  }
  return loadDatasetFile(path.join(root, `${id}.json`), lang);
}
