import opentype from 'opentype.js';
import { shareImageFonts } from './fonts';

/** A face of the card's fonts, as ShareCard.tsx names it to Satori. */
export type Face = { family: 'Serif' | 'Sans'; weight: 400 | 600 | 700 };

const parsed = new Map<string, opentype.Font>();

/**
 * The font file Satori draws this face with, parsed with opentype.js: the library Satori itself
 * measures text with, so widths here are the widths Satori lays out (kerning included, no
 * ligatures, as in Satori). Pinned to 1.3.4, the release Satori bundles: 1.3.5 throws on Inter's
 * contextual substitutions.
 */
export function fontOf({ family, weight }: Face): opentype.Font {
  const key = `${family} ${weight}`;
  let font = parsed.get(key);
  if (!font) {
    const file = shareImageFonts().find((f) => f.name === family && f.weight === weight);
    if (!file) throw new Error(`No share-card font for ${key} in lib/share-image/fonts.ts`);
    const { buffer, byteOffset, byteLength } = file.data;
    font = opentype.parse(buffer.slice(byteOffset, byteOffset + byteLength));
    parsed.set(key, font);
  }
  return font;
}

/** A text's glyphs as opentype.js sets them: each one's advance, and the kerning between it and the next, in font units. */
type Shaped = { advances: number[]; kerns: number[] };

// Fitting a card's text measures the same words again at every size it tries, and shaping a text
// (opentype.js's stringToGlyphs: its script, ligatures, kerning pairs) was most of the time a card
// took to draw. A text is shaped once; its width at a size is then summed from the stored units.
// Bounded: a build draws thousands of cards, whose texts each need these only while it is fitted.
const SHAPED_SIZE = 4096;

/** The parts of opentype.js 1.3.4 that Font.forEachGlyph uses and its types leave out. */
type Internals = {
  defaultRenderOptions: { kerning?: boolean; script?: string; language?: string };
  stringToGlyphs(text: string, options: object): opentype.Glyph[];
  position: { getDefaultScriptName(): string; getKerningTables(script: string, language?: string): unknown; getKerningValue(tables: unknown, left: number, right: number): number };
};
const shapedTexts = new Map<opentype.Font, Map<string, Shaped>>();

function shape(font: opentype.Font, text: string): Shaped {
  let texts = shapedTexts.get(font);
  if (!texts) shapedTexts.set(font, (texts = new Map()));
  let known = texts.get(text);
  if (!known) {
    // What Font.forEachGlyph (opentype.js 1.3.4, pinned) does with the default render options, less the sums.
    const inner = font as unknown as Internals;
    const options = { ...inner.defaultRenderOptions };
    const glyphs = inner.stringToGlyphs(text, options);
    const lookups = options.kerning ? inner.position.getKerningTables(options.script || inner.position.getDefaultScriptName(), options.language) : undefined;
    const kern = (i: number) => (lookups ? inner.position.getKerningValue(lookups, glyphs[i].index, glyphs[i + 1].index) : font.getKerningValue(glyphs[i], glyphs[i + 1]));
    known = { advances: glyphs.map((g) => g.advanceWidth ?? 0), kerns: options.kerning ? glyphs.slice(0, -1).map((_, i) => kern(i)) : [] };
    if (texts.size >= SHAPED_SIZE) texts.clear();
    texts.set(text, known);
  }
  return known;
}

/**
 * font.getAdvanceWidth(text, size), to the last bit: the same products summed in the same order
 * (tests/unit/share-card-text-width.test.ts compares the two), from the text's stored shaping.
 */
function advanceWidth(font: opentype.Font, text: string, size: number): number {
  const { advances, kerns } = shape(font, text);
  const fontScale = (1 / font.unitsPerEm) * size;
  let x = 0;
  for (let i = 0; i < advances.length; i++) {
    if (advances[i]) x += advances[i] * fontScale;
    if (i < kerns.length) x += kerns[i] * fontScale;
  }
  return x;
}

/** The advance width of one line of text, in px, as Satori sets it (letterSpacing is added after each character). */
export function textWidth(text: string, face: Face, size: number, letterSpacing = 0): number {
  return advanceWidth(fontOf(face), text, size) + letterSpacing * [...text].length;
}

/** What inkSpan needs of a character's glyph: its advance and how far its ink reaches, in font units; kept per face. */
const glyphBoxes = new Map<opentype.Font, Map<string, { advanceWidth: number | undefined; xMin: number; xMax: number }>>();
function glyphBox(font: opentype.Font, char: string) {
  let boxes = glyphBoxes.get(font);
  if (!boxes) glyphBoxes.set(font, (boxes = new Map()));
  let box = boxes.get(char);
  if (!box) {
    const glyph = font.charToGlyph(char);
    const { xMin, xMax } = glyph.getMetrics();
    box = { advanceWidth: glyph.advanceWidth, xMin, xMax };
    boxes.set(char, box);
  }
  return box;
}

/**
 * Where a line's ink reaches, in px from where its first character starts: `left` is below zero
 * when the first glyph hangs before its origin (Source Serif's "J"), `right` past the advance
 * when the last glyph overhangs it. A line fits a box when right − left does.
 */
export function inkSpan(text: string, face: Face, size: number, letterSpacing = 0): { left: number; right: number; advance: number } {
  const font = fontOf(face);
  const advance = textWidth(text, face, size, letterSpacing);
  const chars = [...text];
  if (!chars.length) return { left: 0, right: 0, advance };
  const scale = size / font.unitsPerEm;
  const first = glyphBox(font, chars[0]);
  const lastGlyph = glyphBox(font, chars[chars.length - 1]);
  // The last glyph starts where the line's advance ends, less its own advance and spacing.
  const lastOrigin = advance - letterSpacing - (lastGlyph.advanceWidth ?? 0) * scale;
  const hangLeft = first.xMin * scale;
  const hangRight = lastOrigin + lastGlyph.xMax * scale;
  // A glyph that hangs out is given a whole pixel more: its antialiased edge reaches that far.
  return { left: hangLeft < 0 ? Math.floor(hangLeft) - 1 : 0, right: hangRight > advance ? Math.ceil(hangRight) + 1 : advance, advance };
}

/** The width a line needs so that all of its ink fits. */
export const inkWidth = (text: string, face: Face, size: number, letterSpacing = 0) => {
  const { left, right } = inkSpan(text, face, size, letterSpacing);
  return right - left;
};

/**
 * How far ink may reach above and below a line's baseline, in em: the font's own ascender and
 * descender (hhea), which bound the glyphs a card draws (accented capitals included).
 */
export function inkExtent(face: Face): { ascent: number; descent: number } {
  const font = fontOf(face);
  return { ascent: font.ascender / font.unitsPerEm, descent: -font.descender / font.unitsPerEm };
}
