import type { Root as HastRoot } from 'hast';
import type { Root } from 'mdast';
import { parseDataset, parseTranslation } from '../data/parse';
import type { Dataset } from '../data/schema';
import { internalProblem, withSeverity, type CheckProblem, type Problem } from '../problems';
import { checkModel, fileNameProblems } from './check';
import type { ContentFile, ContentModel, Loaded, LoadedStory, ModelInput, ModelOptions, ModelStory } from './model-types';
import { normaliseReport } from './quotes';
import { readerDataset, readerStory } from './reader-text';
import { sourceProblems } from './source-quotes';
import { bodyOnlyProblems, storyFacts } from './story-facts';
import { chartsShown, FRENCH_DIR, langOfFile, parseStory, type ParsedStory, type StoryMeta } from './story-file';

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

/** What the data files gave: the datasets of both editions, and what the passes need to know of each file. */
export type DataRead = Pick<Loaded, 'english' | 'french' | 'dataPositions' | 'dataTexts' | 'invalid' | 'frenchFiles' | 'frenchTexts'> & { problems: CheckProblem[] };

/** How a story is read: where its data is, and how its file is named. */
export type StoryContext = Pick<Loaded, 'english' | 'french' | 'invalid' | 'publicFiles' | 'display'>;

/**
 * What reading one story file gave: its problems (errors), and when it compiled, the story as the
 * passes read it, its trees (`trees`: only in the process that keeps them for the model's
 * stories), and (`head`) the JSON of the story as the build's snapshot writes it, without its
 * datasets, and its compiled tree's JSON as UTF-8 (./cache). Everything but the trees is plain
 * data, which a worker thread can send. The tree's JSON goes as bytes, as the snapshot writes it:
 * as a string, the typographic quotes of every story made it two bytes a character, twice as much
 * for the build's story cache to hash and write (scripts/lib/story-cache.ts).
 */
export type StoryRead = { problems: CheckProblem[]; story?: Omit<LoadedStory, 'datasets'>; trees?: { tree: Root; hast: HastRoot }; head?: string; body?: Uint8Array };

const utf8 = new TextEncoder();

/**
 * A story as the build's snapshot writes it in its index (./cache): the JSON of its fields but its
 * compiled tree, which goes into the bodies file, and its datasets, which the index writes as
 * numbers into a table after them.
 */
export const storyHead = (story: Omit<ModelStory, 'tree' | 'hast' | 'datasets'>): string => JSON.stringify(story);

/** How a display function is given: a prefix for the root-relative path, or the function. */
export const displayOf = (prefix: ModelOptions['display'] = 'content/') => (typeof prefix === 'function' ? prefix : (path: string) => `${prefix}${path}`);

/** Internal problems of a step that threw, and the step's fallback. */
const guard = (problems: CheckProblem[], display: (path: string) => string) => <T>(path: string, step: string, run: () => T, fallback: T): T => {
  try {
    return run();
  } catch (error) {
    problems.push(internalProblem(display(path), step, error));
    return fallback;
  }
};

const errors = (list: Problem[]) => list.map((p) => withSeverity(p, 'error'));

/** The data files, English then French, each by name; their problems in that order. */
export function readData(files: ContentFile[], display: (path: string) => string, memo: ParseMemo = noMemo): DataRead {
  const problems: CheckProblem[] = [];
  const guarded = guard(problems, display);
  const dataFiles = files.filter((f) => DATA.test(f.path)).sort(byPath);
  const frenchDataFiles = files.filter((f) => FRENCH_DATA.test(f.path)).sort(byPath);

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
  const frenchTexts = new Map<string, string>();
  for (const file of frenchDataFiles) {
    const id = FRENCH_DATA.exec(file.path)![1];
    frenchTexts.set(id, file.text);
    const base = english.get(id);
    if (!base) {
      frenchFiles.set(id, []);
      continue;
    }
    const result = guarded(file.path, 'French data file', () => memo.translation(display(file.path), file.text, base, () => parseTranslation(file.text, display(file.path), base)), { problems: [] });
    frenchFiles.set(id, result.problems);
    if (result.dataset) french.set(id, result.dataset);
  }
  return { english, french, dataPositions, dataTexts, invalid, frenchFiles, frenchTexts, problems };
}

/**
 * Reads one story file (`path` inside the content root): parses it (through `memo`) and reads what
 * the passes need from its trees (./story-facts). Never throws. `keep`: the trees, for the model's
 * stories; `head`: the snapshot's JSON of the story, for npm run check --cache.
 */
export function readStory(path: string, text: string, ctx: StoryContext, { memo = noMemo, keep = false, head = false }: { memo?: ParseMemo; keep?: boolean; head?: boolean } = {}): StoryRead {
  const file = ctx.display(path);
  const problems: CheckProblem[] = [];
  try {
    const parsed = memo.story(file, text, () => parseStory(file, text));
    problems.push(...errors(parsed.problems));
    const { tree, hast } = parsed;
    if (!parsed.story || !tree || !hast) {
      const { body } = parsed;
      if (!body || !tree) return { problems };
      const datasets = storyDatasets(langOfFile(file), chartsShown(body), ctx.english, ctx.french);
      return { problems: [...problems, ...bodyOnlyProblems({ ...body, file, lang: langOfFile(file), tree, frontmatter: parsed.frontmatter, datasets }, ctx)] };
    }
    const datasets = storyDatasets(parsed.story.lang, chartsShown(parsed.story), ctx.english, ctx.french);
    const facts = storyFacts({ ...parsed.story, tree, hast, frontmatter: parsed.frontmatter, datasets }, ctx);
    return { problems, story: { ...parsed.story, path, facts }, trees: keep ? { tree, hast } : undefined, ...(head ? { head: storyHead({ ...readerStory(parsed.story), path }), body: utf8.encode(JSON.stringify(hast)) } : {}) };
  } catch (error) {
    return { problems: [...problems, internalProblem(file, 'story', error)] };
  }
}

/** The story files: English first, then French, each by name: the order every list of problems follows. */
export const storyFilesOf = (files: ContentFile[]) => files.filter((f) => STORY.test(f.path)).sort((a, b) => Number(a.path.startsWith(`stories/${FRENCH_DIR}/`)) - Number(b.path.startsWith(`stories/${FRENCH_DIR}/`)) || byPath(a, b));

/** What every reading of the content ends with: its problems, its stories (newest first) and its datasets. */
export type Checked = {
  problems: CheckProblem[];
  /** The stories that compiled, newest first, each with what reading it gave. */
  reads: { read: StoryRead; story: LoadedStory }[];
  datasets: ContentModel['datasets'];
  counts: ContentModel['counts'];
  /** A story's datasets in the reader's typography, each typeset once for all the stories that draw it. */
  readerDatasets: (story: LoadedStory) => Dataset[];
};

/**
 * The model's core, whoever reads the stories: `read` gives what reading each story file gave
 * (readStory, here or in another thread). The data files are read here, the passes over the
 * whole model run here, in one order, so the problems are the same whichever thread read a story.
 */
export function checkFiles(input: ModelInput, options: ModelOptions, read: (path: string, text: string, ctx: StoryContext) => StoryRead): Checked {
  const display = displayOf(options.display);
  const problems: CheckProblem[] = [];
  const guarded = guard(problems, display);
  const storyFiles = storyFilesOf(input.files);
  const data = readData(input.files, display, options.memo);
  problems.push(...data.problems);
  const { english, french } = data;
  const ctx: StoryContext = { english, french, invalid: data.invalid, publicFiles: new Set(input.publicFiles ?? []), display };

  // File names first: each gives its story an address, and two files may claim the same one.
  problems.push(...fileNameProblems(storyFiles.map((f) => f.path), display));
  const reads: Checked['reads'] = [];
  const unread: Loaded['unread'] = { en: new Set(), fr: new Set() };
  for (const file of storyFiles.filter((f) => f.path.endsWith('.mdx'))) {
    const one = read(file.path, file.text, ctx);
    problems.push(...one.problems);
    if (!one.story) {
      unread[langOfFile(file.path)].add(file.path.split('/').pop()!.replace(/\.mdx$/, ''));
      continue;
    }
    const datasets = storyDatasets(one.story.lang, chartsShown(one.story), english, french);
    reads.push({ read: one, story: { ...one.story, datasets } });
  }

  const loaded: Loaded = {
    ...omit(data, 'problems'),
    stories: reads.map((r) => r.story),
    publicFiles: ctx.publicFiles,
    unread,
    sources: input.sources && new Map(input.sources.map((s) => [s.path.split('/').pop() ?? s.path, normaliseReport(s.text)])),
    frenchEdition: storyFiles.some((f) => f.path.startsWith(`stories/${FRENCH_DIR}/`)),
    display,
    now: options.now ?? Date.now(),
  };
  problems.push(...checkModel(loaded, guarded));
  problems.push(...guarded('data', 'source quotations', () => sourceProblems(loaded), []));

  // What readers see is typeset once, after the checks have read the text as typed.
  const typeset = new Map<Dataset, Dataset>();
  const forReaders = (ds: Dataset, lang: 'en' | 'fr') => typeset.get(ds) ?? typeset.set(ds, readerDataset(ds, lang)).get(ds)!;
  const readerDatasets = (story: LoadedStory) => story.datasets.map((ds) => forReaders(ds, french.get(ds.id) === ds ? 'fr' : 'en'));
  const newest = (a: StoryMeta, b: StoryMeta) => Date.parse(b.published) - Date.parse(a.published) || a.slug.localeCompare(b.slug) || a.lang.localeCompare(b.lang);
  const sorted = (map: Map<string, Dataset>) => [...map.values()].sort((a, b) => a.id.localeCompare(b.id));
  // The datasets as their files type them (the CSV downloads); the stories' own are typeset for readers.
  return { problems, reads: [...reads].sort((a, b) => newest(a.story, b.story)), datasets: { en: sorted(english), fr: sorted(french) }, counts: { storyFiles: storyFiles.length, dataFiles: input.files.filter((f) => DATA.test(f.path)).length }, readerDatasets };
}

export function buildModel(input: ModelInput, options: ModelOptions = {}): ContentModel {
  const checked = checkFiles(input, options, (path, text, ctx) => readStory(path, text, ctx, { memo: options.memo, keep: true }));
  const stories: ModelStory[] = checked.reads.map(({ read, story }) => {
    // In the order of the model's story objects: the frontmatter's fields and what was derived, then path, tree, hast, datasets.
    return readerStory({ ...omit(story, 'path', 'datasets', 'facts'), path: story.path, tree: read.trees!.tree, hast: read.trees!.hast, datasets: checked.readerDatasets(story) });
  });
  return { stories, datasets: checked.datasets, problems: checked.problems, counts: checked.counts };
}

/**
 * The datasets a story draws, in its edition's words. A French story whose chart has no valid French
 * text yet gets the English one: the French chart pass reports it (an error once published).
 */
function storyDatasets(lang: 'en' | 'fr', ids: string[], english: Map<string, Dataset>, french: Map<string, Dataset>): Dataset[] {
  return ids.flatMap((id) => {
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
