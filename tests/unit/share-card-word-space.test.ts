/**
 * The space between words on a card is a space wide, after a figure and its comma too. Satori sets
 * each word where the unkerned widths before it would end, while the glyphs of a word are kerned, so a
 * strongly kerned pair such as Inter's "7," (3.5 px at 28 px) left a wide gap after it: "April 7,  2020".
 * Read from the outlines svg-card.ts places where Satori would (share-card-text-only.test.ts holds
 * the two to the same pixels).
 */
import { describe, expect, test } from 'vitest';
import { cardLayout } from '@/lib/share-image/card-layout';
import { textWidth } from '@/lib/share-image/font-metrics';
import { glyphX, textCardShapes, type PlacedGlyph } from '@/lib/share-image/svg-card';

const DEKS = ['Sources: news reports of April 5 and 7, 2020', 'By April 7, 2020, Canada had secured 7.5 million masks', 'Au 7 avril 2020 : 7,5 millions de masques ; 17, 27 et 37.'];

/** Where a glyph's origin is set on the card. */
const origin = (g: PlacedGlyph) => glyphX(g, 0);

describe('a card’s words are a space apart', () => {
  test.each(DEKS)('%s', (dek) => {
    const layout = cardLayout({ kicker: 'Chart', title: 'A title', dek, footer: '', lang: 'en', chart: false });
    const part = layout.dek!;
    const space = textWidth(' ', part.face, part.size, part.letterSpacing);
    const [shape] = textCardShapes(layout).filter((s) => s.part === 'dek');
    if (!('lines' in shape)) throw new Error('the dek is drawn as text');
    const gaps = shape.lines.flatMap((runs) => runs.slice(1).map((run, i) => origin(run[0]) - origin(runs[i].at(-1)!)));
    expect(gaps.length).toBeGreaterThan(3);
    // Within half a pixel or so: an ordinary word's own kerning ("secured", "masks") moves the next one that little.
    for (const gap of gaps) expect(Math.abs(gap - space)).toBeLessThan(0.75);
  });
});
