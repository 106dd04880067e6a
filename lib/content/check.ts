import fs from 'node:fs';
import path from 'node:path';
import GithubSlugger from 'github-slugger';
import type { Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import { DATA_DIR, DatasetError, listChartIds, loadDatasetFile } from '../data/datasets';
import { PAGE_IDS, SITE_PATHS, STORY_COMPONENTS } from './components';
import { toContentProblem, type ContentProblem } from './errors';
import { STORIES_DIR, parseStory, type Story } from './stories';

export type CheckProblem = ContentProblem & { severity: 'error' | 'warning' };

type Dirs = { storiesDir?: string; dataDir?: string; publicDir?: string };

/** Words that mark unfinished copy. A draft may hold them (warning); a published story may not. */
const PLACEHOLDERS = [/\bTK\b/, /\blorem ipsum\b/i, /\bTODO\b/, /\bFIXME\b/, /\bXXX\b/];

const rel = (file: string) => path.relative(process.cwd(), file).split(path.sep).join('/');

function dataProblems(dataDir = DATA_DIR): { ids: string[]; invalid: string[]; problems: CheckProblem[] } {
  const ids: string[] = [];
  const invalid: string[] = [];
  const problems: CheckProblem[] = [];
  for (const id of listChartIds(dataDir)) {
    try {
      ids.push(loadDatasetFile(path.join(dataDir, `${id}.json`)).id);
    } catch (error) {
      if (!(error instanceof DatasetError)) throw error;
      invalid.push(id);
      problems.push(...error.problems.map((p) => ({ ...toContentProblem(p), severity: 'error' as const })));
    }
  }
  return { ids, invalid, problems };
}

/** Every id a story's page will have: headings (as rehype-slug gives them), charts, fixed parts. */
function pageIds(tree: Root, charts: string[]): Set<string> {
  const slugger = new GithubSlugger();
  const ids = new Set<string>([...PAGE_IDS, ...charts]);
  visit(tree, 'heading', (node) => void ids.add(slugger.slug(toString(node))));
  return ids;
}

/** Problems in a story's body: components, charts, links, images, placeholders. */
function bodyProblems(story: Story, tree: Root, ctx: { chartIds: string[]; invalidCharts: string[]; stories: Map<string, Story & { ids: Set<string> }>; tags: Set<string>; publicDir: string }): CheckProblem[] {
  const problems: CheckProblem[] = [];
  const at = (node: { position?: { start: { line: number; column: number } } }, message: string, severity: CheckProblem['severity'] = 'error') =>
    problems.push({ file: story.file, line: node.position?.start.line, column: node.position?.start.column, message, severity });
  const own = ctx.stories.get(story.slug)!;

  visit(tree, (node) => {
    if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
      const name = node.name ?? '';
      if (/^[A-Z]/.test(name) && !(STORY_COMPONENTS as readonly string[]).includes(name)) {
        at(node, `<${name}>: unknown component (expected one of ${STORY_COMPONENTS.join(', ')}; found "${name}")`);
      }
      const attr = (n: string) => node.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === n);
      if (name === 'Chart') {
        const id = attr('id')?.value;
        if (typeof id !== 'string') at(node, `<Chart>: expected an id="…" attribute naming a file in content/data/, found ${id === undefined ? 'none' : 'an expression'}`);
        else if (ctx.invalidCharts.includes(id)) at(node, `<Chart id="${id}">: its data file has errors, listed under it; fix those first`);
        else if (!ctx.chartIds.includes(id)) at(node, `<Chart id="${id}">: unknown chart id (expected one of ${ctx.chartIds.join(', ') || '(no valid data files)'}; add content/data/${id}.json to create it)`);
      }
      if (name === 'img') {
        const alt = attr('alt')?.value;
        const src = attr('src')?.value;
        if (typeof alt !== 'string' || !alt.trim()) at(node, `<img>: expected alt text describing the image, found ${alt === undefined ? 'none' : 'an empty alt'}`);
        if (typeof src === 'string') imageSource(node, src);
      }
    }
    if (node.type === 'image') {
      if (!node.alt?.trim()) at(node, `image ${node.url}: expected alt text, as in ![What the image shows](${node.url}), found none`);
      imageSource(node, node.url);
    }
    if (node.type === 'link' || node.type === 'definition') checkLink(node, node.url);
    if (node.type === 'text') {
      for (const pattern of PLACEHOLDERS) {
        const m = pattern.exec(node.value);
        if (m) at(node, `placeholder text "${m[0]}" (expected finished copy; replace it before publishing)`, story.draft ? 'warning' : 'error');
      }
    }
  });

  function imageSource(node: Parameters<typeof at>[0], src: string) {
    if (!src.startsWith('/')) at(node, `image ${src}: expected a file in public/ given as /path (no images from other sites), found "${src}"`);
    else if (!fs.existsSync(path.join(ctx.publicDir, decodeURI(src.split(/[?#]/)[0])))) at(node, `image ${src}: expected the file public${src}, found no such file`);
  }

  function checkLink(node: Parameters<typeof at>[0], url: string) {
    if (url.startsWith('#')) {
      if (!own.ids.has(url.slice(1))) at(node, `link ${url}: no heading or chart with that id in this story (expected one of ${[...own.ids].filter((i) => !(PAGE_IDS as readonly string[]).includes(i)).map((i) => `#${i}`).join(', ')})`);
      return;
    }
    if (!url.startsWith('/') || url.startsWith('//')) return;
    const [pathname, anchor] = url.split('#');
    const story = /^\/stories\/([^/]+)\/?$/.exec(pathname);
    if (story) {
      const target = ctx.stories.get(story[1]);
      if (!target) at(node, `link ${url}: no story "${story[1]}" (expected one of ${[...ctx.stories.keys()].map((s) => `/stories/${s}/`).join(', ')})`);
      else if (!pathname.endsWith('/')) at(node, `link ${url}: expected a trailing slash, /stories/${story[1]}/, found none`);
      else if (target.draft && !own.draft) at(node, `link ${url}: "${story[1]}" is a draft, so the link would be broken on the published site`);
      else if (anchor && !target.ids.has(anchor)) at(node, `link ${url}: no heading or chart #${anchor} in that story`);
      return;
    }
    const tag = /^\/tags\/([^/]+)\/$/.exec(pathname);
    if (tag) {
      if (!ctx.tags.has(tag[1])) at(node, `link ${url}: no story is tagged "${tag[1]}"`);
      return;
    }
    const chart = /^\/(?:embed\/([^/]+)\/|data\/([^/]+)\.csv)$/.exec(pathname);
    if (chart) {
      const id = chart[1] ?? chart[2];
      if (!ctx.chartIds.includes(id)) at(node, `link ${url}: no chart "${id}"`);
      return;
    }
    if (!(SITE_PATHS as readonly string[]).includes(pathname) && !fs.existsSync(path.join(ctx.publicDir, pathname))) {
      at(node, `link ${url}: no such page on the site (expected a story, a tag, one of ${SITE_PATHS.join(', ')}, or a file in public/)`);
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
  const { ids: chartIds, invalid: invalidCharts, problems } = dataProblems(dirs.dataDir);
  const files = fs.existsSync(storiesDir) ? fs.readdirSync(storiesDir).filter((f) => /\.mdx?$/i.test(f)).sort() : [];

  const seen = new Map<string, string>();
  for (const name of files) {
    const slug = name.replace(/\.mdx?$/i, '').toLowerCase();
    const file = rel(path.join(storiesDir, name));
    if (!name.endsWith('.mdx')) problems.push({ file, message: `file name: expected the extension .mdx, found "${path.extname(name)}"`, severity: 'error' });
    if (seen.has(slug)) problems.push({ file, message: `duplicate slug "${slug}": ${seen.get(slug)} has the same URL /stories/${slug}/ (expected every story to have its own file name)`, severity: 'error' });
    seen.set(slug, file);
  }

  const parsed: { story: Story; tree: Root }[] = [];
  for (const name of files.filter((f) => f.endsWith('.mdx'))) {
    const file = rel(path.join(storiesDir, name));
    const source = fs.readFileSync(path.join(storiesDir, name), 'utf8');
    const result = parseStory(file, source);
    problems.push(...result.problems.map((p) => ({ ...p, severity: 'error' as const })));
    if (result.story && result.tree) parsed.push({ story: result.story, tree: result.tree });
    // Frontmatter text is copy too.
    for (const [i, line] of source.split('\n').entries()) {
      if (i > 0 && line.startsWith('---')) break;
      const m = PLACEHOLDERS.map((p) => p.exec(line)).find(Boolean);
      if (m && result.story) problems.push({ file, line: i + 1, message: `placeholder text "${m[0]}" in the frontmatter (expected finished copy)`, severity: result.story.draft ? 'warning' : 'error' });
    }
  }

  const stories = new Map(parsed.map(({ story, tree }) => [story.slug, { ...story, ids: pageIds(tree, story.charts) }]));
  const tags = new Set(parsed.flatMap(({ story }) => (story.draft ? [] : story.tags)));
  for (const { story, tree } of parsed) problems.push(...bodyProblems(story, tree, { chartIds, invalidCharts, stories, tags, publicDir }));

  // A data file may hold placeholders while only drafts show it; once a published story does, not.
  const published = new Set(parsed.flatMap(({ story }) => (story.draft ? [] : story.charts)));
  const dataDir = dirs.dataDir ?? DATA_DIR;
  for (const id of listChartIds(dataDir)) {
    const file = rel(path.resolve(dataDir, `${id}.json`));
    for (const [i, line] of fs.readFileSync(file, 'utf8').split('\n').entries()) {
      const m = PLACEHOLDERS.map((p) => p.exec(line)).find(Boolean);
      if (m) problems.push({ file, line: i + 1, message: `placeholder text "${m[0]}" (expected finished copy${published.has(id) ? ': a published story shows this chart' : ''})`, severity: published.has(id) ? 'error' : 'warning' });
    }
  }

  return { problems, stories: files.length, datasets: chartIds.length };
}
