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
function fontOf({ family, weight }: Face): opentype.Font {
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

/** The advance width of one line of text, in px, as Satori sets it (letterSpacing is added after each character). */
export function textWidth(text: string, face: Face, size: number, letterSpacing = 0): number {
  return fontOf(face).getAdvanceWidth(text, size) + letterSpacing * [...text].length;
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
  const first = font.charToGlyph(chars[0]).getMetrics();
  const lastGlyph = font.charToGlyph(chars[chars.length - 1]);
  // The last glyph starts where the line's advance ends, less its own advance and spacing.
  const lastOrigin = advance - letterSpacing - (lastGlyph.advanceWidth ?? 0) * scale;
  const hangLeft = first.xMin * scale;
  const hangRight = lastOrigin + lastGlyph.getMetrics().xMax * scale;
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
