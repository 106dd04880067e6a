/**
 * Text measurement and label geometry, without a browser. Widths are estimated as
 * 0.6 × font size per character, which is generous for the sans-serif UI fonts the site uses,
 * so labels laid out with it do not collide when drawn.
 */
import type { Lang } from '@/lib/i18n/lang';
import { breakCost } from '@/lib/i18n/line-breaks';

/** Estimated character width as a fraction of the font size (the label-overlap test uses this). */
export const CHAR_WIDTH = 0.6;
/**
 * Width the layouts reserve per character. Bold digits and capitals in wide fallback fonts
 * (DejaVu Sans: "230M+" ≈ 0.78 em per character) exceed 0.6, so layouts leave this much room
 * at edges and when wrapping; labels that fit at 0.7 certainly fit at 0.6.
 */
export const LAYOUT_CHAR_WIDTH = 0.7;
/** Room reserved per character of a bold value label at a chart's edge ("230M+" needs 0.78 em). */
export const VALUE_CHAR_WIDTH = 0.85;
/** Part of the font size above the baseline (for boxes). */
export const ASCENT = 0.8;

/** An axis-aligned rectangle in viewBox units. */
export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Colour/weight role of a piece of text: maps to a CSS class in charts.css. */
export type TextTone = 'text' | 'muted' | 'strong' | 'value';

/** One line of SVG text, positioned by its baseline. */
export interface TextItem {
  x: number;
  /** Baseline. */
  y: number;
  text: string;
  anchor: 'start' | 'middle' | 'end';
  /** Font size in viewBox units. */
  size: number;
  tone: TextTone;
  /**
   * Draw a background-coloured outline so the text stays legible over lines and hatching; 'band':
   * in the colour of the shaded band the text sits on (a page-coloured one fringes the letters).
   */
  halo?: boolean | 'band';
  /** Italic: names of water on a map, by cartographic convention. */
  italic?: boolean;
}

/** Estimated rendered width of `text` at `size` (`factor` × size per character). */
export function textWidth(text: string, size: number, factor = CHAR_WIDTH): number {
  return factor * size * Array.from(text).length;
}

/** Bounding box of a text item (ascent 0.8 em above the baseline, descent 0.2 em below). */
export function textBox(t: TextItem, factor = CHAR_WIDTH): Box {
  const width = textWidth(t.text, t.size, factor);
  const x = t.anchor === 'start' ? t.x : t.anchor === 'middle' ? t.x - width / 2 : t.x - width;
  return { x, y: t.y - ASCENT * t.size, width, height: t.size };
}

/** A last line this short reads as a stray word ("US”", "5, 2020"). */
const WIDOW = 8;
/**
 * Costs beside breakCost's, against a line's squared share of the width left empty: each line
 * costs 1, so a line more is taken where it spares a split pair (2), as the share cards take one;
 * `fewest` outweighs every split a text can hold.
 */
const COST = { line: 1, widow: 1, fewest: 1e6 };

/**
 * Breaks `text` into lines no wider than `maxWidth`, by sense: the breaking with the fewest lines,
 * or a line more wherever that spares a split pair, that keeps each line full, ends lines at a
 * pause where it can, and ends none on a word that leans on the next ("…vers le / Canada",
 * "deputy prime / minister", "75 / million": lib/i18n/line-breaks.ts), nor leaves a stray word on
 * the last. Never at a no-break space: French keeps "16 M" and "févr. :" on one line with one.
 * Over-long words are split. `fewestLines`: as few lines as greedy breaking makes, splits or not
 * (a note that must fit a few lines or become a numbered marker).
 */
export function wrapText(text: string, maxWidth: number, size: number, lang: Lang, factor = LAYOUT_CHAR_WIDTH, fewestLines = false): string[] {
  const maxChars = Math.max(1, Math.floor(maxWidth / (factor * size)));
  const words: string[] = [];
  for (const word of text.split(/[ \t\r\n]+/).filter(Boolean)) {
    const chars = Array.from(word);
    for (let at = 0; at < chars.length; at += maxChars) words.push(chars.slice(at, at + maxChars).join(''));
  }
  const n = words.length;
  if (n === 0) return [];
  const length = words.map((w) => Array.from(w).length);
  // best[i]: the least cost of setting the first i words, and where the last line starts. Each
  // line costs COST.line besides its slack and its end, so a line more than the fewest is taken
  // only to spare a split pair (one pass, linear in the words: no count of lines to search over).
  const best: { cost: number; from: number }[] = [{ cost: 0, from: 0 }];
  for (let i = 1; i <= n; i++) {
    // A line's end costs what breaking there costs: a little less after a colon or a comma, where
    // a reader expects a pause ("Where nurses cross: / Windsor and Detroit"), at no extra line.
    const ends = i === n ? 0 : breakCost(words[i - 1], words[i], lang);
    best.push({ cost: Infinity, from: i - 1 });
    for (let j = i - 1, used = length[j]; j >= 0; used += j > 0 ? 1 + length[j - 1] : 0, j--) {
      // A line may only overflow when it is one word; a longer line would only grow from here.
      if (used > maxChars && j < i - 1) break;
      // The last line is as long as it comes, as in any paragraph; a stray word on it costs.
      const slack = i === n ? 0 : (1 - used / maxChars) ** 2;
      const widow = i === n && j > 0 && used <= WIDOW ? COST.widow : 0;
      const cost = best[j].cost + (fewestLines ? COST.fewest : COST.line) + slack + ends + widow;
      if (cost < best[i].cost) best[i] = { cost, from: j };
    }
  }
  const lines: string[] = [];
  for (let i = n; i > 0; i = best[i].from) lines.unshift(words.slice(best[i].from, i).join(' '));
  return lines;
}

/** True when two boxes overlap by more than `tolerance` in both directions. */
export function boxesOverlap(a: Box, b: Box, tolerance = 0): boolean {
  return (
    a.x + tolerance < b.x + b.width &&
    b.x + tolerance < a.x + a.width &&
    a.y + tolerance < b.y + b.height &&
    b.y + tolerance < a.y + a.height
  );
}

/** True when `box` lies within a `width` × `height` area starting at 0,0. */
export function boxInside(box: Box, width: number, height: number): boolean {
  const e = 1e-6;
  return box.x >= -e && box.y >= -e && box.x + box.width <= width + e && box.y + box.height <= height + e;
}

/** Pairs of indices of overlapping boxes. */
export function overlappingPairs(boxes: readonly Box[]): [number, number][] {
  const out: [number, number][] = [];
  for (let i = 0; i < boxes.length; i++)
    for (let j = i + 1; j < boxes.length; j++) if (boxesOverlap(boxes[i], boxes[j])) out.push([i, j]);
  return out;
}

/** Rounds layout numbers so the SVG markup stays short and stable. */
export const r1 = (n: number): number => Math.round(n * 10) / 10;
