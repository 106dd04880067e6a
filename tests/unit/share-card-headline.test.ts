/**
 * A card's headline breaks as a headline desk breaks it: never after an article, a preposition or a
 * conjunction, never between a number and what it counts or a month and its year, gladly after a
 * colon; in as many lines as filling each line would take, every word kept in order.
 */
import { describe, expect, test } from 'vitest';
import { fitText, wrap, type FitSpec, type Measure } from '@/lib/share-image/fit-text';
import { splitsAPair } from '@/lib/i18n/line-breaks';
import { headlineLines } from '@/lib/share-image/headline-breaks';

// Every character half the size wide: the lines below are counted in characters.
const mono: Measure = (text, size) => [...text].length * size * 0.5;
const at = (chars: number) => chars * 10 * 0.5;

/** Random texts of `words`, from a seed (the same texts every run): `count` words at least, `spread` more at most. */
function texts(words: string[], seed: number) {
  const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  const text = (count: number, spread: number) => Array.from({ length: count + Math.floor(next() * spread) }, () => words[Math.floor(next() * words.length)]).join(' ');
  return { next, text };
}

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
    // "million" stays with what it counts, not with a preposition after it; "after" with its object.
    expect(splitsAPair(['3M made 35 million', 'N95 masks in March'], 'en')).toBe(true);
    expect(splitsAPair(['from 22 million', 'in January'], 'en')).toBe(false);
    expect(splitsAPair(['Four days after', 'Trump’s order'], 'en')).toBe(true);
    expect(splitsAPair(['environ 6 millions', 'par mois'], 'fr')).toBe(false);
    expect(splitsAPair(['Quatre jours après', 'la directive'], 'fr')).toBe(true);
    // A code stays with its noun: before it in English, after it in French.
    expect(splitsAPair(['3M’s N95', 'masks went south'], 'en')).toBe(true);
    expect(splitsAPair(['des masques', 'N95 de 3M'], 'fr')).toBe(true);
    // An English abbreviation before its noun too; not one that ends a phrase before a preposition.
    expect(splitsAPair(['The N95 standoff: how a US', 'order on 3M masks'], 'en')).toBe(true);
    expect(splitsAPair(['3M made 35 million masks in the US', 'in March'], 'en')).toBe(false);
    expect(splitsAPair(['Le bras de fer des N95 :', 'comment'], 'fr')).toBe(false);
    expect(splitsAPair(['masks during COVID-19,', 'then'], 'en')).toBe(false);
    expect(headlineLines('Washington a menacé les livraisons de masques N95 de 3M au Canada', at(30), 10, mono, 'fr').join('\n')).not.toMatch(/masques\nN95/);
    // A figure that closes a phrase with its comma is a place to break, not a pair parted.
    expect(splitsAPair(['By April 7, 2020,', 'Canada had secured'], 'en')).toBe(false);
    expect(splitsAPair(['Au 7 avril 2020,', 'le Canada avait'], 'fr')).toBe(false);
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
    const random = texts(words, 7);
    const next = random.next;
    for (let run = 0; run < 300; run++) {
      const text = random.text(1, 25);
      const width = at(4 + Math.floor(next() * 30));
      const lang = next() < 0.5 ? 'en' : 'fr';
      const lines = headlineLines(text, width, 10, mono, lang);
      expect(lines.length).toBe(wrap(text, width, 10, mono).length);
      expect(lines.join(' ').replace(/(?<=[-/]) /g, '')).toBe(text.replace(/(?<=[-/]) /g, ''));
      for (const line of lines) if (line.includes(' ')) expect(mono(line, 10)).toBeLessThanOrEqual(width);
    }
    expect(headlineLines('', 100, 10, mono, 'en')).toEqual([]);
  });

  test('a line more, where the room allows it, only to spare pairs that the fewest lines would split', () => {
    const words = ['a', 'the', 'by', 'reprieve', '35', 'million', 'masks:', 'more', 'than', 'April', '2020,', 'interdependence', 'Latin', 'America', 'x'];
    const random = texts(words, 11);
    const next = random.next;
    let spared = 0;
    for (let run = 0; run < 400; run++) {
      const text = random.text(3, 14);
      const width = at(8 + Math.floor(next() * 20));
      const fewest = headlineLines(text, width, 10, mono, 'en');
      const roomy = headlineLines(text, width, 10, mono, 'en', fewest.length + 1);
      expect(roomy.join(' ')).toBe(fewest.join(' '));
      if (roomy.length === fewest.length) continue;
      expect(roomy.length).toBe(fewest.length + 1);
      // Fewer pairs split than in the fewest lines (a clean breaking, mostly).
      const pairsSplit = (lines: string[]) => lines.slice(1).filter((line, i) => splitsAPair([lines[i], line], 'en')).length;
      expect(pairsSplit(roomy)).toBeLessThan(pairsSplit(fewest));
      // Nor for a word alone on the last line (a widow), unless that spares two pairs.
      const widow = (lines: string[]) => lines.length > 1 && !lines.at(-1)!.includes(' ');
      if (widow(roomy) && !widow(fewest)) expect(pairsSplit(fewest) - pairsSplit(roomy)).toBeGreaterThanOrEqual(2);
      spared++;
    }
    // Not a test that cannot fail: some texts do take the line.
    expect(spared).toBeGreaterThan(5);
  });

  test('a dek breaks ragged, as a paragraph: no evening of the last line, no pull to a pause, the same sense', () => {
    const text = 'aaaa bbbb cccc dddd ee ff gg';
    expect(headlineLines(text, at(19), 10, mono, 'en')).toEqual(['aaaa bbbb cccc', 'dddd ee ff gg']);
    expect(headlineLines(text, at(19), 10, mono, 'en', 0, true)).toEqual(['aaaa bbbb cccc dddd', 'ee ff gg']);
    // A comma a few words back does not cut the first line short.
    expect(headlineLines('aaaa bbbbbbb, cc dd ee ff gg', at(20), 10, mono, 'en', 0, true)).toEqual(['aaaa bbbbbbb, cc dd', 'ee ff gg']);
    // Still no line on "the", nor "Latin / America".
    expect(headlineLines('aaaa bbbb cccc the dddd eeee', at(18), 10, mono, 'en', 0, true)).toEqual(['aaaa bbbb cccc', 'the dddd eeee']);
    expect(headlineLines('aaaa bbbbbb to Latin America', at(20), 10, mono, 'en', 0, true).join('\n')).not.toMatch(/Latin\n/);
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
      breaks: (text, width, size, measure, maxLines) => headlineLines(text, width, size, measure, 'en', maxLines),
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
    // No clean breaking in two lines down to a tenth smaller, a clean one in three: taken where the
    // height holds three lines, not where it holds two.
    const pairs = '2020, April America April x million';
    const three = fitText(pairs, { ...spec(100), width: at(19) }, mono);
    expect(three).toMatchObject({ size: 10, lines: ['2020,', 'April America April', 'x million'] });
    expect(wrap(pairs, at(19), 10, mono)).toHaveLength(2);
    const two = fitText(pairs, { ...spec(20), width: at(19) }, mono);
    expect(two.lines).toHaveLength(2);
    expect(splitsAPair(two.lines, 'en')).toBe(true);
    // Far narrower, no size within a tenth breaks cleanly: the largest that fits is kept.
    const tight = { ...spec(60), width: at(12) };
    const kept = fitText(title, tight, mono);
    expect(kept.size).toBe(fitText(title, { ...tight, breaksBadly: undefined }, mono).size);
  });
});
