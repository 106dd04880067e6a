import fs from 'node:fs';
import path from 'node:path';
import type { Root as HastRoot } from 'hast';
import type { Root } from 'mdast';
import { parseDocument } from 'yaml';
import { CONTENT_DIR, DATA_DIR, DatasetError, listChartIds, loadDatasetFile, translationFile, type Dataset } from '../data/datasets';
import { ContentError, type Problem } from '../problems';
import { storyBody, type StoryBody } from './body';
import { readCompiled, writeCompiled } from './cache';
import { figureProblem } from '../charts/figures';
import type { Lang } from '../i18n/lang';
import { chartIds, countWords, figureRefs, readingMinutes, tableOfContents, type TocEntry } from './derive';
import { quoteOriginals } from './quotes';
import { schemaProblems, yamlLine as lineOfPath } from './errors';
import { compileMdx } from './mdx';
import { frontmatterSchema, type Frontmatter } from './schema';
import { frontmatterLine, translationProblems } from './translations';

/** What compiling a story file gives: its frontmatter and the fields derived from its body. */
export type StoryMeta = Frontmatter & {
  slug: string;
  /** The edition: English in content/stories/, French in content/stories/fr/ (with translationOf). */
  lang: Lang;
  /** Path from the project root, for messages and links to the source. */
  file: string;
  wordCount: number;
  readingMinutes: number;
  toc: TocEntry[];
  /** Chart ids the story embeds, in order; the first is its lead chart. */
  charts: string[];
  /** Figures its prose takes from the data, by chart and value key. */
  figures: { chart: string; value: string }[];
  /** In a French story, the English words of each <Quote>, in order: the page lists them as "Citations originales". */
  quotes: { original: string }[];
};

export type Story = StoryMeta & {
  /** The validated datasets of its charts and figures: those of `charts` first, in order, no repeats. */
  datasets: Dataset[];
  /** The body, rendered with a component map: <Body components={…} />. */
  Body: StoryBody;
};

export const STORIES_DIR = path.resolve(process.cwd(), CONTENT_DIR, 'stories');
/** French stories sit in this folder inside the stories folder; everything else there is English. */
export const FRENCH_DIR = 'fr';

/** The edition of a story file, by its folder. */
export const langOfFile = (file: string): Lang => (path.basename(path.dirname(file)) === FRENCH_DIR ? 'fr' : 'en');
const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/;

type Parsed = { story?: StoryMeta; tree?: Root; hast?: HastRoot; problems: Problem[] };

/** Reads one story file: its frontmatter, checked, and its body, compiled (see ./mdx). */
export function parseStory(file: string, source: string, lang: Lang = langOfFile(file)): Parsed {
  const slug = path.basename(file, '.mdx');
  const problems: Problem[] = [];
  if (!SLUG.test(slug)) {
    problems.push({ file, field: 'file name', expected: 'lowercase words joined by hyphens, like "mask-exports.mdx"', found: `"${path.basename(file)}"` });
  }
  const match = FRONTMATTER.exec(source);
  if (!match) {
    problems.push({ file, line: 1, field: 'frontmatter', expected: 'the file to start with a YAML block between two "---" lines', found: 'none' });
    return { problems };
  }
  const yamlText = match[1];
  const doc = parseDocument(yamlText);
  // The YAML starts on line 2 of the file, after the opening ---.
  for (const error of doc.errors) {
    const [line, column] = error.linePos?.[0] ? [error.linePos[0].line + 1, error.linePos[0].col] : [2, undefined];
    problems.push({ file, line, column, field: 'frontmatter', expected: 'valid YAML', found: error.message.split('\n')[0] });
  }
  if (doc.errors.length) return { problems };

  const data: unknown = doc.toJS() ?? {};
  const result = frontmatterSchema.safeParse(data);
  if (!result.success) {
    const lineOf = (p: PropertyKey[]) => {
      const l = lineOfPath(doc, yamlText, p);
      return l === undefined ? undefined : l + 1;
    };
    problems.push(...schemaProblems(file, result.error.issues, data, lineOf));
  }
  const translationOf = result.success ? result.data.translationOf : undefined;
  if (result.success && lang === 'fr' && !translationOf) {
    problems.push({ file, field: 'translationOf', expected: 'the slug of the English story this file translates, like translationOf: the-n95-standoff (every story in fr/ names its original)', found: 'nothing (the field is missing)' });
  } else if (lang === 'en' && translationOf) {
    problems.push({ file, line: frontmatterLine(source, 'translationOf'), field: 'translationOf', expected: 'no translationOf in an English story (a translation lives in fr/ and names its original there)', found: `"${translationOf}"` });
  }

  const compiled = compileMdx(file, source, lang);
  problems.push(...compiled.problems);
  if (problems.length || !result.success || !('hast' in compiled)) return { problems };

  const { tree, hast } = compiled;
  const wordCount = countWords(tree);
  const meta: StoryMeta = { ...result.data, slug, lang, file, wordCount, readingMinutes: readingMinutes(wordCount), toc: tableOfContents(tree), charts: chartIds(tree), figures: figureRefs(tree), quotes: quoteOriginals(tree).map(({ text }) => ({ original: text })) };
  return { problems, tree, hast, story: meta };
}

/**
 * Compiles a story, or takes it from this build's cache (see ./cache): `npm run build` compiles
 * each story once, in its check step, and the pages, feeds and cards of the build read the result.
 */
export function compileStory(file: string, source: string): { meta?: StoryMeta; hast?: HastRoot; problems: Problem[] } {
  const cached = readCompiled<{ meta: StoryMeta; hast: HastRoot }>(file, source);
  if (cached) return { ...cached, problems: [] };
  const { story: meta, hast, problems } = parseStory(file, source);
  if (meta && hast) writeCompiled(file, source, { meta, hast });
  return { meta, hast, problems };
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

/** The datasets a story's charts draw, or the problems that stop them (an unknown id, a broken file). */
function storyDatasets(meta: StoryMeta, dataDir: string, known: string[]): { datasets: Dataset[]; problems: Problem[] } {
  const datasets: Dataset[] = [];
  const problems: Problem[] = [];
  for (const id of new Set([...meta.charts, ...meta.figures.map((f) => f.chart)])) {
    if (!known.includes(id)) {
      problems.push({ file: meta.file, field: `chart "${id}"`, expected: `one of the charts in ${dataDir}/ (${known.join(', ') || 'none'})`, found: `no file ${id}.json` });
      continue;
    }
    try {
      // A French story draws its charts in French: a chart with no French text stops the build, naming
      // the file to write; only a draft, which is never published, may show it in English meanwhile.
      const file = path.join(dataDir, `${id}.json`);
      const english = meta.lang === 'en' || (meta.draft && !fs.existsSync(translationFile(path.resolve(file), meta.lang)));
      datasets.push(loadDatasetFile(file, english ? 'en' : meta.lang));
    } catch (error) {
      if (!(error instanceof DatasetError)) throw error;
      problems.push(...error.problems);
    }
  }
  for (const figure of meta.figures) {
    const dataset = datasets.find((d) => d.id === figure.chart);
    const problem = dataset && figureProblem(dataset, figure.value);
    if (problem) problems.push({ file: meta.file, field: `<Figure chart="${figure.chart}" value>`, ...problem });
  }
  return { datasets, problems };
}

type Dirs = { dir?: string; dataDir?: string };
let cache: { key: string; stories: Story[] } | undefined;

/** The .mdx files of both editions, as paths from the project root: English in `dir`, French in `dir`/fr/. */
export function storyFiles(dir: string): string[] {
  const list = (folder: string) => (fs.existsSync(folder) ? fs.readdirSync(folder).filter((f) => f.endsWith('.mdx')).sort().map((f) => path.join(folder, f)) : []);
  return [...list(dir), ...list(path.join(dir, FRENCH_DIR))].map((f) => path.relative(process.cwd(), f).split(path.sep).join('/'));
}

/**
 * Every story in `dir` and its French folder, with its datasets, newest first. Throws one
 * ContentError listing every problem in every file, so an editor fixes them in one pass and a
 * build never publishes half the site.
 */
export function loadStories({ dir = STORIES_DIR, dataDir = DATA_DIR }: Dirs = {}): Story[] {
  const key = `${dir}\n${dataDir}`;
  if (cache?.key === key && process.env.NODE_ENV === 'production') return cache.stories;
  const known = listChartIds(dataDir);
  const problems: Problem[] = [];
  const stories: Story[] = [];
  const sources = new Map<string, string>();
  for (const file of storyFiles(dir)) {
    const source = fs.readFileSync(file, 'utf8');
    sources.set(file, source);
    const compiled = compileStory(file, source);
    problems.push(...compiled.problems);
    if (!compiled.meta || !compiled.hast) continue;
    const { datasets, problems: dataProblems } = storyDatasets(compiled.meta, dataDir, known);
    problems.push(...dataProblems);
    stories.push({ ...compiled.meta, datasets, Body: storyBody(compiled.hast) });
  }
  problems.push(...translationProblems(stories, (file) => sources.get(file) ?? ''));
  if (problems.length) throw new ContentError(problems);
  stories.sort((a, b) => Date.parse(b.published) - Date.parse(a.published) || a.slug.localeCompare(b.slug));
  cache = { key, stories };
  return stories;
}

type Options = Dirs & {
  /** The edition (default: English). */
  lang?: Lang;
  /** Include drafts and scheduled stories (default: in development only). */
  preview?: boolean;
  /** Publication cut-off in ms since epoch (default: publishTime()). */
  now?: number;
};

/** Published stories of one edition (English unless `lang` says), newest first; with preview, drafts and scheduled ones too. */
export function getStories(options: Options = {}): Story[] {
  const preview = options.preview ?? isPreview();
  const now = options.now ?? publishTime();
  const lang = options.lang ?? 'en';
  return loadStories(options).filter((s) => s.lang === lang && (preview || (!s.draft && !isScheduled(s, now))));
}

/** One story of an edition by its slug (French slugs are the French files' names). */
export function getStory(slug: string, lang: Lang = 'en', options: Options = {}): Story | undefined {
  return getStories({ ...options, lang }).find((s) => s.slug === slug);
}

/**
 * The same story in the other edition, if it is on the site (published, or in preview): a French
 * story's original, or an English story's translation. The language switch and hreflang use it.
 */
export function counterpartOf(story: StoryMeta, options: Options = {}): Story | undefined {
  if (story.lang === 'fr') return story.translationOf ? getStory(story.translationOf, 'en', options) : undefined;
  return getStories({ ...options, lang: 'fr' }).find((s) => s.translationOf === story.slug);
}

/** Every tag in use, with its stories, sorted by name. */
export function getTags(options: Options = {}): { tag: string; stories: Story[] }[] {
  const byTag = new Map<string, Story[]>();
  for (const story of getStories(options)) for (const tag of story.tags) byTag.set(tag, [...(byTag.get(tag) ?? []), story]);
  return [...byTag].map(([tag, stories]) => ({ tag, stories })).sort((a, b) => a.tag.localeCompare(b.tag));
}

/** The last time a story changed for readers: its `updated` field or its newest correction, else publication. */
export function modifiedAt(story: StoryMeta): string {
  // A correction dated by day alone counts from midday UTC: the same calendar day across the Americas and Europe.
  const corrected = story.corrections.map((c) => (c.date.length === 10 ? `${c.date}T12:00:00Z` : c.date));
  const candidates = [story.published, story.updated, ...corrected].filter(Boolean) as string[];
  return candidates.reduce((a, b) => (Date.parse(b) > Date.parse(a) ? b : a));
}

/** The newest modification among stories (for a list page, a tag page or a feed). */
export function lastModified(stories: StoryMeta[]): string | undefined {
  return stories.map(modifiedAt).sort((a, b) => Date.parse(b) - Date.parse(a))[0];
}

/**
 * Charts shown by the stories on the site (drafts' charts only in preview), with their data: the
 * only ones given embed pages, CSVs and cards. Sorted by id.
 */
export function getPublishedCharts(options: Options = {}): Dataset[] {
  const byId = new Map(getStories(options).flatMap((story) => story.datasets.map((d) => [d.id, d] as const)));
  return [...byId.values()].sort((a, b) => a.id.localeCompare(b.id));
}

/** One published chart's data, by id. */
export function getPublishedChart(id: string, options: Options = {}): Dataset | undefined {
  return getPublishedCharts(options).find((d) => d.id === id);
}
