import GithubSlugger from 'github-slugger';
import type { Root, Heading } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { visit, SKIP } from 'unist-util-visit';

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

/**
 * The h2/h3 outline with the same ids rehype-slug gives the rendered headings:
 * every heading passes through one slugger in document order, so repeated titles get -1, -2 like the page.
 */
export function tableOfContents(tree: Root): TocEntry[] {
  const slugger = new GithubSlugger();
  const toc: TocEntry[] = [];
  visit(tree, 'heading', (node: Heading) => {
    const text = toString(node);
    const id = slugger.slug(text);
    if (node.depth === 2 || node.depth === 3) toc.push({ depth: node.depth, text, id });
  });
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

