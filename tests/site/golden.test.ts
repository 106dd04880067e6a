import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'parse5';
import { expect, test } from 'vitest';
import { OUT } from './out';

// The structure of one built story page against a reviewed copy. After an upgrade of next, react
// or react-dom, a change in what the export writes (and so in what scripts/strip-runtime.mjs works
// on) stops here as a readable diff instead of shipping. Intended changes: UPDATE_GOLDEN=1 npm run test:site.

const SLUG = 'the-widget-standoff'; // the fixture site's story with three charts
const PAGE = path.join(OUT, 'stories', SLUG, 'index.html');
const GOLDEN = path.join(import.meta.dirname, 'golden/story-page.txt');

type Node = { nodeName: string; tagName?: string; attrs?: { name: string; value: string }[]; childNodes?: Node[] };

// Values shown for these attributes; of data-* and aria-* only the names (their values are content).
const SHOWN = new Set(['id', 'role', 'type', 'rel', 'name', 'property', 'charset', 'hidden', 'lang']);

/** "link rel=stylesheet href=/assets/site-*.css": the element and what it is, never its text. */
function label(el: Node): string {
  const attrs = new Map(el.attrs!.map((a) => [a.name, a.value]));
  const parts = [el.tagName!];
  for (const [name, value] of [...attrs].sort(([a], [b]) => a.localeCompare(b))) {
    if (SHOWN.has(name)) parts.push(value ? `${name}=${value}` : name);
    else if (name.startsWith('data-') || name.startsWith('aria-')) parts.push(name);
    else if ((name === 'src' || name === 'href') && value.startsWith('/') && el.tagName !== 'a') parts.push(`${name}=${value.replace(/-[0-9a-f]{10}\./, '-*.').replace(/\?.*/, '')}`);
  }
  return parts.join(' ');
}

/**
 * One line per element, indented. Repeated identical siblings (meta tags) count once, lists and
 * tables keep their first item, the story body only its first chart, and a chart's SVG only its
 * own line, so editing prose or data does not change the result.
 */
function structure(el: Node, depth = 0): string[] {
  const attrs = new Map(el.attrs!.map((a) => [a.name, a.value]));
  let children = (el.childNodes ?? []).filter((c) => c.tagName);
  if (attrs.has('data-pagefind-body')) children = children.filter((c) => c.attrs!.some((a) => a.name === 'data-chart')).slice(0, 1);
  if (el.tagName === 'ul' || el.tagName === 'ol' || el.tagName === 'tbody') children = children.slice(0, 1);
  if (el.tagName === 'svg') children = [];
  const blocks: string[] = [];
  for (const child of children) {
    const block = structure(child, depth + 1).join('\n');
    if (blocks.at(-1) !== block) blocks.push(block);
  }
  return [`${'  '.repeat(depth)}${label(el)}`, ...blocks];
}

test(`the built story page /stories/${SLUG}/ has the reviewed structure (tests/site/golden/story-page.txt)`, () => {
  expect(fs.existsSync(PAGE), `${PAGE} is missing: run npm run build:fixtures first`).toBe(true);
  const html = parse(fs.readFileSync(PAGE, 'utf8')).childNodes.find((n) => n.nodeName === 'html') as Node;
  const actual = `${structure(html).join('\n')}\n`;
  if (process.env.UPDATE_GOLDEN) fs.writeFileSync(GOLDEN, actual);
  expect(actual, 'The built page changed shape. Review the diff; if it is intended, run UPDATE_GOLDEN=1 npm run test:site.').toBe(fs.readFileSync(GOLDEN, 'utf8'));
});
