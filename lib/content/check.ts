import type { Element, Root as HastRoot } from 'hast';
import type { Root } from 'mdast';
import { visit } from './walk';
import { figureProblem } from '../charts/figures';
import { withSeverity, type CheckProblem, type Problem, type Severity } from '../problems';
import { LANGS, type Lang } from '../i18n/lang';
import { linkablePages, parsePath, paths } from '../i18n/paths';
import { PAGE_IDS, SITE_PATHS } from './components';
import { handTypedFigures } from './hand-typed';
import type { Loaded } from './model-types';
import { pairingProblems } from './pairing';
import { originalId, quoteId } from './quotes';
import { FRENCH_DIR } from './story-file';
import { translationProblems } from './translations';

/**
 * The checks `npm run check` runs beyond reading each file: passes over the content model
 * (./model), which has already read every file. Nothing here lists files or parses a story.
 */

export type { CheckProblem } from '../problems';

type Story = Loaded['stories'][number];
type Guard = <T>(path: string, step: string, run: () => T, fallback: T) => T;

/** Words that mark unfinished copy. A draft may hold them (warning); a published story may not. */
const PLACEHOLDERS = [/\bTK\b/, /\blorem ipsum\b/i, /\bTODO\b/, /\bFIXME\b/, /\bXXX\b/];
const placeholderIn = (text: string) => PLACEHOLDERS.map((p) => p.exec(text)).find(Boolean);

/** Every id a story's page has: its compiled tree's (headings as rehype-slug gave them, quotations) and the page's own. */
function pageIds(hast: HastRoot, story: Story): Set<string> {
  const ids = new Set<string>([...PAGE_IDS, ...story.charts, ...(story.quotes.length ? ['vo-heading'] : [])]);
  visit(hast, 'element', (node: Element) => {
    if (typeof node.properties?.id === 'string') ids.add(node.properties.id);
  });
  // A French story's quotations and their originals are numbered by the page's components.
  story.quotes.forEach((_, i) => [quoteId(i + 1), originalId(i + 1)].forEach((id) => ids.add(id)));
  return ids;
}

/** A list for a message: the first few, and how many more, so a site of a thousand stories keeps messages short. */
function oneOf(items: string[], max = 8): string {
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

type Context = { loaded: Loaded; stories: Record<Lang, Map<string, Story & { ids: Set<string> }>>; tags: Record<Lang, Set<string>> };
type At = { position?: { start: { line: number; column: number } } };

/** Problems in a story's body: chart ids, figures, links, images, placeholders, figures typed by hand. */
function bodyProblems(story: Story, ctx: Context): CheckProblem[] {
  const { loaded } = ctx;
  const problems: CheckProblem[] = [];
  const at = (node: At, problem: Omit<Problem, 'file'>, severity: Severity = 'error') =>
    problems.push({ file: story.file, line: node.position?.start.line, column: node.position?.start.column, ...problem, severity });
  const own = ctx.stories[story.lang].get(story.slug)!;
  const chartIds = [...loaded.english.keys()];

  visit(story.tree as Root, (node) => {
    if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && (node.name === 'Chart' || node.name === 'Figure')) {
      const attr = (name: string) => node.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === name)?.value;
      const id = attr(node.name === 'Chart' ? 'id' : 'chart');
      if (typeof id !== 'string') return;
      const field = node.name === 'Chart' ? `<Chart id="${id}">` : `<Figure chart="${id}">`;
      const dataset = story.datasets.find((d) => d.id === id);
      const key = attr('value');
      const figure = node.name === 'Figure' && dataset && typeof key === 'string' && figureProblem(dataset, key);
      if (figure) at(node, { field: `<Figure chart="${id}" value>`, ...figure });
      if (loaded.invalid.has(id)) at(node, { field, expected: 'a data file without errors', found: `errors in ${loaded.display(`data/${id}.json`)}, listed under it`, hint: 'fix those first' });
      else if (!loaded.english.has(id)) at(node, { field, expected: `one of ${oneOf(chartIds, 30) || '(no valid data files)'}`, found: 'an unknown chart id', hint: `add ${loaded.display(`data/${id}.json`)} to create it` });
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
  for (const figure of handTypedFigures(story.tree, [...loaded.english.values()], story.charts, story.lang)) {
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
    else if (!loaded.publicFiles.has(file.slice(1))) at(node, { field: `image ${src}`, expected: `the file public${src}`, found: 'no such file' });
  }

  function checkLink(node: At, url: string) {
    const field = `link ${url}`;
    if (url.startsWith('#')) {
      if (!own.ids.has(url.slice(1))) at(node, { field, expected: `one of ${oneOf([...own.ids].filter((i) => !(PAGE_IDS as readonly string[]).includes(i)).map((i) => `#${i}`), 30)}`, found: 'no heading or chart with that id in this story' });
      return;
    }
    if (!url.startsWith('/') || url.startsWith('//')) return;
    const [pathname, anchor] = url.split('#');
    const target = parsePath(pathname);
    if (target?.page === 'story') {
      const stories = ctx.stories[target.lang];
      const address = paths(target.lang).story;
      const story = stories.get(target.param!);
      if (!story) at(node, { field, expected: `one of ${oneOf([...stories.keys()].map((s) => address(s)))}`, found: `no story "${target.param}"` });
      else if (pathname !== target.address) at(node, { field, expected: `a trailing slash, ${target.address}`, found: 'none' });
      else if (story.draft && !own.draft) at(node, { field, expected: 'a published story', found: `"${target.param}", a draft`, hint: 'the link would be broken on the published site' });
      else if (anchor && !story.ids.has(anchor)) at(node, { field, expected: 'a heading or chart of that story', found: `no #${anchor} in it` });
      return;
    }
    if (target && pathname !== target.address) {
      at(node, { field, expected: `a trailing slash, ${target.address}`, found: 'none' });
      return;
    }
    if (target?.page === 'tag') {
      if (!ctx.tags[target.lang].has(target.param!)) at(node, { field, expected: 'a tag some published story has', found: `no story tagged "${target.param}"` });
      return;
    }
    if (target?.page === 'embed' || target?.page === 'data') {
      if (!loaded.english.has(target.param!)) at(node, { field, expected: 'a chart in content/data/', found: `no chart "${target.param}"` });
      return;
    }
    const file = decodedPath(pathname);
    if (file === undefined) {
      at(node, { field, expected: 'a path whose % signs start an escape such as %20 (write a literal % as %25)', found: `"${pathname}"` });
    } else if (!SITE_PAGES.includes(pathname) && !loaded.publicFiles.has(file.slice(1))) {
      at(node, { field, expected: `a story, a tag, one of ${SITE_PATHS.join(', ')} (or their French addresses under ${paths('fr').home()}), or a file in public/`, found: 'no such page on the site' });
    }
  }

  return problems;
}

/** File names: each gives its story an address, so it must be .mdx and its own. */
export function fileNameProblems(storyPaths: string[], display: (path: string) => string): CheckProblem[] {
  const problems: CheckProblem[] = [];
  const seen = new Map<string, string>();
  for (const path of storyPaths) {
    const file = display(path);
    const name = path.split('/').pop()!;
    const lang: Lang = path.startsWith(`stories/${FRENCH_DIR}/`) ? 'fr' : 'en';
    const slug = name.replace(/\.mdx?$/i, '').toLowerCase();
    const address = paths(lang).story(slug);
    if (!name.endsWith('.mdx')) problems.push({ file, field: 'file name', expected: 'the extension .mdx', found: `"${/\.[^.]*$/.exec(name)?.[0] ?? name}"`, severity: 'error' });
    if (seen.has(address)) problems.push({ file, field: 'file name', expected: 'a file name of its own (it gives the story its URL)', found: `the same URL ${address} as ${seen.get(address)}`, severity: 'error' });
    seen.set(address, file);
  }
  return problems;
}

/** Frontmatter text is copy too: each text value, at its line and column. */
function frontmatterPlaceholders(story: Story): CheckProblem[] {
  return story.frontmatter.strings.flatMap(({ text, line, column }) => {
    const m = placeholderIn(text);
    return m ? [{ file: story.file, line, column, field: 'placeholder text', expected: 'finished copy in the frontmatter', found: `"${m[0]}"`, severity: story.draft ? ('warning' as const) : ('error' as const) }] : [];
  });
}

/**
 * The French words of the charts: every file in data/fr/ is checked against its English file, and a
 * chart a French story shows must have one. A draft translation may show a chart whose French text
 * is not written yet (a warning); a published one may not.
 */
function frenchChartProblems(loaded: Loaded): CheckProblem[] {
  const problems: CheckProblem[] = [];
  const chartsOf = (drafts: boolean) => loaded.stories.filter((s) => s.lang === 'fr' && s.draft === drafts).flatMap((s) => [...s.charts, ...s.figures.map((f) => f.chart)]);
  const published = new Set(chartsOf(false));
  for (const id of [...new Set([...loaded.frenchFiles.keys(), ...published, ...chartsOf(true)])].sort()) {
    if (loaded.invalid.has(id)) continue;
    const file = loaded.display(`data/${FRENCH_DIR}/${id}.json`);
    if (!loaded.english.has(id)) {
      if (loaded.frenchFiles.has(id)) problems.push({ file, field: 'file name', expected: `the name of a data file in ${loaded.display('data')}/, which this file translates`, found: `no ${id}.json there`, severity: 'error' });
      continue;
    }
    const own = loaded.frenchFiles.get(id);
    if (own) problems.push(...own.map((p) => withSeverity(p, 'error')));
    else problems.push({ file, expected: `a file with the French text of ${loaded.display(`data/${id}.json`)} (create it: see "French edition" in EDITORS.md)`, found: 'no such file', severity: published.has(id) ? 'error' : 'warning' });
  }
  return problems;
}

/** A data file may hold placeholders while only drafts show it; once a published story does, not. */
function dataPlaceholders(loaded: Loaded): CheckProblem[] {
  const shown = new Set(loaded.stories.flatMap((s) => (s.draft ? [] : s.charts)));
  const problems: CheckProblem[] = [];
  for (const [id, text] of loaded.dataTexts) {
    const file = loaded.display(`data/${id}.json`);
    for (const [i, line] of text.split('\n').entries()) {
      const m = placeholderIn(line);
      if (m) problems.push({ file, line: i + 1, column: m.index + 1, field: 'placeholder text', expected: 'finished copy', found: `"${m[0]}"`, hint: shown.has(id) ? 'a published story shows this chart' : undefined, severity: shown.has(id) ? 'error' : 'warning' });
    }
  }
  return problems;
}

/** Every pass over the loaded model, in the order `npm run check` lists them; each story's own pass guarded. */
export function checkModel(loaded: Loaded, guarded: Guard): CheckProblem[] {
  const problems: CheckProblem[] = [];
  for (const story of loaded.stories) problems.push(...guarded(story.path, 'frontmatter', () => frontmatterPlaceholders(story), []));

  const ids = (story: Story) => guarded(story.path, 'ids', () => pageIds(story.hast, story), new Set<string>());
  const edition = (lang: Lang) => loaded.stories.filter((s) => s.lang === lang);
  const stories = { en: new Map(edition('en').map((s) => [s.slug, { ...s, ids: ids(s) }])), fr: new Map(edition('fr').map((s) => [s.slug, { ...s, ids: ids(s) }])) };
  const tags = { en: new Set(edition('en').flatMap((s) => (s.draft ? [] : s.tags))), fr: new Set(edition('fr').flatMap((s) => (s.draft ? [] : s.tags))) };
  for (const story of loaded.stories) problems.push(...guarded(story.path, 'story body', () => bodyProblems(story, { loaded, stories, tags }), []));

  // The two editions against each other: what ties a translation to its original, then what must match.
  problems.push(...guarded('stories', 'translations', () => translationProblems(loaded.stories, loaded.display).map((p) => withSeverity(p, 'error')), []));
  problems.push(...guarded('stories', 'pairing', () => pairingProblems(loaded.stories, { frenchEdition: loaded.frenchEdition, now: loaded.now }), []));
  problems.push(...guarded('data', 'French chart text', () => frenchChartProblems(loaded), []));
  problems.push(...guarded('data', 'placeholders', () => dataPlaceholders(loaded), []));
  return problems;
}
