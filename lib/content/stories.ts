import fs from 'node:fs';
import path from 'node:path';
import type { Root } from 'mdast';
import { parseDocument } from 'yaml';
import { chartIds, countWords, parseMdx, readingMinutes, tableOfContents, type TocEntry } from './derive';
import { ContentError, schemaProblems, toContentProblem, yamlLine as lineOfPath, type ContentProblem } from './errors';
import { frontmatterSchema, type Frontmatter } from './schema';

export type Story = Frontmatter & {
  slug: string;
  /** Path from the project root, for messages and links to the source. */
  file: string;
  wordCount: number;
  readingMinutes: number;
  toc: TocEntry[];
  /** Chart ids the story embeds, in order; the first is its lead chart. */
  charts: string[];
};

export const STORIES_DIR = path.join(process.cwd(), 'content', 'stories');
const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/;

/** Reads one story file; returns the story (and its parsed MDX, for further checks) or the problems that stop it. */
export function parseStory(file: string, source: string): { story?: Story; tree?: Root; problems: ContentProblem[] } {
  const slug = path.basename(file, '.mdx');
  const problems: ContentProblem[] = [];
  if (!SLUG.test(slug)) {
    problems.push({ file, message: `file name: expected lowercase words joined by hyphens, like "mask-exports.mdx", found "${path.basename(file)}"` });
  }
  const match = FRONTMATTER.exec(source);
  if (!match) {
    problems.push({ file, line: 1, message: 'frontmatter: expected the file to start with a YAML block between two "---" lines, found none' });
    return { problems };
  }
  const yamlText = match[1];
  const doc = parseDocument(yamlText);
  // The YAML starts on line 2 of the file, after the opening ---.
  for (const error of doc.errors) {
    const [line, column] = error.linePos?.[0] ? [error.linePos[0].line + 1, error.linePos[0].col] : [2, undefined];
    problems.push({ file, line, column, message: `frontmatter is not valid YAML: ${error.message.split('\n')[0]}` });
  }
  if (doc.errors.length) return { problems };

  const data: unknown = doc.toJS() ?? {};
  const result = frontmatterSchema.safeParse(data);
  if (!result.success) {
    const lineOf = (p: PropertyKey[]) => {
      const l = lineOfPath(doc, yamlText, p);
      return l === undefined ? undefined : l + 1;
    };
    problems.push(...schemaProblems(file, result.error.issues, data, lineOf).map(toContentProblem));
  }

  let tree;
  try {
    tree = parseMdx(source);
  } catch (error) {
    const e = error as { line?: number; column?: number; reason?: string; message: string };
    const reason = e.reason ?? e.message;
    // The parser names characters; an editor needs to hear which tag to close.
    const hint = /tag|attribute|closing/i.test(reason) ? ' (a component such as <Chart id="…" /> must end with "/>"; check the tag that opens above this line)' : '';
    problems.push({ file, line: e.line, column: e.column, message: `MDX syntax: ${reason}${hint}` });
  }
  if (problems.length || !result.success || !tree) return { problems };

  const wordCount = countWords(tree);
  return {
    problems,
    tree,
    story: {
      ...result.data,
      slug,
      file,
      wordCount,
      readingMinutes: readingMinutes(wordCount),
      toc: tableOfContents(tree),
      charts: chartIds(tree),
    },
  };
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
export const isScheduled = (story: Story, now = publishTime()) => Date.parse(story.published) > now;

let cache: { dir: string; stories: Story[] } | undefined;

/**
 * Every story in `dir`, newest first. Throws one ContentError listing every problem in every file,
 * so an editor fixes them in one pass and a build never publishes half the site.
 */
export function loadStories(dir = STORIES_DIR): Story[] {
  if (cache?.dir === dir && process.env.NODE_ENV === 'production') return cache.stories;
  const files = fs.existsSync(dir) ? fs.readdirSync(dir).filter((f) => f.endsWith('.mdx')).sort() : [];
  const problems: ContentProblem[] = [];
  const stories: Story[] = [];
  for (const name of files) {
    const file = path.relative(process.cwd(), path.join(dir, name));
    const parsed = parseStory(file, fs.readFileSync(path.join(dir, name), 'utf8'));
    problems.push(...parsed.problems);
    if (parsed.story) stories.push(parsed.story);
  }
  if (problems.length) throw new ContentError(problems);
  stories.sort((a, b) => Date.parse(b.published) - Date.parse(a.published) || a.slug.localeCompare(b.slug));
  cache = { dir, stories };
  return stories;
}

type Options = {
  dir?: string;
  /** Include drafts and scheduled stories (default: in development only). */
  preview?: boolean;
  /** Publication cut-off in ms since epoch (default: publishTime()). */
  now?: number;
};

/** Published stories, newest first; with preview, drafts and scheduled ones too. */
export function getStories(options: Options = {}): Story[] {
  const preview = options.preview ?? isPreview();
  const now = options.now ?? publishTime();
  return loadStories(options.dir).filter((s) => preview || (!s.draft && !isScheduled(s, now)));
}

export function getStory(slug: string, options: Options = {}): Story | undefined {
  return getStories(options).find((s) => s.slug === slug);
}

/** Every tag in use, with its stories, sorted by name. */
export function getTags(options: Options = {}): { tag: string; stories: Story[] }[] {
  const byTag = new Map<string, Story[]>();
  for (const story of getStories(options)) for (const tag of story.tags) byTag.set(tag, [...(byTag.get(tag) ?? []), story]);
  return [...byTag].map(([tag, stories]) => ({ tag, stories })).sort((a, b) => a.tag.localeCompare(b.tag));
}

/** The last time a story changed for readers: its `updated` field or its newest correction, else publication. */
export function modifiedAt(story: Story): string {
  // A correction dated by day alone counts from midday UTC: the same calendar day across the Americas and Europe.
  const corrected = story.corrections.map((c) => (c.date.length === 10 ? `${c.date}T12:00:00Z` : c.date));
  const candidates = [story.published, story.updated, ...corrected].filter(Boolean) as string[];
  return candidates.reduce((a, b) => (Date.parse(b) > Date.parse(a) ? b : a));
}

/** The newest modification among stories (for a list page, a tag page or a feed). */
export function lastModified(stories: Story[]): string | undefined {
  return stories.map(modifiedAt).sort((a, b) => Date.parse(b) - Date.parse(a))[0];
}

/** Charts shown by the stories on the site (drafts' charts only in preview): the only ones given embed pages, CSVs and cards. */
export function getPublishedChartIds(options: Options = {}): string[] {
  return [...new Set(getStories(options).flatMap((story) => story.charts))].sort();
}
