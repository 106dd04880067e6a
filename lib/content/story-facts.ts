import type { Element, Root as HastRoot } from 'hast';
import type { Root } from 'mdast';
import { figureProblem } from '../charts/figures';
import type { Dataset } from '../data/schema';
import { linkablePages, parsePath, paths } from '../i18n/paths';
import { LANGS } from '../i18n/lang';
import { internalProblem, type CheckProblem, type Problem, type Severity } from '../problems';
import { PAGE_IDS, SITE_PATHS } from './components';
import type { ReadFrontmatter } from './frontmatter';
import { handTypedFigures } from './hand-typed';
import { nearestName } from './nearest-name';
import { components, type Item } from './pairing';
import { englishQuotations, originalId, quoteId, quoteOriginals, type Quotation } from './quotes';
import type { StoryMeta } from './story-file';
import { visit } from './walk';

/**
 * What the passes over the whole model (./check) need from one story, read from its trees once,
 * in the thread that compiled it: its own problems (placeholders, body), the ids of its page, and
 * the small facts the passes across stories compare (where its translationOf and corrections are,
 * its charts, figures and quotations). Plain data, so `npm run check` can compute it in a worker
 * thread and send it back without the trees (scripts/lib/story-workers.ts); buildModel computes
 * the same here, so the problems are the same whichever thread read a story.
 */

type Position = { line: number; column: number };

/** A link to another story or a tag: only the whole model knows whether it is there. */
export type PendingLink = { file: string; line?: number; column?: number; url: string; pathname: string; anchor?: string; target: { page: 'story' | 'tag'; lang: 'en' | 'fr'; param: string; address: string } };

/** A body problem, or a link that the whole-model pass checks (in document order). */
export type BodyEntry = { problem: CheckProblem } | { link: PendingLink };

export type StoryFacts = {
  /** Placeholders in the frontmatter's texts. */
  placeholders: CheckProblem[];
  /** Every id the story's page has: links to it may name them. */
  ids: string[];
  /** Problems in the body, with links to other stories and tags left to check. */
  body: BodyEntry[];
  /** Where translationOf and corrections are, and each correction's date (its line). */
  translationOfAt: Position;
  correctionsAt: Position;
  correctionDateLines: number[];
  /** Where each tag is. */
  tagsAt: Position[];
  /** The <Chart>s and <Figure>s in order, and the quotations (English “…”, French <Quote original>). */
  charts: Item[];
  figures: Item[];
  quotations: Quotation[];
  /** A step that threw (a bug, not a mistake): its problem, which the pass over the model reports in that step's place. */
  failed: { step: 'frontmatter' | 'ids' | 'story body' | 'pairing'; problem: CheckProblem }[];
};

/** What a story's facts are read from: what parsing it gave, its datasets, and the data files. */
export type FactsInput = StoryMeta & { tree: Root; hast: HastRoot; frontmatter: ReadFrontmatter; datasets: Dataset[] };
/** What the body's own checks read: a story whose frontmatter has errors has this much. */
type BodyInput = Pick<FactsInput, 'file' | 'lang' | 'draft' | 'charts' | 'quotes' | 'tree' | 'hast' | 'frontmatter' | 'datasets'>;
export type FactsData = { english: Map<string, Dataset>; invalid: Set<string>; publicFiles: Set<string>; display: (path: string) => string };

/** Words that mark unfinished copy. A draft may hold them (warning); a published story may not. */
const PLACEHOLDERS = [/\bTK\b/, /\blorem ipsum\b/i, /\bTODO\b/, /\bFIXME\b/, /\bXXX\b/];
export const placeholderIn = (text: string) => PLACEHOLDERS.map((p) => p.exec(text)).find(Boolean);

/** A list for a message: the first few, and how many more, so a site of a thousand stories keeps messages short. */
export function oneOf(items: string[], max = 8): string {
  return items.length > max ? `${items.slice(0, max).join(', ')} and ${items.length - max} more` : items.join(', ');
}

/** Pages every edition has, which a story may link to. */
const SITE_PAGES = LANGS.flatMap(linkablePages);

/** A path written in a story, %-escapes decoded; undefined when an escape is malformed ("100%.png"). */
function decodedPath(url: string): string | undefined {
  try {
    return decodeURI(url.split(/[?#]/)[0]);
  } catch {
    return undefined;
  }
}

/** Every id a story's page has: its compiled tree's (headings as rehype-slug gave them, quotations) and the page's own. */
function pageIds(story: BodyInput): string[] {
  const ids = new Set<string>([...PAGE_IDS, ...story.charts, ...(story.quotes.length ? ['vo-heading'] : [])]);
  visit(story.hast, 'element', (node: Element) => {
    if (typeof node.properties?.id === 'string') ids.add(node.properties.id);
  });
  // A French story's quotations and their originals are numbered by the page's components.
  story.quotes.forEach((_, i) => [quoteId(i + 1), originalId(i + 1)].forEach((id) => ids.add(id)));
  return [...ids];
}

/** Frontmatter text is copy too: each text value, at its line and column, named by its field ("title", "corrections[0].text"). */
function frontmatterPlaceholders(story: BodyInput): CheckProblem[] {
  return story.frontmatter.strings.flatMap(({ text, line, column, field }) => {
    const m = placeholderIn(text);
    return m ? [{ file: story.file, line, column, field: field || 'placeholder text', expected: 'finished copy', found: `"${m[0]}"`, severity: story.draft ? ('warning' as const) : ('error' as const) }] : [];
  });
}

type At = { position?: { start: { line: number; column: number } } };

/** Problems in a story's body: chart ids, figures, links, images, placeholders, figures typed by hand. */
function bodyEntries(story: BodyInput, ids: Set<string>, data: FactsData): BodyEntry[] {
  const entries: BodyEntry[] = [];
  const at = (node: At, problem: Omit<Problem, 'file'>, severity: Severity = 'error') =>
    entries.push({ problem: { file: story.file, line: node.position?.start.line, column: node.position?.start.column, ...problem, severity } });
  const chartIds = [...data.english.keys()];

  visit(story.tree, (node) => {
    if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && (node.name === 'Chart' || node.name === 'Figure')) {
      const attr = (name: string) => node.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === name)?.value;
      const id = attr(node.name === 'Chart' ? 'id' : 'chart');
      if (typeof id !== 'string') return;
      const field = node.name === 'Chart' ? `<Chart id="${id}">` : `<Figure chart="${id}">`;
      const dataset = story.datasets.find((d) => d.id === id);
      const key = attr('value');
      const figure = node.name === 'Figure' && dataset && typeof key === 'string' && figureProblem(dataset, key);
      if (figure) at(node, { field: `<Figure chart="${id}" value>`, ...figure });
      if (data.invalid.has(id)) at(node, { field, expected: 'a data file without errors', found: `errors in ${data.display(`data/${id}.json`)}, listed under it`, hint: 'fix those first' });
      else if (!data.english.has(id)) {
        const near = nearestName(id, chartIds);
        const create = `add ${data.display(`data/${id}.json`)} to create it`;
        at(node, { field, expected: `one of ${oneOf(chartIds, 30) || '(no valid data files)'}`, found: 'an unknown chart id', hint: near ? `did you mean "${near}"? Otherwise ${create}` : create });
      }
    }
    if (node.type === 'image') {
      if (!node.alt?.trim()) at(node, { field: `image ${node.url}`, expected: `alt text, as in ![What the image shows](${node.url})`, found: 'none' });
      imageSource(node, node.url);
    }
    if (node.type === 'link' || node.type === 'definition') checkLink(node, node.url);
    if (node.type === 'text') {
      const m = placeholderIn(node.value);
      if (m) at(node, { field: 'placeholder text', expected: 'finished copy', found: `"${m[0]}"`, hint: 'replace it before publishing' }, story.draft ? 'warning' : 'error');
    }
  });

  // Figures typed by hand: one that matches the data should come from it; one that does not is a mistake.
  for (const figure of handTypedFigures(story.tree, [...data.english.values()], story.charts, story.lang)) {
    const before = figure.node.value.slice(0, figure.offset).split('\n');
    const start = figure.node.position?.start;
    const where = start && { position: { start: { line: start.line + before.length - 1, column: (before.length > 1 ? 0 : start.column - 1) + before[before.length - 1].length + 1 } } };
    const [match] = figure.matches;
    if (match) at(where ?? figure.node, { field: 'figure', expected: `<Figure chart="${match.dataset.id}" value="${match.key}" />, so the figure comes from the data`, found: `"${figure.text}" typed by hand` }, 'warning');
    else at(where ?? figure.node, { field: 'figure', expected: figure.nearest.length ? `a figure the data holds; nearest: ${figure.nearest.join(', ')}` : 'a figure the data holds', found: `"${figure.text}", which no chart in content/data/ gives`, hint: 'correct it, add it to a data file with its source, or put a quotation in quotation marks' });
  }

  function imageSource(node: At, src: string) {
    const file = decodedPath(src);
    if (!src.startsWith('/')) at(node, { field: `image ${src}`, expected: 'a file in public/ given as /path (no images from other sites)', found: `"${src}"` });
    else if (file === undefined) at(node, { field: `image ${src}`, expected: 'a path whose % signs start an escape such as %20 (write a literal % as %25)', found: `"${src}"` });
    else if (!data.publicFiles.has(file.slice(1))) at(node, { field: `image ${src}`, expected: `the file public${src}`, found: 'no such file' });
  }

  function checkLink(node: At, url: string) {
    const field = `link ${url}`;
    if (url.startsWith('#')) {
      if (ids.has(url.slice(1))) return;
      const own = [...ids].filter((i) => !(PAGE_IDS as readonly string[]).includes(i)).map((i) => `#${i}`);
      at(node, own.length ? { field, expected: `one of ${oneOf(own, 30)}`, found: 'no heading or chart with that id in this story' } : { field, expected: 'the id of a heading or chart in this story', found: 'none', hint: 'the story has no headings or charts yet' });
      return;
    }
    if (!url.startsWith('/') || url.startsWith('//')) return;
    const [pathname, anchor] = url.split('#');
    const target = parsePath(pathname);
    const pending = (page: 'story' | 'tag') =>
      entries.push({ link: { file: story.file, line: node.position?.start.line, column: node.position?.start.column, url, pathname, anchor, target: { page, lang: target!.lang, param: target!.param!, address: target!.address } } });
    if (target?.page === 'story') return void pending('story');
    if (target && pathname !== target.address) {
      at(node, { field, expected: `a trailing slash, ${target.address}`, found: 'none' });
      return;
    }
    if (target?.page === 'tag') return void pending('tag');
    if (target?.page === 'embed' || target?.page === 'data') {
      if (!data.english.has(target.param!)) at(node, { field, expected: 'a chart in content/data/', found: `no chart "${target.param}"` });
      return;
    }
    const file = decodedPath(pathname);
    if (file === undefined) {
      at(node, { field, expected: 'a path whose % signs start an escape such as %20 (write a literal % as %25)', found: `"${pathname}"` });
    } else if (!SITE_PAGES.includes(pathname) && !data.publicFiles.has(file.slice(1))) {
      at(node, { field, expected: `a story, a tag, one of ${SITE_PATHS.join(', ')} (or their French addresses under ${paths('fr').home()}), or a file in public/`, found: 'no such page on the site' });
    }
  }

  return entries;
}

/** What the whole model needs to know of the stories a link may point to. */
export type LinkTargets = { stories: Record<'en' | 'fr', Map<string, { draft: boolean; ids: Set<string> }>>; tags: Record<'en' | 'fr', Set<string>> };

/** The problem of a link to another story or a tag, if any, now that every story is known. */
export function linkProblem(link: PendingLink, ownDraft: boolean, ctx: LinkTargets): CheckProblem | undefined {
  const { target, pathname, anchor } = link;
  const field = `link ${link.url}`;
  const at = (problem: Omit<Problem, 'file'>): CheckProblem => ({ file: link.file, line: link.line, column: link.column, ...problem, severity: 'error' });
  if (target.page === 'tag') return ctx.tags[target.lang].has(target.param) ? undefined : at({ field, expected: 'a tag some published story has', found: `no story tagged "${target.param}"` });
  const stories = ctx.stories[target.lang];
  const address = paths(target.lang).story;
  const story = stories.get(target.param);
  if (!story) return at({ field, expected: `one of ${oneOf([...stories.keys()].map((s) => address(s)))}`, found: `no story "${target.param}"` });
  if (pathname !== target.address) return at({ field, expected: `a trailing slash, ${target.address}`, found: 'none' });
  if (story.draft && !ownDraft) return at({ field, expected: 'a published story', found: `"${target.param}", a draft`, hint: 'the link would be broken on the published site' });
  if (anchor && !story.ids.has(anchor)) return at({ field, expected: 'a heading or chart of that story', found: `no #${anchor} in it` });
  return undefined;
}

/**
 * The problems a story's body shows by itself, for a story that could not be read in full (its
 * frontmatter or file name has errors): placeholders, images, figures, and links within the story
 * and to the site's own pages and files. Links to other stories and tags need the story in the
 * model, so they are checked once the frontmatter is mended.
 */
export function bodyOnlyProblems(story: BodyInput, data: FactsData): CheckProblem[] {
  try {
    const body = bodyEntries(story, new Set(pageIds(story)), data).flatMap((entry) => ('problem' in entry ? [entry.problem] : []));
    return [...frontmatterPlaceholders(story), ...body];
  } catch (error) {
    return [internalProblem(story.file, 'story body', error)];
  }
}

/**
 * A story's facts, each part guarded on its own as the passes over the model guard them (steps
 * "frontmatter", "ids", "story body"); the pairing facts are read when the pairing pass would read them.
 */
export function storyFacts(story: FactsInput, data: FactsData): StoryFacts {
  const failed: StoryFacts['failed'] = [];
  const guard = <T>(step: StoryFacts['failed'][number]['step'], run: () => T, fallback: T): T => {
    try {
      return run();
    } catch (error) {
      failed.push({ step, problem: internalProblem(story.file, step, error) });
      return fallback;
    }
  };
  const placeholders = guard('frontmatter', () => frontmatterPlaceholders(story), []);
  const ids = guard('ids', () => pageIds(story), []);
  const body = guard('story body', () => bodyEntries(story, new Set(ids), data), []);
  const { positionOf } = story.frontmatter;
  const top = { line: 1, column: 1 };
  const pairing = guard(
    'pairing',
    () => ({
      translationOfAt: positionOf(['translationOf']),
      correctionsAt: positionOf(['corrections']),
      correctionDateLines: story.corrections.map((_, i) => positionOf(['corrections', i, 'date']).line),
      tagsAt: story.tags.map((_, i) => positionOf(['tags', i])),
      charts: components(story.tree, 'Chart'),
      figures: components(story.tree, 'Figure'),
      quotations: story.lang === 'en' ? englishQuotations(story.tree) : quoteOriginals(story.tree),
    }),
    { translationOfAt: top, correctionsAt: top, correctionDateLines: [], tagsAt: [], charts: [], figures: [], quotations: [] },
  );
  return { placeholders, ids, body, ...pairing, failed };
}
