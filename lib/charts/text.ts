/**
 * Text measurement and label geometry, without a browser. Widths are estimated as
 * 0.6 × font size per character, which is generous for the sans-serif UI fonts the site uses,
 * so labels laid out with it do not collide when drawn.
 */

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

/**
 * Breaks `text` into lines no wider than `maxWidth` (greedy, by words; over-long words are split).
 * Never at a no-break space: French keeps "16 M" and "févr. :" on one line with one.
 */
export function wrapText(text: string, maxWidth: number, size: number, factor = LAYOUT_CHAR_WIDTH): string[] {
  const maxChars = Math.max(1, Math.floor(maxWidth / (factor * size)));
  const lines: string[] = [];
  let line = '';
  for (let word of text.split(/[ \t\r\n]+/).filter(Boolean)) {
    while (Array.from(word).length > maxChars) {
      if (line) {
        lines.push(line);
        line = '';
      }
      const chars = Array.from(word);
      lines.push(chars.slice(0, maxChars).join(''));
      word = chars.slice(maxChars).join('');
    }
    const next = line ? `${line} ${word}` : word;
    if (Array.from(next).length <= maxChars) line = next;
    else {
      const [kept, carried] = carry(line, word, maxChars);
      lines.push(kept);
      line = carried;
    }
  }
  if (line) lines.push(line);
  return noWidow(lines, maxChars);
}

/** Words that lead into the next one, in English and French ("not / per month", « plus / de 75 millions »): a line that ends on one reads as cut off. */
const LEADING = new Set([
  ...['a', 'an', 'the', 'of', 'to', 'in', 'on', 'at', 'by', 'for', 'from', 'and', 'or', 'with', 'not', 'more', 'than', 'each', 'every'],
  ...['le', 'la', 'les', 'un', 'une', 'des', 'du', 'de', 'au', 'aux', 'à', 'en', 'et', 'ou', 'vers', 'sur', 'par', 'pour', 'dans', 'avec', 'non', 'plus', 'chaque'],
]);

/** An article, a preposition or a conjunction, or a number before the word that scales it ("75 / million"). */
const leadsInto = (word: string, next: string) => LEADING.has(word.toLowerCase()) || (/^[\d.,]+$/.test(word) && /^(?:million|billion|millions?|milliards?)\b/i.test(next));

/**
 * A line does not end on an article, a preposition or a conjunction: those words go down with the
 * one they introduce ("…vers le / Canada" becomes "… / vers le Canada"), as a number does with its
 * "million", as far as the next line has room, and one word at least stays.
 */
function carry(line: string, next: string, maxChars: number): [string, string] {
  for (;;) {
    const at = line.lastIndexOf(' ');
    if (at <= 0 || !leadsInto(line.slice(at + 1), next)) return [line, next];
    const moved = `${line.slice(at + 1)} ${next}`;
    if (Array.from(moved).length > maxChars) return [line, next];
    [line, next] = [line.slice(0, at), moved];
  }
}

/** A last line this short reads as a stray word ("US”", "5, 2020"): take the word before it down with it. */
const WIDOW = 8;

function noWidow(lines: string[], maxChars: number): string[] {
  const n = lines.length;
  if (n < 2) return lines;
  const last = lines[n - 1];
  const prev = lines[n - 2].split(' ');
  if (Array.from(last).length > WIDOW || prev.length < 2) return lines;
  const moved = `${prev[prev.length - 1]} ${last}`;
  if (Array.from(moved).length > maxChars) return lines;
  return [...lines.slice(0, n - 2), ...carry(prev.slice(0, -1).join(' '), moved, maxChars)];
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
