import type { Parent, Root } from 'mdast';
import { visit } from './walk';

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
 * A source report as the checks read it: normalised as a quotation is, one paragraph a line (a
 * blank line ends a paragraph), so the check can tell where a paragraph ends and no quotation
 * runs on from one paragraph into the next.
 */
export const normaliseReport = (s: string) => s.split(/\n\s*\n/).map(normaliseQuote).filter(Boolean).join('\n');

const ELLIPSIS = /\s*(?:…|\.\.\.)\s*/;

/** The parts of a quotation that must each appear in a source as written: an ellipsis marks words left out. */
export const quoteParts = (quote: string) => normaliseQuote(quote).split(ELLIPSIS).filter(Boolean);

/**
 * Whether `part` of a quotation (`last`: its final part) stands in `report` (normalised by
 * normaliseReport), by the newsroom's rule (EDITORS.md, "Quotations: exact words, exact
 * punctuation"): every character as the source has it, with one exception. A quotation that ends
 * with a full stop may end where the speaker's words end in the source without one: at a comma
 * before the closing quotation mark ("…interdependence," Freeland said), or at the end of a
 * paragraph with no punctuation. Nothing else: not a comma in mid-sentence, not any other mark.
 */
export function partInReport(part: string, last: boolean, report: string): boolean {
  if (report.includes(part)) return true;
  if (!last || !part.endsWith('.') || part.endsWith('..')) return false;
  const words = part.slice(0, -1);
  for (let at = report.indexOf(words); at !== -1; at = report.indexOf(words, at + 1)) {
    const after = report.slice(at + words.length, at + words.length + 3);
    if (/^, ?"/.test(after) || after === '' || after.startsWith('\n')) return true;
  }
  return false;
}

/**
 * One form per quotation, for matching the two editions' quotations to each other (not to the
 * sources): the same words match whatever the ellipsis or a closing comma or full stop.
 */
export const quoteKey = (quote: string) => quoteParts(quote).map((part) => part.replace(/[.,]$/, '')).join(' … ');

export type Quotation = { text: string; line?: number; column?: number };

type Point = { line: number; column: number };
type Piece = { start: number; value: string; at?: Point };

/** Where character `offset` of a block's text is in the file, from the text node that holds it. */
function pointOf(pieces: Piece[], offset: number): Point | undefined {
  const piece = pieces.findLast((p) => p.start <= offset);
  if (!piece?.at) return undefined;
  const before = piece.value.slice(0, offset - piece.start).split('\n');
  return before.length === 1 ? { line: piece.at.line, column: piece.at.column + before[0].length } : { line: piece.at.line + before.length - 1, column: before[before.length - 1].length + 1 };
}

/** Every “…” quotation in the prose (after the typography pass has curled the quote marks), at its opening mark. */
export function englishQuotations(tree: Root): Quotation[] {
  const found: Quotation[] = [];
  visit(tree, ['paragraph', 'heading', 'tableCell'], (block) => {
    // The block's words in order, each piece remembering where its text node starts in the file.
    const pieces: Piece[] = [];
    let text = '';
    visit(block as Parent, (node) => {
      if ((node.type === 'text' || node.type === 'inlineCode') && 'value' in node) {
        pieces.push({ start: text.length, value: node.value, at: node.position?.start });
        text += node.value;
      }
    });
    for (const match of text.matchAll(/“([^”]+)”/g)) {
      const at = pointOf(pieces, match.index);
      found.push({ text: match[1], line: at?.line ?? block.position?.start.line, column: at?.column });
    }
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
