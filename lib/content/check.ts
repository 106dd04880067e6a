import fs from 'node:fs';
import path from 'node:path';
import GithubSlugger from 'github-slugger';
import type { Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import { figureProblem } from '../charts/figures';
import { DATA_DIR, DatasetError, listChartIds, loadDatasetFile, type Dataset } from '../data/datasets';
import type { Problem, Severity } from '../problems';
import { writeCompiled } from './cache';
import { handTypedFigures } from './hand-typed';
import { LANGS, type Lang } from '../i18n/lang';
import { linkablePages, parsePath, paths } from '../i18n/paths';
import { PAGE_IDS, SITE_PATHS } from './components';
import { pairingProblems } from './pairing';
import { originalId, quoteId } from './quotes';
import { FRENCH_DIR, STORIES_DIR, parseStory, type StoryMeta } from './stories';
import { translationProblems } from './translations';

/** A problem `npm run check` reports: always with its severity. */
export type CheckProblem = Problem & { severity: Severity };

type Dirs = { storiesDir?: string; dataDir?: string; publicDir?: string };

/** Words that mark unfinished copy. A draft may hold them (warning); a published story may not. */
const PLACEHOLDERS = [/\bTK\b/, /\blorem ipsum\b/i, /\bTODO\b/, /\bFIXME\b/, /\bXXX\b/];

const rel = (file: string) => path.relative(process.cwd(), file).split(path.sep).join('/');

function dataProblems(dataDir = DATA_DIR): { ids: string[]; datasets: Dataset[]; invalid: string[]; problems: CheckProblem[] } {
  const datasets: Dataset[] = [];
  const invalid: string[] = [];
  const problems: CheckProblem[] = [];
  for (const id of listChartIds(dataDir)) {
    try {
      datasets.push(loadDatasetFile(path.join(dataDir, `${id}.json`)));
    } catch (error) {
      if (!(error instanceof DatasetError)) throw error;
      invalid.push(id);
      problems.push(...error.problems.map((p) => ({ ...p, severity: 'error' as const })));
    }
  }
  return { ids: datasets.map((d) => d.id), datasets, invalid, problems };
}

/** Every id a story's page will have: headings (as rehype-slug gives them), charts, fixed parts, and a French story's quotations and their originals. */
function pageIds(tree: Root, story: StoryMeta): Set<string> {
  const slugger = new GithubSlugger();
  const quotes = story.quotes.flatMap((_, i) => [quoteId(i + 1), originalId(i + 1)]);
  const ids = new Set<string>([...PAGE_IDS, ...story.charts, ...(quotes.length ? ['vo-heading', ...quotes] : [])]);
  visit(tree, 'heading', (node) => void ids.add(slugger.slug(toString(node))));
  return ids;
}

type Linkable = StoryMeta & { ids: Set<string> };

/** Pages every edition has, which a story may link to. */
const SITE_PAGES = LANGS.flatMap(linkablePages);

/** Problems in a story's body: chart ids, links, images, placeholders. Unsafe constructs never get here: parseStory refuses them. */
function bodyProblems(story: StoryMeta, tree: Root, ctx: { chartIds: string[]; datasets: Dataset[]; invalidCharts: string[]; stories: Record<Lang, Map<string, Linkable>>; tags: Record<Lang, Set<string>>; publicDir: string; dataDir: string }): CheckProblem[] {
  const problems: CheckProblem[] = [];
  type At = { position?: { start: { line: number; column: number } } };
  const at = (node: At, problem: Omit<Problem, 'file'>, severity: Severity = 'error') =>
    problems.push({ file: story.file, line: node.position?.start.line, column: node.position?.start.column, ...problem, severity });
  const own = ctx.stories[story.lang].get(story.slug)!;

  visit(tree, (node) => {
    if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && (node.name === 'Chart' || node.name === 'Figure')) {
      const attr = (name: string) => node.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === name)?.value;
      const id = attr(node.name === 'Chart' ? 'id' : 'chart');
      if (typeof id !== 'string') return;
      const field = node.name === 'Chart' ? `<Chart id="${id}">` : `<Figure chart="${id}">`;
      const dataset = ctx.datasets.find((d) => d.id === id);
      const key = attr('value');
      const figure = node.name === 'Figure' && dataset && typeof key === 'string' && figureProblem(dataset, key);
      if (figure) at(node, { field: `<Figure chart="${id}" value>`, ...figure });
      if (ctx.invalidCharts.includes(id)) at(node, { field, expected: 'a data file without errors', found: `errors in ${rel(path.join(ctx.dataDir, `${id}.json`))}, listed under it`, hint: 'fix those first' });
      else if (!ctx.chartIds.includes(id)) at(node, { field, expected: `one of ${ctx.chartIds.join(', ') || '(no valid data files)'}`, found: 'an unknown chart id', hint: `add ${rel(path.join(ctx.dataDir, `${id}.json`))} to create it` });
    }
    if (node.type === 'image') {
      if (!node.alt?.trim()) at(node, { field: `image ${node.url}`, expected: `alt text, as in ![What the image shows](${node.url})`, found: 'none' });
      imageSource(node, node.url);
    }
    if (node.type === 'link' || node.type === 'definition') checkLink(node, node.url);
    if (node.type === 'text') {
      for (const pattern of PLACEHOLDERS) {
        const m = pattern.exec(node.value);
        if (m) at(node, { field: 'placeholder text', expected: 'finished copy', found: `"${m[0]}"`, hint: 'replace it before publishing' }, story.draft ? 'warning' : 'error');
      }
    }
  });

  // Figures typed by hand: one that matches the data should come from it; one that does not is a mistake.
  for (const figure of handTypedFigures(tree, ctx.datasets, story.charts, story.lang)) {
    const before = figure.node.value.slice(0, figure.offset).split('\n');
    const start = figure.node.position?.start;
    const where = start && { position: { start: { line: start.line + before.length - 1, column: (before.length > 1 ? 0 : start.column - 1) + before[before.length - 1].length + 1 } } };
    const [match] = figure.matches;
    if (match) at(where ?? figure.node, { field: 'figure', expected: `<Figure chart="${match.dataset.id}" value="${match.key}" />, so the figure comes from the data`, found: `"${figure.text}" typed by hand` }, 'warning');
    else at(where ?? figure.node, { field: 'figure', expected: figure.nearest.length ? `a figure the data holds; nearest: ${figure.nearest.join(', ')}` : 'a figure the data holds', found: `"${figure.text}", which no chart in content/data/ gives`, hint: 'correct it, add it to a data file with its source, or put a quotation in quotation marks' });
  }

  function imageSource(node: At, src: string) {
    if (!src.startsWith('/')) at(node, { field: `image ${src}`, expected: 'a file in public/ given as /path (no images from other sites)', found: `"${src}"` });
    else if (!fs.existsSync(path.join(ctx.publicDir, decodeURI(src.split(/[?#]/)[0])))) at(node, { field: `image ${src}`, expected: `the file public${src}`, found: 'no such file' });
  }

  function checkLink(node: At, url: string) {
    const field = `link ${url}`;
    if (url.startsWith('#')) {
      if (!own.ids.has(url.slice(1))) at(node, { field, expected: `one of ${[...own.ids].filter((i) => !(PAGE_IDS as readonly string[]).includes(i)).map((i) => `#${i}`).join(', ')}`, found: 'no heading or chart with that id in this story' });
      return;
    }
    if (!url.startsWith('/') || url.startsWith('//')) return;
    const [pathname, anchor] = url.split('#');
    const target = parsePath(pathname);
    if (target?.page === 'story') {
      const stories = ctx.stories[target.lang];
      const address = paths(target.lang).story;
      const story = stories.get(target.param!);
      if (!story) at(node, { field, expected: `one of ${[...stories.keys()].map((s) => address(s)).join(', ')}`, found: `no story "${target.param}"` });
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
      if (!ctx.chartIds.includes(target.param!)) at(node, { field, expected: 'a chart in content/data/', found: `no chart "${target.param}"` });
      return;
    }
    if (!SITE_PAGES.includes(pathname) && !fs.existsSync(path.join(ctx.publicDir, pathname))) {
      at(node, { field, expected: `a story, a tag, one of ${SITE_PATHS.join(', ')} (or their French addresses under ${paths('fr').home()}), or a file in public/`, found: 'no such page on the site' });
    }
  }

  return problems;
}

/**
 * Checks all content without building: every story's frontmatter, MDX syntax, components,
 * chart ids, links, images and placeholders, every data file, and duplicate slugs.
 * Returns every problem found, so an editor can fix them all in one pass.
 */
export function checkContent(dirs: Dirs = {}): { problems: CheckProblem[]; stories: number; datasets: number } {
  const storiesDir = dirs.storiesDir ?? STORIES_DIR;
  const publicDir = dirs.publicDir ?? path.join(process.cwd(), 'public');
  const { ids: chartIds, datasets, invalid: invalidCharts, problems } = dataProblems(dirs.dataDir);
  // English stories in the folder, French ones in its fr/ folder: each edition's file names are its addresses.
  const folders = [{ lang: 'en' as const, dir: storiesDir }, { lang: 'fr' as const, dir: path.join(storiesDir, FRENCH_DIR) }];
  const files = folders.flatMap(({ lang, dir }) => (fs.existsSync(dir) ? fs.readdirSync(dir).filter((f) => /\.mdx?$/i.test(f)).sort().map((name) => ({ lang, name, file: rel(path.join(dir, name)) })) : []));

  const seen = new Map<string, string>();
  for (const { lang, name, file } of files) {
    const slug = name.replace(/\.mdx?$/i, '').toLowerCase();
    const address = paths(lang).story(slug);
    if (!name.endsWith('.mdx')) problems.push({ file, field: 'file name', expected: 'the extension .mdx', found: `"${path.extname(name)}"`, severity: 'error' });
    if (seen.has(address)) problems.push({ file, field: 'file name', expected: 'a file name of its own (it gives the story its URL)', found: `the same URL ${address} as ${seen.get(address)}`, severity: 'error' });
    seen.set(address, file);
  }

  const parsed: { story: StoryMeta; tree: Root; source: string }[] = [];
  for (const { file } of files.filter((f) => f.name.endsWith('.mdx'))) {
    const source = fs.readFileSync(file, 'utf8');
    const result = parseStory(file, source);
    // The build checks first: what it compiles here, its pages use (see ./cache).
    if (result.story && result.hast) writeCompiled(file, source, { meta: result.story, hast: result.hast });
    problems.push(...result.problems.map((p) => ({ ...p, severity: 'error' as const })));
    if (result.story && result.tree) parsed.push({ story: result.story, tree: result.tree, source });
    // Frontmatter text is copy too.
    for (const [i, line] of source.split('\n').entries()) {
      if (i > 0 && line.startsWith('---')) break;
      const m = PLACEHOLDERS.map((p) => p.exec(line)).find(Boolean);
      if (m && result.story) problems.push({ file, line: i + 1, field: 'placeholder text', expected: 'finished copy in the frontmatter', found: `"${m[0]}"`, severity: result.story.draft ? 'warning' : 'error' });
    }
  }

  const edition = (lang: Lang) => parsed.filter(({ story }) => story.lang === lang);
  const stories = { en: new Map<string, Linkable>(), fr: new Map<string, Linkable>() };
  for (const { story, tree } of parsed) stories[story.lang].set(story.slug, { ...story, ids: pageIds(tree, story) });
  const tags = { en: new Set(edition('en').flatMap(({ story }) => (story.draft ? [] : story.tags))), fr: new Set(edition('fr').flatMap(({ story }) => (story.draft ? [] : story.tags))) };
  const dataDir = dirs.dataDir ?? DATA_DIR;
  for (const { story, tree } of parsed) problems.push(...bodyProblems(story, tree, { chartIds, datasets, invalidCharts, stories, tags, publicDir, dataDir }));

  // The two editions against each other: what ties a translation to its original, then what must match.
  const sourceOf = new Map(parsed.map(({ story, source }) => [story.file, source]));
  problems.push(...translationProblems(parsed.map(({ story }) => story), (file) => sourceOf.get(file) ?? '').map((p) => ({ ...p, severity: 'error' as const })));
  problems.push(...pairingProblems(parsed, { frenchEdition: fs.existsSync(folders[1].dir) }));

  // The French words of the charts: every file in fr/ is checked against its English file, and a
  // chart a French story shows must have one (loading it names the file to create).
  const frenchDir = path.join(dataDir, FRENCH_DIR);
  const frenchFiles = fs.existsSync(frenchDir) ? fs.readdirSync(frenchDir).filter((f) => f.endsWith('.json')).map((f) => f.slice(0, -'.json'.length)) : [];
  const chartsOf = (drafts: boolean) => edition('fr').filter(({ story }) => story.draft === drafts).flatMap(({ story }) => [...story.charts, ...story.figures.map((f) => f.chart)]);
  // A draft translation may show a chart whose French text is not written yet (a warning); a published one may not.
  const published = new Set(chartsOf(false));
  for (const id of [...new Set([...frenchFiles, ...published, ...chartsOf(true)])].sort()) {
    if (invalidCharts.includes(id)) continue;
    if (!chartIds.includes(id)) {
      if (frenchFiles.includes(id)) problems.push({ file: rel(path.join(frenchDir, `${id}.json`)), field: 'file name', expected: `the name of a data file in ${rel(dataDir)}/, which this file translates`, found: `no ${id}.json there`, severity: 'error' });
      continue;
    }
    try {
      loadDatasetFile(path.join(dataDir, `${id}.json`), 'fr');
    } catch (error) {
      if (!(error instanceof DatasetError)) throw error;
      const missing = !frenchFiles.includes(id);
      problems.push(...error.problems.map((p) => ({ ...p, severity: missing && !published.has(id) ? ('warning' as const) : ('error' as const) })));
    }
  }

  // A data file may hold placeholders while only drafts show it; once a published story does, not.
  const shown = new Set(parsed.flatMap(({ story }) => (story.draft ? [] : story.charts)));
  for (const id of listChartIds(dataDir)) {
    const file = rel(path.resolve(dataDir, `${id}.json`));
    for (const [i, line] of fs.readFileSync(file, 'utf8').split('\n').entries()) {
      const m = PLACEHOLDERS.map((p) => p.exec(line)).find(Boolean);
      if (m) problems.push({ file, line: i + 1, field: 'placeholder text', expected: 'finished copy', found: `"${m[0]}"`, hint: shown.has(id) ? 'a published story shows this chart' : undefined, severity: shown.has(id) ? 'error' : 'warning' });
    }
  }

  return { problems, stories: files.length, datasets: chartIds.length };
}
