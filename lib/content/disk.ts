import fs from 'node:fs';
import path from 'node:path';
import type { Dataset } from '../data/schema';
import type { Lang } from '../i18n/lang';
import { ContentError, isError, type CheckProblem } from '../problems';
import { storyBody, type StoryBody } from './body';
import { inputKey, readSnapshot, snapshotText, writeSnapshot, writeSnapshotText, type Snapshot, type SnapshotStory } from './cache';
import { buildModel, checkFiles, omit, readStory, type ContentFile, type ContentModel, type ModelInput, type ParseMemo, type StoryRead } from './model';
import type { StoryMeta } from './story-file';

/**
 * The disk adapter around the content model (./model): it reads the content root, the source
 * reports and the public files, and hands their texts to buildModel. Pages, feeds, cards, embeds
 * and `npm run check` read content through here; the model is rebuilt when a file's stamp
 * changes, so `next dev` sees every edit.
 *
 * The content root is CONTENT_DIR (default `content`): stories/, stories/fr/, data/, data/fr/,
 * and optionally public/ and sources/. Sources default to SOURCES_DIR, else ../shared/sources.
 */

export type Story = StoryMeta & {
  /** The validated datasets of its charts and figures, in its edition's words: those of `charts` first, in order, no repeats. */
  datasets: Dataset[];
  /** The body, rendered with a component map: <Body components={…} />. */
  Body: StoryBody;
};

export type ContentDirs = {
  /** The content root (default: CONTENT_DIR, else content). */
  root?: string;
  /** Overrides of the root's folders; `dir` is the stories folder, `dataDir` the data folder. */
  dir?: string;
  dataDir?: string;
  publicDir?: string;
  /** The source reports; null: do not check quotations against them. */
  sourcesDir?: string | null;
};

const rel = (p: string) => {
  const r = path.relative(process.cwd(), p);
  return (r.startsWith('..') || path.isAbsolute(r) ? p : r).split(path.sep).join('/');
};
const exists = (p: string) => fs.existsSync(p);

/** The folders the model's paths map to: its stories/, data/, public/ and sources/. */
export function contentDirs(dirs: ContentDirs = {}) {
  const root = dirs.root ?? process.env.CONTENT_DIR ?? 'content';
  const inRoot = (sub: string) => path.join(root, sub);
  const publicDir = dirs.publicDir ?? (exists(inRoot('public')) ? inRoot('public') : 'public');
  const sourcesDir = dirs.sourcesDir === null ? undefined : (dirs.sourcesDir ?? (exists(inRoot('sources')) ? inRoot('sources') : (process.env.SOURCES_DIR ?? path.join('..', 'shared', 'sources'))));
  return { stories: dirs.dir ?? inRoot('stories'), data: dirs.dataDir ?? inRoot('data'), public: publicDir, sources: sourcesDir };
}

const listFiles = (dir: string, test: (name: string) => boolean): string[] =>
  exists(dir) ? fs.readdirSync(dir, { withFileTypes: true }).filter((e) => e.isFile() && test(e.name)).map((e) => e.name).sort() : [];

/** Every file the model reads, as model path → disk path. */
function fileMap(dirs: ReturnType<typeof contentDirs>): Map<string, string> {
  const files = new Map<string, string>();
  const add = (prefix: string, dir: string, test: (name: string) => boolean) => {
    for (const name of listFiles(dir, test)) files.set(`${prefix}/${name}`, path.join(dir, name));
  };
  const story = (n: string) => /\.mdx?$/i.test(n);
  const json = (n: string) => n.endsWith('.json');
  add('stories', dirs.stories, story);
  add('stories/fr', path.join(dirs.stories, 'fr'), story);
  add('data', dirs.data, json);
  add('data/fr', path.join(dirs.data, 'fr'), json);
  return files;
}

/** Where the model's top folders (stories, data) are, as paths from here: how its paths are shown to an editor. Plain data, which a worker thread can be sent. */
export type DisplayTops = Record<string, string>;

/** How a path of the model is shown, by where its top folder is. */
export function displayFrom(tops: DisplayTops): (p: string) => string {
  return (p) => {
    const [top, ...rest] = p.split('/');
    return Object.hasOwn(tops, top) ? [tops[top], ...rest].join('/') : p;
  };
}

/** The model's input, read from disk, and how its paths are shown to an editor (as paths from here). */
export function readContent(dirs: ContentDirs = {}): { input: ModelInput; display: (p: string) => string; tops: DisplayTops; sourcesDir?: string; sourcesFound: boolean } {
  const d = contentDirs(dirs);
  const read = (p: string) => fs.readFileSync(p, 'utf8');
  const files: ContentFile[] = [...fileMap(d)].map(([p, disk]) => ({ path: p, text: read(disk) }));
  const sourcesFound = !!d.sources && exists(d.sources);
  const sources = sourcesFound ? listFiles(d.sources!, (n) => n.endsWith('.txt')).map((name) => ({ path: name, text: read(path.join(d.sources!, name)) })) : undefined;
  const publicFiles = exists(d.public) ? (fs.readdirSync(d.public, { recursive: true, withFileTypes: true }) as fs.Dirent[]).filter((e) => e.isFile()).map((e) => path.relative(d.public, path.join(e.parentPath, e.name)).split(path.sep).join('/')) : [];
  const tops: DisplayTops = { stories: rel(d.stories), data: rel(d.data) };
  return { input: { files, sources, publicFiles }, display: displayFrom(tops), tops, sourcesDir: d.sources, sourcesFound };
}

/** A stamp of every file the model read: names, sizes and modification times. */
function stampOf(dirs: ContentDirs): string {
  const d = contentDirs(dirs);
  const stat = (p: string) => {
    const s = fs.statSync(p, { throwIfNoEntry: false });
    return s ? `${s.mtimeMs}:${s.size}` : '-';
  };
  const sources = d.sources && exists(d.sources) ? listFiles(d.sources, (n) => n.endsWith('.txt')).map((n) => `${n}:${stat(path.join(d.sources!, n))}`) : [];
  return [...[...fileMap(d)].map(([p, disk]) => `${p}:${stat(disk)}`), ...sources, stat(d.public)].join('\n');
}

/** Problems of the content root itself: a stories folder that is not there, source reports that are not there. */
function rootProblems(dirs: ContentDirs, { sourcesDir, sourcesFound }: { sourcesDir?: string; sourcesFound: boolean }): CheckProblem[] {
  const problems: CheckProblem[] = [];
  const { stories } = contentDirs(dirs);
  if (!exists(stories)) {
    // A mistyped CONTENT_DIR would otherwise check nothing and pass.
    problems.push({ file: rel(stories), field: 'content folder', expected: 'a folder of stories (set CONTENT_DIR to a folder holding stories/ and data/)', found: 'no such folder', severity: 'error' });
  }
  if (!sourcesFound && sourcesDir) {
    problems.push({ file: rel(sourcesDir), field: 'source reports', expected: 'the source reports (.txt files) to check quotations against', found: 'no such folder', hint: 'set SOURCES_DIR; quotations were not checked', severity: 'warning' });
  }
  return problems;
}

/**
 * The content model of a content root (see ./model), with a warning when there were no source
 * reports to check quotations against. With `cache`, the model is also written there for the
 * build's other processes (see ./cache).
 */
export function contentModel(dirs: ContentDirs = {}, now = publishTime(), { cache, content, memo }: { cache?: string; content?: ReturnType<typeof readContent>; memo?: ParseMemo } = {}): ContentModel {
  const read = content ?? readContent(dirs);
  const model = buildModel(read.input, { display: read.display, now, memo });
  model.problems.push(...rootProblems(dirs, read));
  if (cache) writeSnapshot(cache, inputKey(read.input), model);
  return model;
}

/** Stories read ahead (in other threads: scripts/lib/story-workers.ts), by path, each with the text it was read from. */
export type ReadAhead = Map<string, { text: string; read: StoryRead }>;

/**
 * npm run check's reading of a content root: the problems of contentModel (the same, in the same
 * order), its counts and datasets, without keeping a story's trees, which only the passes read
 * (and each story's were read once, in the thread that compiled it: ./story-facts). With `cache`,
 * the same snapshot as contentModel writes. `ahead`: stories already read, taken for the same text;
 * `memo`: data files already read (./model parseMemo), taken for the same text. `onRead`: told of
 * each story read here (not ahead), as reading it gave it, before the passes run.
 */
export function checkContent(dirs: ContentDirs = {}, now = publishTime(), { cache, content, ahead, memo, onRead }: { cache?: string; content?: ReturnType<typeof readContent>; ahead?: ReadAhead; memo?: ParseMemo; onRead?: (path: string, text: string, read: StoryRead) => void } = {}): Omit<ContentModel, 'stories'> {
  const read = content ?? readContent(dirs);
  const head = !!cache;
  const checked = checkFiles(read.input, { display: read.display, now, memo }, (path, text, ctx) => {
    const kept = ahead?.get(path);
    if (kept && kept.text === text && (!head || kept.read.head !== undefined || !kept.read.story)) return kept.read;
    const one = readStory(path, text, ctx, { head });
    onRead?.(path, text, one);
    return one;
  });
  const result = { datasets: checked.datasets, problems: [...checked.problems, ...rootProblems(dirs, read)], counts: checked.counts };
  if (cache) {
    const stories = checked.reads.map(({ read: one, story }) => ({ head: one.head!, body: one.body!, datasets: checked.readerDatasets(story) }));
    writeSnapshotText(cache, inputKey(read.input), snapshotText({ stories, ...result }));
  }
  return result;
}

/** The model as the build's check step wrote it (STORY_CACHE), if the files are unchanged since; else built here. */
function snapshotOrModel(dirs: ContentDirs): Snapshot {
  const dir = process.env.STORY_CACHE;
  const snapshot = dir ? readSnapshot(dir, inputKey(readContent(dirs).input)) : undefined;
  if (snapshot) return snapshot;
  const model = contentModel(dirs);
  return { ...model, stories: model.stories.map((story) => ({ ...omit(story, 'tree', 'hast'), body: () => story.hast })) };
}

type Loaded = { key: string; stamp: string; stories: Story[]; model: Snapshot };
let cache: Loaded | undefined;

/** A story's body reads its compiled tree when it renders, and keeps none: a page worker renders few of the stories it holds. */
const withBody = (story: SnapshotStory): Story => {
  const { body } = story;
  return { ...omit(story, 'path', 'body'), Body: (props) => storyBody(body())(props) };
};

/**
 * Every story of both editions with its datasets, newest first. Throws one ContentError listing
 * every error in every file, so an editor fixes them in one pass and a build never publishes half
 * the site. Rebuilt when a file changes (not checked again in a production build).
 */
export function loadStories(dirs: ContentDirs = {}): Story[] {
  const key = JSON.stringify([contentDirs(dirs), process.env.PUBLISH_TIME ?? '']);
  const production = process.env.NODE_ENV === 'production';
  const stamp = cache?.key === key && production ? cache.stamp : stampOf(dirs);
  if (cache?.key !== key || cache.stamp !== stamp) {
    const model = snapshotOrModel(dirs);
    cache = { key, stamp, model, stories: model.stories.map(withBody) };
  }
  const errors: CheckProblem[] = cache.model.problems.filter(isError);
  if (errors.length && !despite) throw new ContentError(errors);
  return cache.stories;
}

let despite = 0;

/**
 * Runs `read` (synchronous) with the stories that compiled, even when a saved file has errors. For
 * the desk's preview: it draws one page, whose links to other stories and topics are read from
 * disk, while the desk lets an editor save a draft with errors.
 */
export function despiteContentErrors<T>(read: () => T): T {
  despite++;
  try {
    return read();
  } finally {
    despite--;
  }
}

/** Preview (drafts and scheduled stories shown, and marked): in development only, never in a production build. */
export const isPreview = () => process.env.NODE_ENV === 'development';

/**
 * The moment a build publishes as of: now, unless PUBLISH_TIME (an ISO date-time) says otherwise,
 * so a scheduled story can be previewed as it will look, or a build reproduced.
 */
export function publishTime(): number {
  const fixed = process.env.PUBLISH_TIME;
  if (fixed && Number.isNaN(Date.parse(fixed))) throw new Error(`PUBLISH_TIME: expected an ISO date-time, found "${fixed}"`);
  return fixed ? Date.parse(fixed) : Date.now();
}

/** Scheduled: its `published` time has not come yet. */
export const isScheduled = (story: StoryMeta, now = publishTime()) => Date.parse(story.published) > now;

export type Options = ContentDirs & {
  /** The edition: every list of stories is one edition's. */
  lang: Lang;
  /** Include drafts and scheduled stories (default: in development only). */
  preview?: boolean;
  /** Publication cut-off in ms since epoch (default: publishTime()). */
  now?: number;
};

/** Published stories of one edition (`lang`), newest first; with preview, drafts and scheduled ones too. */
export function getStories(options: Options): Story[] {
  const preview = options.preview ?? isPreview();
  const now = options.now ?? publishTime();
  const { lang } = options;
  return loadStories(options).filter((s) => s.lang === lang && (preview || (!s.draft && !isScheduled(s, now))));
}

/** One story of an edition by its slug (French slugs are the French files' names). */
export function getStory(slug: string, lang: Lang, options: Omit<Options, 'lang'> = {}): Story | undefined {
  return getStories({ ...options, lang }).find((s) => s.slug === slug);
}

/**
 * The same story in the other edition, if it is on the site (published, or in preview): a French
 * story's original, or an English story's translation. The language switch and hreflang use it.
 */
export function counterpartOf(story: StoryMeta, options: Omit<Options, 'lang'> = {}): Story | undefined {
  if (story.lang === 'fr') return story.translationOf ? getStory(story.translationOf, 'en', options) : undefined;
  return getStories({ ...options, lang: 'fr' }).find((s) => s.translationOf === story.slug);
}

/** Every tag in use, with its stories, sorted by name. */
export function getTags(options: Options): { tag: string; stories: Story[] }[] {
  const byTag = new Map<string, Story[]>();
  for (const story of getStories(options)) for (const tag of story.tags) byTag.set(tag, [...(byTag.get(tag) ?? []), story]);
  return [...byTag].map(([tag, stories]) => ({ tag, stories })).sort((a, b) => a.tag.localeCompare(b.tag));
}

/**
 * Charts shown by the stories on the site (drafts' charts only in preview), with their data: the
 * only ones given embed pages, CSVs and cards. Sorted by id.
 */
export function getPublishedCharts(options: Options): Dataset[] {
  const byId = new Map(getStories(options).flatMap((story) => story.datasets.map((d) => [d.id, d] as const)));
  return [...byId.values()].sort((a, b) => a.id.localeCompare(b.id));
}

/** One published chart's data, by id. */
export function getPublishedChart(id: string, options: Options): Dataset | undefined {
  return getPublishedCharts(options).find((d) => d.id === id);
}

/**
 * One published chart's data as its files type it, for the CSV download: a data file's words as
 * the editor wrote them (straight quotes and all), not the typeset text the pages show, so the
 * download matches the file and a spreadsheet search for "États-Unis" finds it.
 */
export function getPublishedChartData(id: string, options: Options): Dataset | undefined {
  if (!getPublishedChart(id, options)) return undefined;
  const { datasets } = cache!.model;
  return datasets[options.lang].find((d) => d.id === id) ?? datasets.en.find((d) => d.id === id);
}
