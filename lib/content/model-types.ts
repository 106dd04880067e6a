import type { Root as HastRoot } from 'hast';
import type { Root } from 'mdast';
import type { Dataset } from '../data/schema';
import type { CheckProblem, Problem } from '../problems';
import type { ParseMemo } from './model';
import type { StoryFacts } from './story-facts';
import type { StoryMeta } from './story-file';

/** A file of the content root: its path inside the root (stories/x.mdx, data/fr/id.json) and its text. */
export type ContentFile = { path: string; text: string };

export type ModelInput = {
  /** The stories (stories/*.mdx, stories/fr/*.mdx) and data files (data/*.json, data/fr/*.json); anything else is ignored. */
  files: ContentFile[];
  /** The source reports (path: the report's file name, as a data file's `sources[].file` names it). Absent: quotations are not checked. */
  sources?: ContentFile[];
  /** Files a story may show or link to, as paths inside public/ ("icon.svg", "images/a.png"). */
  publicFiles?: string[];
};

export type ModelOptions = {
  /** How problems name a file: a prefix for the root-relative path (default "content/"), or a function. */
  display?: string | ((path: string) => string);
  /** The publication cut-off, in ms since the epoch, for checks about what readers see (default: now). */
  now?: number;
  /** Results of reading files kept from earlier builds (parseMemo in ./model), for a caller that builds again and again. */
  memo?: ParseMemo;
};

/** A story of either edition, compiled, with the datasets its charts and figures draw. */
export type ModelStory = StoryMeta & {
  /** Its path inside the content root (stories/x.mdx). */
  path: string;
  /** The Markdown tree (frontmatter included), for checks and the desk. */
  tree: Root;
  /** The compiled tree the page renders (lib/content/body.tsx). */
  hast: HastRoot;
  /** The validated datasets of its charts and figures, in its edition's words and typography (lib/content/reader-text.ts): those of `charts` first, in order, no repeats. */
  datasets: Dataset[];
};

export type ContentModel = {
  /** Every story that compiled, both editions, newest first. */
  stories: ModelStory[];
  /** Every valid data file, by edition (French: English files with their French words), sorted by id, as typed (a story's `datasets` are typeset for readers). */
  datasets: { en: Dataset[]; fr: Dataset[] };
  /** Every problem in every file, each with its severity. */
  problems: CheckProblem[];
  /** How many story and data files the input held, for the check's summary. */
  counts: { storyFiles: number; dataFiles: number };
};

/** A story as the passes over the model read it: what compiling it gave, without its trees, which it was read from once (./story-facts). */
export type LoadedStory = StoryMeta & { path: string; datasets: Dataset[]; facts: StoryFacts };

/** What the passes over the model read: the model being built, and what loading learnt on the way. */
export type Loaded = {
  stories: LoadedStory[];
  /** Valid English datasets by id, and French ones by id. */
  english: Map<string, Dataset>;
  french: Map<string, Dataset>;
  /** Where a field is in each valid data file (English by id). */
  dataPositions: Map<string, (path: readonly PropertyKey[]) => { line: number; column: number }>;
  /** Every English data file's id (valid or not) and its text; the ids of files with errors; of French files. */
  dataTexts: Map<string, string>;
  invalid: Set<string>;
  /** The French data files' ids, and the problems of each (empty when it is valid). */
  frenchFiles: Map<string, Problem[]>;
  /** Each French data file's text, by id (a chart's French words may hold placeholders, as its English file may). */
  frenchTexts: Map<string, string>;
  publicFiles: Set<string>;
  /**
   * The slugs of story files whose story could not be read (its own problems say why), by edition:
   * a link or a translationOf naming one is not reported as naming no story, a false second error.
   */
  unread: Record<'en' | 'fr', Set<string>>;
  /** Normalised text of each source report by file name, when sources were given. */
  sources?: Map<string, string>;
  /** Whether the French edition has begun (a story in stories/fr/). */
  frenchEdition: boolean;
  display: (path: string) => string;
  now: number;
};
