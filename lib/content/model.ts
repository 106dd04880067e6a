import { parseDataset, parseTranslation } from '../data/parse';
import type { Dataset } from '../data/schema';
import { internalProblem, withSeverity, type CheckProblem, type Problem } from '../problems';
import { checkModel, fileNameProblems } from './check';
import type { ContentFile, ContentModel, Loaded, ModelInput, ModelOptions, ModelStory } from './model-types';
import { normaliseReport } from './quotes';
import { readerDataset, readerStory } from './reader-text';
import { sourceProblems } from './source-quotes';
import { FRENCH_DIR, parseStory, type ParsedStory } from './story-file';

export type { ContentFile, ContentModel, ModelInput, ModelOptions, ModelStory } from './model-types';

/**
 * The one loader core. It takes the content's files as texts (nothing is read from disk here) and
 * returns the stories of both editions, compiled, with their datasets; the datasets of both
 * editions; and every problem in every file with its severity. `npm run check`, the build,
 * `next dev` (through ./disk) and the editing desk (through checkEdit) all call it.
 *
 * It never throws: every step that reads one file is guarded, so an unexpected exception becomes
 * a problem naming that file, and one broken file never hides another's problems.
 */

const STORY = /^stories\/(?:fr\/)?[^/]+$/;
const DATA = /^data\/([^/]+)\.json$/;
const FRENCH_DATA = /^data\/fr\/([^/]+)\.json$/;

/** A copy of `object` without `keys`. */
export function omit<T extends object, K extends keyof T>(object: T, ...keys: K[]): Omit<T, K> {
  const copy = { ...object };
  for (const key of keys) delete copy[key];
  return copy;
}

/**
 * What reading one file gave, kept between builds by a long-lived caller: the desk builds the whole
 * model on every check, where all files but the one being typed are unchanged. Reading a file is a
 * pure function of its displayed name and its text (and, for a French data file, of the English
 * dataset it translates), so a result found here is the one reading would give again. The results
 * are shared between builds and so must never be changed: buildModel and the passes copy what they
 * add to (a story is spread into a new object, problems are mapped), and nothing downstream writes
 * into a tree, a compiled tree or a dataset (tests/unit/content/model-memo.test.ts checks both).
 *
 * Bounded: per file, only its last `versions` texts (the text being typed, and the one before, so
 * undoing an edit is free too); at most `files` files, the least recently read dropped first.
 */
export type ParseMemo = {
  story(file: string, text: string, read: () => ParsedStory): ParsedStory;
  dataset(file: string, text: string, read: () => DatasetResult): DatasetResult;
  translation(file: string, text: string, base: Dataset, read: () => DatasetResult): DatasetResult;
};
type DatasetResult = ReturnType<typeof parseDataset>;

export function parseMemo({ versions = 2, files = 4096 } = {}): ParseMemo {
  type Entry = { text: string; base?: Dataset; result: unknown };
  const kept = new Map<string, Entry[]>();
  function recall<T>(key: string, text: string, base: Dataset | undefined, read: () => T): T {
    const entries = kept.get(key) ?? [];
    const found = entries.find((e) => e.text === text && e.base === base);
    const result = found ? (found.result as T) : read();
    // Set again (so last in the map's order) even when found: the least recently read goes first.
    kept.delete(key);
    kept.set(key, [{ text, base, result }, ...entries.filter((e) => e !== found)].slice(0, versions));
    if (kept.size > files) kept.delete(kept.keys().next().value!);
    return result;
  }
  return {
    story: (file, text, read) => recall(`story\0${file}`, text, undefined, read),
    dataset: (file, text, read) => recall(`data\0${file}`, text, undefined, read),
    translation: (file, text, base, read) => recall(`translation\0${file}`, text, base, read),
  };
}

/** Reading without a memo: every file read again. */
const noMemo: ParseMemo = { story: (_f, _t, read) => read(), dataset: (_f, _t, read) => read(), translation: (_f, _t, _b, read) => read() };

const byPath = (a: ContentFile, b: ContentFile) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0);

export function buildModel(input: ModelInput, options: ModelOptions = {}): ContentModel {
  const prefix = options.display ?? 'content/';
  const display = typeof prefix === 'function' ? prefix : (path: string) => `${prefix}${path}`;
  const problems: CheckProblem[] = [];
  const guarded = <T>(path: string, step: string, run: () => T, fallback: T): T => {
    try {
      return run();
    } catch (error) {
      problems.push(internalProblem(display(path), step, error));
      return fallback;
    }
  };
  const errors = (list: Problem[]) => list.map((p) => withSeverity(p, 'error'));
  const memo = options.memo ?? noMemo;

  // English stories first, then French, each by name: the order every list of problems follows.
  const storyFiles = input.files.filter((f) => STORY.test(f.path)).sort((a, b) => Number(a.path.startsWith(`stories/${FRENCH_DIR}/`)) - Number(b.path.startsWith(`stories/${FRENCH_DIR}/`)) || byPath(a, b));
  const dataFiles = input.files.filter((f) => DATA.test(f.path)).sort(byPath);
  const frenchDataFiles = input.files.filter((f) => FRENCH_DATA.test(f.path)).sort(byPath);

  const english = new Map<string, Dataset>();
  const dataPositions: Loaded['dataPositions'] = new Map();
  const dataTexts = new Map<string, string>();
  const invalid = new Set<string>();
  for (const file of dataFiles) {
    const id = DATA.exec(file.path)![1];
    dataTexts.set(id, file.text);
    const result = guarded(file.path, 'data file', () => memo.dataset(display(file.path), file.text, () => parseDataset(file.text, display(file.path))), { problems: [] });
    problems.push(...errors(result.problems));
    if (result.dataset) {
      english.set(id, result.dataset);
      dataPositions.set(id, result.positionOf);
    } else invalid.add(id);
  }

  // French words of the charts: problems are kept for the pass that knows which stories show them.
  const french = new Map<string, Dataset>();
  const frenchFiles = new Map<string, Problem[]>();
  for (const file of frenchDataFiles) {
    const id = FRENCH_DATA.exec(file.path)![1];
    const base = english.get(id);
    if (!base) {
      frenchFiles.set(id, []);
      continue;
    }
    const result = guarded(file.path, 'French data file', () => memo.translation(display(file.path), file.text, base, () => parseTranslation(file.text, display(file.path), base)), { problems: [] });
    frenchFiles.set(id, result.problems);
    if (result.dataset) french.set(id, result.dataset);
  }

  // File names first: each gives its story an address, and two files may claim the same one.
  problems.push(...fileNameProblems(storyFiles.map((f) => f.path), display));
  const stories: Loaded['stories'] = [];
  for (const file of storyFiles.filter((f) => f.path.endsWith('.mdx'))) {
    const parsed = guarded(file.path, 'story', () => memo.story(display(file.path), file.text, () => parseStory(display(file.path), file.text)), undefined);
    if (!parsed) continue;
    problems.push(...errors(parsed.problems));
    if (!parsed.story || !parsed.tree || !parsed.hast) continue;
    const datasets = storyDatasets(parsed.story.lang, [...parsed.story.charts, ...parsed.story.figures.map((f) => f.chart)], english, french);
    stories.push({ ...parsed.story, path: file.path, tree: parsed.tree, hast: parsed.hast, datasets, frontmatter: parsed.frontmatter, source: file.text });
  }

  const loaded: Loaded = {
    stories,
    english,
    french,
    dataPositions,
    dataTexts,
    invalid,
    frenchFiles,
    publicFiles: new Set(input.publicFiles ?? []),
    sources: input.sources && new Map(input.sources.map((s) => [s.path.split('/').pop() ?? s.path, normaliseReport(s.text)])),
    frenchEdition: storyFiles.some((f) => f.path.startsWith(`stories/${FRENCH_DIR}/`)),
    display,
    now: options.now ?? Date.now(),
  };
  problems.push(...checkModel(loaded, guarded));
  problems.push(...guarded('data', 'source quotations', () => sourceProblems(loaded), []));

  // What readers see is typeset once, here, after the checks have read the text as typed.
  const typeset = new Map<Dataset, Dataset>();
  const forReaders = (ds: Dataset, lang: 'en' | 'fr') => typeset.get(ds) ?? typeset.set(ds, readerDataset(ds, lang)).get(ds)!;
  const model: ModelStory[] = stories
    .map((story) => readerStory({ ...omit(story, 'frontmatter', 'source'), datasets: story.datasets.map((ds) => forReaders(ds, french.get(ds.id) === ds ? 'fr' : 'en')) }))
    .sort((a, b) => Date.parse(b.published) - Date.parse(a.published) || a.slug.localeCompare(b.slug) || a.lang.localeCompare(b.lang));
  const sorted = (map: Map<string, Dataset>) => [...map.values()].sort((a, b) => a.id.localeCompare(b.id));
  // The datasets as their files type them (the CSV downloads); the stories' own are typeset for readers.
  return { stories: model, datasets: { en: sorted(english), fr: sorted(french) }, problems, counts: { storyFiles: storyFiles.length, dataFiles: dataFiles.length } };
}

/**
 * The datasets a story draws, in its edition's words. A French story whose chart has no valid French
 * text yet gets the English one: the French chart pass reports it (an error once published).
 */
function storyDatasets(lang: 'en' | 'fr', ids: string[], english: Map<string, Dataset>, french: Map<string, Dataset>): Dataset[] {
  return [...new Set(ids)].flatMap((id) => {
    const dataset = (lang === 'fr' ? french.get(id) : undefined) ?? english.get(id);
    return dataset ? [dataset] : [];
  });
}

/**
 * The desk's one call: the model with one file's text as the editor has it now (unsaved), the
 * other files as they are. Pure, like buildModel; `path` is inside the content root (stories/x.mdx).
 */
export function checkEdit(input: ModelInput, edit: ContentFile, options?: ModelOptions): ContentModel {
  const files = [...input.files.filter((f) => f.path !== edit.path), edit];
  return buildModel({ ...input, files }, options);
}
