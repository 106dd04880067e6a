import type { Root, Text } from 'mdast';
import { visit } from 'unist-util-visit';
import { figureValues, formatFigure, parseFigure } from '../charts/figures';
import type { Dataset } from '../data/schema';

/**
 * Figures typed by hand in a story's prose: amounts in millions or billions, and percentages.
 * Years, dates, ages and counts of days have neither, so they are never taken for figures.
 */
const FIGURE = /\b(?:(about|roughly|nearly|almost|more than|over|some) )?(\d+(?:[.,]\d+)*|one|two|three|four|five|six|seven|eight|nine) (million|billion)\b|\b\d+(?:\.\d+)? ?(?:%|per cent|percent)/gi;

/** Spans inside quotation marks: a speaker's words, quoted exactly, are not the site's claims. */
const QUOTED = /“[^”]*”|"[^"]*"/g;

export type HandTyped = { node: Text; offset: number; text: string; value?: number; matches: { dataset: Dataset; key: string }[]; nearest: string[] };

/** Every hand-typed figure outside quotations and block quotes, with the data values it equals or is nearest to (charts the story shows first). */
export function handTypedFigures(tree: Root, datasets: readonly Dataset[], shown: readonly string[] = []): HandTyped[] {
  const quoted = new Set<Text>();
  visit(tree, 'blockquote', (quote) => visit(quote, 'text', (t) => void quoted.add(t)));
  // A chart the story shows is the better source to suggest: the figure then links to its row on the page.
  const ordered = [...datasets].sort((a, b) => Number(shown.includes(b.id)) - Number(shown.includes(a.id)));
  const values = ordered.flatMap((dataset) => figureValues(dataset).filter((v) => v.value !== null).map((v) => ({ dataset, key: v.key, value: v.value as number, qualifier: v.qualifier })));
  const found: HandTyped[] = [];
  visit(tree, 'text', (node) => {
    if (quoted.has(node)) return;
    const inQuotes = [...node.value.matchAll(QUOTED)].map((m) => [m.index, m.index + m[0].length]);
    for (const m of node.value.matchAll(FIGURE)) {
      if (inQuotes.some(([start, end]) => m.index >= start && m.index < end)) continue;
      const value = m[2] ? parseFigure(`${m[2]} ${m[3]}`) : undefined;
      const matches = value === undefined ? [] : values.filter((v) => v.value === value).map(({ dataset, key }) => ({ dataset, key }));
      const nearest = value === undefined ? [] : [...values].sort((a, b) => Math.abs(a.value - value) - Math.abs(b.value - value)).slice(0, 2).map((v) => `${formatFigure(v.value, v.qualifier)} (${v.dataset.id}, "${v.key}")`);
      found.push({ node, offset: m.index, text: m[0], value, matches, nearest });
    }
  });
  return found;
}
