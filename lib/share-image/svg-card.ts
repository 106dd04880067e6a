/**
 * A text-only card (no picture: every story card, and the site's) drawn by our own code, without
 * Satori: card-layout.ts has already fitted and placed every line, so all that is left is to turn
 * each line into glyph outlines where Satori would put them, and rasterise. The SVG holds no text
 * at all, only rectangles and path data made of numbers, so nothing an editor writes can become
 * markup. The outlines are exactly next/og's (its SVG through sharp gives next/og's pixels); since
 * raster22 the PNG is filled from the same shapes by our own rasteriser (card-raster.ts), not
 * librsvg, so its pixels differ from next/og's along the edges, by a few levels (BENCHMARKS.md,
 * "raster22"). The SVG itself is now for the tests. Cards with a chart still go through next/og.
 */
import opentype from 'opentype.js';
import { CARD, COLORS, type Box, type CardLayout, type Part, type TextPart } from './card-layout';
import { punctuationUnkerned } from './fit-text';
import { fontOf, textWidth } from './font-metrics';

/** Yoga (the layout engine inside Satori) keeps positions as 32-bit floats and rounds them to whole pixels. */
function roundToPixel(value: number, floor = false) {
  const v = Math.fround(value);
  let fraction = v % 1;
  if (fraction < 0) fraction += 1;
  if (Math.abs(fraction) < 0.0001) return v - fraction;
  if (Math.abs(fraction - 1) < 0.0001) return v - fraction + 1;
  if (floor) return v - fraction;
  return v - fraction + (fraction > 0.5 || Math.abs(fraction - 0.5) < 0.0001 ? 1 : 0);
}

const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
const words = new Intl.Segmenter(undefined, { granularity: 'word' });

/** Satori's word segments: Intl's, with a no-break space joined to the words on either side of it. */
function segments(text: string): string[] {
  const raw = [...words.segment(text)].map((s) => s.segment);
  const out: string[] = [];
  for (let i = 0; i < raw.length; ) {
    if (raw[i] === '\u00a0') {
      const before = i === 0 ? '' : (out.pop() ?? '');
      const after = i === raw.length - 1 ? '' : raw[i + 1];
      out.push(before + '\u00a0' + after);
      i += 2;
    } else out.push(raw[i++]);
  }
  return out;
}

/** Characters after which Satori ends one run of glyphs and starts the next at a position of its own. */
const RUN_ENDS = new Set([32, 160, 4961, 65792, 65793, 4153, 4241, 10].map((c) => String.fromCodePoint(c)));

type Run = { text: string; x: number };

/** A text's advance as Satori measures it (opentype.js, kerning, letter spacing after each character). */
type Width = (text: string) => number;

/** A text's advance as the sum of its characters' (graphemes') own, summed in order: no kerning between them. */
function unkerned(text: string, width: Width): number {
  let sum = 0;
  for (const g of graphemes.segment(text)) sum += width(g.segment);
  return sum;
}

/**
 * Whether no line-break opportunity follows the space before `next`: closing punctuation, "!", "?",
 * ",", ".", ":", ";" and "/" stay with what precedes them even across spaces (UAX #14, LB13), so
 * does anything after an opening bracket (LB14), and an opening bracket after a quotation mark (LB15).
 */
const glued = (before: string, next: string | undefined) =>
  next !== undefined && (/^[)\]}!?,.:;/\u2060]/.test(next) || /[([{¡¿]\s*$/.test(before) || (/["'“”‘’«»‹›]\s*$/.test(before) && /^[([{¡¿]/.test(next)));

/** Whether a line may break after this segment (UAX #14, for the text cards carry). */
function breaksAfter(part: string, before: string, next: string | undefined): boolean {
  if (next === undefined) return false;
  if (RUN_ENDS.has(part) && part !== '\u00a0') return !glued(before, next);
  // A zero-width space is a break opportunity (UAX #14, ZW), whatever follows it (fit-text.ts's punctuationUnkerned puts one before a comma).
  if (part === '\u200b') return true;
  // After a hyphen, not before a figure ("-5"); after an en dash ("2020–|2021"); around an em dash.
  if (/^[-\u2010]$/.test(part)) return !/^[0-9]/.test(next) && !/^[-\u2010\u2013\u2014\s]/.test(next);
  if (part === '\u2013') return !/^[-\u2010\u2013\u2014\s]/.test(next);
  if (part === '\u2014') return next !== '\u2014' && !/^\s/.test(next);
  // After a slash before a word ("and/or"), not before a figure ("24/7").
  if (part === '/') return /^\p{L}/u.test(next);
  return next === '\u2014' && !/\s$/.test(part);
}

/**
 * A line as Satori sets it: in runs, each ending at a space, placed at the sum of the widths before
 * it. Satori measures each line-break word (up to and including the spaces after it) as the sum of
 * its characters' widths, with no kerning between them, and the pieces within it each with their
 * own kerning; opentype.js then sets a run's glyphs from the run's start. The sums are done in
 * Satori's order, so that every outline lands on the same tenth of a pixel.
 */
function runs(text: string, width: Width): { runs: Run[]; width: number } {
  const parts = segments(text);
  // The line-break words, each a list of segments.
  const lineWords: string[][] = [[]];
  let soFar = '';
  for (let i = 0; i < parts.length; i++) {
    lineWords.at(-1)!.push(parts[i]);
    soFar += parts[i];
    if (breaksAfter(parts[i], soFar.slice(0, -parts[i].length), parts[i + 1])) lineWords.push([]);
  }
  const result: Run[] = [];
  let lineWidth = 0;
  let run: Run | undefined;
  for (const [w, word] of lineWords.entries()) {
    const measured = unkerned(word.join(''), width);
    lineWidth += measured;
    let x = lineWidth - measured;
    for (const [p, part] of word.entries()) {
      run ??= { text: '', x };
      run.text += part;
      x += width(part);
      if (RUN_ENDS.has(part) || (w === lineWords.length - 1 && p === word.length - 1)) {
        result.push(run);
        run = undefined;
      }
    }
  }
  return { runs: result, width: lineWidth };
}

/**
 * A glyph's outline where a run sets it: its commands in font units, placed as opentype.js's
 * Glyph.getPath places them (x + u × scale, y − v × scale), then moved by (dx, dy) where Satori
 * reuses the path of the glyph's first place in the run. `glyphX` and `glyphY` do those sums in
 * that order, so every coordinate is the number Satori writes; nothing is copied a glyph.
 */
export type PlacedGlyph = { commands: opentype.PathCommand[]; x: number; y: number; scale: number; dx: number; dy: number };

export const glyphX = (g: PlacedGlyph, u: number) => g.x + u * g.scale + g.dx;
export const glyphY = (g: PlacedGlyph, v: number) => g.y + -v * g.scale + g.dy;

/** A run's outlines as Satori writes them: one glyph's path reused, moved, wherever the glyph comes again. */
function runGlyphs(font: opentype.Font, text: string, x: number, y: number, size: number, letterSpacing: number): PlacedGlyph[] {
  const options = { letterSpacing: letterSpacing / size };
  const glyphs: PlacedGlyph[] = [];
  const seen = new Map<opentype.Glyph, PlacedGlyph>();
  font.forEachGlyph(text.replace(/\n/g, ''), x, y, size, options, (glyph, gx, gy, fontSize) => {
    const first = seen.get(glyph);
    if (first) glyphs.push({ ...first, dx: gx - first.x, dy: gy - first.y });
    else {
      // Glyph.getPath's scale (opentype.js 1.3.4, pinned; no hinting), written the same way for the same number.
      const path = glyph.path as opentype.Path & { unitsPerEm?: number };
      const placed = { commands: path.commands, x: gx, y: gy, scale: (1 / (path.unitsPerEm || 1000)) * fontSize, dx: 0, dy: 0 };
      seen.set(glyph, placed);
      glyphs.push(placed);
    }
  });
  return glyphs;
}

/** A coordinate as opentype.js's toPathData(1) writes it, which is what Satori hands the rasteriser. */
const coordinate = (v: number) => (Math.round(v) === v ? String(v) : v.toFixed(1));

/** A number after the first of a command: toPathData puts a space before it unless its minus sign stands in for one. */
const next = (v: number) => (v >= 0 ? ' ' : '') + coordinate(v);

/**
 * Path data as opentype.js's toPathData(1) writes it, less every line to the point the pen already
 * stands on (as written, to the tenth): the fonts' outlines have one at the start of most contours
 * and after many curves, a sixth of the data. A line of no length covers no pixel, so the PNG is
 * the same, and sharp (librsvg) had that much less to parse when it drew the cards (BENCHMARKS.md,
 * "cards21"); the tests still hand it this SVG.
 */
function pathData(run: PlacedGlyph[]): string {
  let d = '';
  let atX = '';
  let atY = '';
  let startX = '';
  let startY = '';
  for (const g of run)
    for (const c of g.commands) {
      if (c.type === 'Z') {
        d += 'Z';
        atX = startX;
        atY = startY;
        continue;
      }
      const x = coordinate(glyphX(g, c.x));
      const y = next(glyphY(g, c.y));
      if (c.type === 'M') {
        d += 'M' + x + y;
        startX = x;
        startY = y;
      } else if (c.type === 'L') {
        if (x === atX && y === atY) continue;
        d += 'L' + x + y;
      } else if (c.type === 'Q') d += 'Q' + coordinate(glyphX(g, c.x1)) + next(glyphY(g, c.y1)) + next(glyphX(g, c.x)) + y;
      else d += 'C' + coordinate(glyphX(g, c.x1)) + next(glyphY(g, c.y1)) + next(glyphX(g, c.x2)) + next(glyphY(g, c.y2)) + next(glyphX(g, c.x)) + y;
      atX = x;
      atY = y;
    }
  return d;
}

/** One line's outlines: its runs of glyphs, each of which Satori writes as a subpath of its own. */
export type Outline = PlacedGlyph[][];

/**
 * What a text card draws, in order, each in one colour: rectangles, then each text part's
 * outlines, a list per line. The one source of the card's geometry for both the SVG (below) and
 * the PNG (raster.ts), so the two draw the same shapes.
 */
export type Shape = { part: Part; color: string } & ({ rect: Box } | { lines: Outline[] });

/** One text part's outlines, a list per line, placed as Satori places the lines of ShareCard.tsx. */
function textOutlines(part: TextPart): Outline[] {
  const font = fontOf(part.face);
  const lineHeight = part.size * part.lineHeight;
  const ascent = (font.ascender / font.unitsPerEm) * part.size;
  const descent = (font.descender / font.unitsPerEm) * part.size;
  const baseline = Math.round(ascent + (lineHeight - (ascent - descent)) / 2);
  // The part's block and each line's row are rounded to whole pixels by the layout engine, as in Satori.
  const left = roundToPixel(part.box.x);
  const top = roundToPixel(part.top);
  let rowTop = 0;
  const out: Outline[] = [];
  const width: Width = (text) => textWidth(text, part.face, part.size, part.letterSpacing);
  for (const line of part.lines) {
    const text = punctuationUnkerned(line.text.replace(/[ \t\n]+/g, ' ').replace(/^ | $/g, ''));
    const placed = runs(text, width);
    let start: number;
    if (part.align === 'end') {
      // Flush right, less the line's shift: Satori's text box is the sum of its words' unkerned widths, rounded up.
      const measured = Math.ceil(placed.width);
      start = left + roundToPixel(Math.fround(part.box.width - line.shift - measured), true);
    } else start = left + roundToPixel(line.shift, true);
    const y = top + roundToPixel(rowTop) + baseline;
    out.push(placed.runs.map((run) => runGlyphs(font, run.text, start + run.x, y, part.size, part.letterSpacing)));
    rowTop = Math.fround(rowTop + lineHeight);
  }
  return out;
}

/** The card's shapes in drawing order: the band, then kicker, title, dek, site name and address. */
export function textCardShapes(layout: CardLayout): Shape[] {
  const shapes: Shape[] = [{ part: 'band', color: COLORS.band, rect: layout.band }];
  const text = (part: Part, fitted: TextPart | undefined, color: string) => fitted && shapes.push({ part, color, lines: textOutlines(fitted) });
  text('kicker', layout.kicker, COLORS.kicker);
  text('title', layout.title, COLORS.title);
  text('dek', layout.dek, COLORS.dek);
  text('site', layout.site, COLORS.site);
  text('address', layout.address, COLORS.address);
  return shapes;
}

/** A shape as SVG: a rectangle, or a path per line of text (as Satori writes them, a run's subpath then a space). */
function shapeSvg(shape: Shape): string {
  if ('rect' in shape) {
    const { x, y, width, height } = shape.rect;
    return `<rect x="${x}" y="${y}" width="${width}" height="${height}" fill="${shape.color}"/>`;
  }
  let out = '';
  for (const line of shape.lines) {
    const d = line.map((run) => pathData(run) + ' ').join('');
    if (d.trim()) out += `<path fill="${shape.color}" d="${d}"/>`;
  }
  return out;
}

/**
 * The card as SVG: only rectangles and outlines, every attribute a constant colour or numbers.
 * With `only`, that one part alone on a transparent ground (the tests check where each part inks).
 */
export function textCardSvg(layout: CardLayout, only?: Part): string {
  const { width, height } = CARD;
  return (
    `<svg width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" xmlns="http://www.w3.org/2000/svg">` +
    (only ? '' : `<rect x="0" y="0" width="${width}" height="${height}" fill="${COLORS.background}"/>`) +
    textCardShapes(layout)
      .filter((shape) => !only || shape.part === only)
      .map(shapeSvg)
      .join('') +
    '</svg>'
  );
}
