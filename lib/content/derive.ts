import { slug } from 'github-slugger';
import type { Heading, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { visit, SKIP } from './walk';
import { PAGE_IDS } from './components';

export type TocEntry = { depth: 2 | 3; text: string; id: string };

/** Words a reader reads per minute; a common figure for news prose on screen. */
const WORDS_PER_MINUTE = 230;

/** Counts the words a reader reads: prose only, not code or component markup. */
export function countWords(tree: Root): number {
  let words = 0;
  visit(tree, (node) => {
    if (node.type === 'yaml' || node.type === 'code' || node.type === 'mdxjsEsm' || node.type === 'mdxFlowExpression') return SKIP;
    if (node.type === 'text' || node.type === 'inlineCode') words += node.value.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
  });
  return words;
}

export function readingMinutes(words: number): number {
  return Math.max(1, Math.ceil(words / WORDS_PER_MINUTE));
}

/** Ids the story page gives its own parts, whatever the story holds (components/*.tsx). */
const FIXED_IDS = new Set<string>([...PAGE_IDS, 'vo-heading']);

export type HeadingIds = {
  /** Every heading's id, in document order. */
  ids: Map<Heading, string>;
  /** Headings whose id still begins like a chart's parts (only when a chart's id begins "section"). */
  clashes: { heading: Heading; id: string; chart: string }[];
};

/**
 * The one rule for heading ids, used for the rendered headings, the table of contents and the
 * check's anchors alike: github-slugger's slug of the heading's text; a repeated one, or one the
 * page already uses for its own parts (main, toc-heading, sources-heading, q-1…), takes the next
 * free -1, -2, … in document order; one named like a chart on the page, or beginning like it, is
 * given "section-" in front (us-n95-production → section-us-n95-production), since the chart's
 * figure, table rows and other parts are all named "<chart id>-…". Linear: a Set of taken ids and
 * one counter per base, so 100,000 equal headings do not retry from -1 each time.
 */
export function headingIds(tree: Root): HeadingIds {
  const charts = chartIds(tree);
  const chartSet = new Set(charts);
  // A French story's quotations and their originals are q-1, vo-1, … in order.
  let quotes = 0;
  visit(tree, 'mdxJsxTextElement', (node) => void (node.name === 'Quote' && quotes++));
  const quoteIds = Array.from({ length: quotes }, (_, i) => [`q-${i + 1}`, `vo-${i + 1}`]).flat();
  const taken = new Set<string>([...FIXED_IDS, ...quoteIds]);
  const reserved = (id: string) => taken.has(id);
  /** The chart on this page whose id begins `id` before a hyphen, if any: its table rows are named that way. */
  const longest = charts.reduce((m, c) => Math.max(m, c.length), 0);
  const chartPrefix = (id: string) => {
    for (let i = id.indexOf('-'); i > 0 && i <= longest; i = id.indexOf('-', i + 1)) if (chartSet.has(id.slice(0, i))) return id.slice(0, i);
    return undefined;
  };
  const next = new Map<string, number>();
  const ids = new Map<Heading, string>();
  const clashes: HeadingIds['clashes'] = [];
  visit(tree, 'heading', (node: Heading) => {
    // A heading of punctuation alone slugs to nothing; it still needs an id of its own.
    const text = slug(toString(node)) || 'section';
    // A chart's figure and its table rows are named after the chart ("us-n95-production-2020-03"):
    // a heading named like the chart steps aside with "section-" in front, whatever the rows are.
    const base = chartSet.has(text) || chartPrefix(text) ? `section-${text}` : text;
    let id = base;
    if (reserved(id)) {
      let n = next.get(base) ?? 1;
      while (reserved(`${base}-${n}`)) n++;
      id = `${base}-${n}`;
      next.set(base, n + 1);
    }
    taken.add(id);
    ids.set(node, id);
    const chart = chartPrefix(id);
    if (chart) clashes.push({ heading: node, id, chart });
  });
  return { ids, clashes };
}

/** The h2/h3 outline, with the ids the rendered headings have (see headingIds; `ids`: what it gave for this tree, when already read). */
export function tableOfContents(tree: Root, ids = headingIds(tree).ids): TocEntry[] {
  const toc: TocEntry[] = [];
  for (const [node, id] of ids) if (node.depth === 2 || node.depth === 3) toc.push({ depth: node.depth, text: toString(node), id });
  return toc;
}

/** Ids of the charts a story embeds with <Chart id="…" />, in order. */
export function chartIds(tree: Root): string[] {
  const ids: string[] = [];
  visit(tree, ['mdxJsxFlowElement', 'mdxJsxTextElement'], (node) => {
    if (!('name' in node) || node.name !== 'Chart') return;
    for (const attr of node.attributes) {
      if (attr.type === 'mdxJsxAttribute' && attr.name === 'id' && typeof attr.value === 'string') ids.push(attr.value);
    }
  });
  return ids;
}

/** The figures a story states with <Figure chart="…" value="…" />, in order. */
export function figureRefs(tree: Root): { chart: string; value: string }[] {
  const figures: { chart: string; value: string }[] = [];
  visit(tree, ['mdxJsxFlowElement', 'mdxJsxTextElement'], (node) => {
    if (!('name' in node) || node.name !== 'Figure') return;
    const attr = (name: string) => node.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === name)?.value;
    const chart = attr('chart');
    const value = attr('value');
    if (typeof chart === 'string' && typeof value === 'string') figures.push({ chart, value });
  });
  return figures;
}

