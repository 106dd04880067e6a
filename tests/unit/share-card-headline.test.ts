/**
 * A card's headline breaks as a headline desk breaks it: never after an article, a preposition or a
 * conjunction, never between a number and what it counts or a month and its year, gladly after a
 * colon; in as many lines as filling each line would take, every word kept in order.
 */
import { describe, expect, test } from 'vitest';
import { fitText, wrap, type FitSpec, type Measure } from '@/lib/share-image/fit-text';
import { headlineLines, splitsAPair } from '@/lib/share-image/headline-breaks';

// Every character half the size wide: the lines below are counted in characters.
const mono: Measure = (text, size) => [...text].length * size * 0.5;
const at = (chars: number) => chars * 10 * 0.5;

describe('a headline’s line breaks', () => {
  test('no line ends on "a" or "by" where filling each line left both', () => {
    const title = 'How Canada says it won a reprieve on N95 masks: by arguing interdependence';
    expect(wrap(title, at(26), 10, mono)).toEqual(['How Canada says it won a', 'reprieve on N95 masks: by', 'arguing interdependence']);
    expect(headlineLines(title, at(26), 10, mono, 'en')).toEqual(['How Canada says it won', 'a reprieve on N95 masks:', 'by arguing interdependence']);
  });

  test('a number stays with what it counts, a month with its year, "plus" with its "de"', () => {
    const en = headlineLines('3M says it made 35 million masks in the US in March 2020', at(17), 10, mono, 'en');
    expect(en.join('\n')).not.toMatch(/\d\n|March\n\d/);
    const fr = headlineLines('Les données d’avril 2020 montrent plus de 230 millions de masques', at(22), 10, mono, 'fr');
    expect(fr.join('\n')).not.toMatch(/d’avril\n|plus\nde|\bde\n|\d\n/);
  });

  test('a name is a pair a break parts: "Latin / America", « l’Amérique / latine », "Anita / Anand"', () => {
    expect(splitsAPair(['Masks went to Canada and Latin', 'America for years'], 'en')).toBe(true);
    expect(splitsAPair(['Minister Anita', 'Anand says'], 'en')).toBe(true);
    expect(splitsAPair(['Masks went to Latin America', 'for years'], 'en')).toBe(false);
    // Punctuation ends a name: "Canada, / Mexico" is a list.
    expect(splitsAPair(['Masks went to Canada,', 'Mexico and Peru'], 'en')).toBe(false);
    expect(splitsAPair(['Des masques vers l’Amérique', 'latine, puis plus rien'], 'fr')).toBe(true);
    expect(splitsAPair(['Des masques vers l’Amérique,', 'puis plus rien'], 'fr')).toBe(false);
  });

  test('as many lines as filling each line makes, every word in order, however the text runs', () => {
    const words = ['a', 'the', 'by', 'reprieve', 'N95', '35', 'million', 'masks:', 'April', '2020,', 'interdependence', 'de', 'contre-mesures', 'US/Canada', 'x'];
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    for (let run = 0; run < 300; run++) {
      const text = Array.from({ length: 1 + Math.floor(next() * 25) }, () => words[Math.floor(next() * words.length)]).join(' ');
      const width = at(4 + Math.floor(next() * 30));
      const lang = next() < 0.5 ? 'en' : 'fr';
      const lines = headlineLines(text, width, 10, mono, lang);
      expect(lines.length).toBe(wrap(text, width, 10, mono).length);
      expect(lines.join(' ').replace(/(?<=[-/]) /g, '')).toBe(text.replace(/(?<=[-/]) /g, ''));
      for (const line of lines) if (line.includes(' ')) expect(mono(line, 10)).toBeLessThanOrEqual(width);
    }
    expect(headlineLines('', 100, 10, mono, 'en')).toEqual([]);
  });

  test('the title takes a size up to a tenth smaller for clean breaks, and no smaller', () => {
    const title = 'How Canada says it won a reprieve on N95 masks: by arguing interdependence';
    const spec = (height: number): FitSpec => ({
      width: at(26) * 1.0,
      height,
      maxSize: 10,
      minSize: 5,
      lineHeight: 1,
      ink: { ascent: 0.5, descent: 0.5 },
      breaks: (text, width, size, measure) => headlineLines(text, width, size, measure, 'en'),
      breaksBadly: (lines) => splitsAPair(lines, 'en'),
    });
    // Three lines of 10 px fit; at 10 px the breaks are clean, so the size stays.
    expect(fitText(title, spec(30), mono)).toMatchObject({ size: 10, lines: ['How Canada says it won', 'a reprieve on N95 masks:', 'by arguing interdependence'] });
    // Narrower: at 10 px only "…won a / …: by" breakings fit in three lines; 9 px has clean ones.
    const narrow = { ...spec(30), width: at(25) };
    expect(splitsAPair(headlineLines(title, narrow.width, 10, mono, 'en'), 'en')).toBe(true);
    const fitted = fitText(title, narrow, mono);
    expect(fitted.size).toBe(9);
    expect(splitsAPair(fitted.lines, 'en')).toBe(false);
    // Far narrower, no size within a tenth breaks cleanly: the largest that fits is kept.
    const tight = { ...spec(60), width: at(12) };
    const kept = fitText(title, tight, mono);
    expect(kept.size).toBe(fitText(title, { ...tight, breaksBadly: undefined }, mono).size);
  });
});
