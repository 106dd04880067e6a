import type { Parent, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';

/**
 * Quotations in a story, for the checks that match them to the sources and the two editions to
 * each other: an English story's “…” quotations and a French story's <Quote original="…">.
 */

/** Ids on a French story's page: quotation n (q-n) and its English original under "Citations originales" (vo-n, "version originale"). */
export const quoteId = (n: number | string) => `q-${n}`;
export const originalId = (n: number | string) => `vo-${n}`;

/** Straight quotes, single spaces: the reports and our typography differ only in these. */
export const normaliseQuote = (s: string) => s.replace(/[‘’]/g, "'").replace(/[“”]/g, '"').replace(/\s+/g, ' ').trim();

/**
 * The parts of a quotation that must each appear in a source as written: an ellipsis marks words
 * left out, and a closing comma may become a full stop where the quote ends a sentence of ours.
 */
export const quoteParts = (quote: string) =>
  normaliseQuote(quote)
    .split(/\s*(?:…|\.\.\.)\s*/)
    .filter(Boolean)
    .map((part) => part.replace(/[.,]$/, ''));

/** One form per quotation, so the same words match whatever the ellipsis or closing punctuation. */
export const quoteKey = (quote: string) => quoteParts(quote).join(' … ');

export type Quotation = { text: string; line?: number; column?: number };

/** Every “…” quotation in the prose (after smartypants has curled the quote marks), with its paragraph's line. */
export function englishQuotations(tree: Root): Quotation[] {
  const found: Quotation[] = [];
  visit(tree, ['paragraph', 'heading', 'tableCell'], (node) => {
    for (const match of toString(node as Parent).matchAll(/“([^”]+)”/g)) found.push({ text: match[1], line: node.position?.start.line });
  });
  return found;
}

/** Every <Quote original="…"> of a French story, with where it is. */
export function quoteOriginals(tree: Root): Quotation[] {
  const found: Quotation[] = [];
  visit(tree, ['mdxJsxFlowElement', 'mdxJsxTextElement'], (node) => {
    if (!('name' in node) || node.name !== 'Quote') return;
    const original = node.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === 'original')?.value;
    if (typeof original === 'string') found.push({ text: original, line: node.position?.start.line, column: node.position?.start.column });
  });
  return found;
}
