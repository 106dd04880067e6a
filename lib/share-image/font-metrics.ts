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
 * How far ink may reach above and below a line's baseline, in em: the font's own ascender and
 * descender (hhea), which bound the glyphs a card draws (accented capitals included).
 */
export function inkExtent(face: Face): { ascent: number; descent: number } {
  const font = fontOf(face);
  return { ascent: font.ascender / font.unitsPerEm, descent: -font.descender / font.unitsPerEm };
}
