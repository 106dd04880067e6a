import opentype from 'opentype.js';
import { expect, test } from 'vitest';
import { inkSpan, textWidth, type Face } from '@/lib/share-image/font-metrics';
import { shareImageFonts } from '@/lib/share-image/fonts';

// The card's text is fitted with widths summed from each text's stored shaping
// (lib/share-image/font-metrics.ts): they must be opentype.js's own, to the last bit, or a line
// that fitted by a hair would break elsewhere and the card would change.
const FACES: Face[] = [
  { family: 'Serif', weight: 700 },
  { family: 'Sans', weight: 400 },
  { family: 'Sans', weight: 600 },
];
const TEXTS = [
  'The N95 standoff: how 3M, the White House and Ottawa fought over masks',
  'Ottawa’s « contre-mesures » : États‑Unis, 35 millions de masques',
  'AVATAR Tokyo WAVE fi ffl “quoted” — 1,234.5 % jj Jj',
  'x',
  '',
];
const parsed = (face: Face) => {
  const { data } = shareImageFonts().find((f) => f.name === face.family && f.weight === face.weight)!;
  return opentype.parse(data.buffer.slice(data.byteOffset, data.byteOffset + data.byteLength));
};

test('a line measures what opentype.js measures, at every size the fitting tries, with and without letter spacing', () => {
  for (const face of FACES) {
    const font = parsed(face);
    for (const text of TEXTS) {
      // Measured twice: the second time from the stored shaping.
      for (const round of [1, 2]) {
        for (let size = 12; size <= 96; size += 0.5) {
          expect(textWidth(text, face, size), `${face.family} ${face.weight} ${size} "${text}" (${round})`).toBe(font.getAdvanceWidth(text, size));
        }
      }
      expect(textWidth(text, face, 40, 0.8)).toBe(font.getAdvanceWidth(text, 40) + 0.8 * [...text].length);
    }
  }
});

test("a line's ink reaches as far as its first and last glyphs' outlines say", () => {
  const face: Face = { family: 'Serif', weight: 700 };
  const font = parsed(face);
  const text = 'Jaws of the standoff';
  const { left, right } = inkSpan(text, face, 64);
  const scale = 64 / font.unitsPerEm;
  expect(left).toBe(Math.floor(font.charToGlyph('J').getMetrics().xMin * scale) - 1);
  const lastOrigin = font.getAdvanceWidth(text, 64) - (font.charToGlyph('f').advanceWidth ?? 0) * scale;
  const hang = lastOrigin + font.charToGlyph('f').getMetrics().xMax * scale;
  expect(right).toBe(hang > font.getAdvanceWidth(text, 64) ? Math.ceil(hang) + 1 : font.getAdvanceWidth(text, 64));
});
