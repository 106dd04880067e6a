import fs from 'node:fs';
import { describe as group, expect, it } from 'vitest';
import type { ColumnDataset, LineDataset } from '@/lib/data/schema';
import { getDataset, parseDataset } from '@/lib/data/datasets';
import { describe, markLabel, daySpan } from '@/lib/charts/describe';
import {
  formatCompact,
  formatFull,
  formatValueCompact,
  formatValueFull,
  parseDate,
} from '@/lib/charts/format';
import { layoutLine } from '@/lib/charts/layout-line';
import { layoutBars } from '@/lib/charts/layout-bars';
import { layoutTimeline } from '@/lib/charts/layout-timeline';
import { dateScale, valueScale, valueTicks } from '@/lib/charts/scales';
import { textWidth, wrapText, boxesOverlap, LAYOUT_CHAR_WIDTH } from '@/lib/charts/text';
import { EMBED_VARIANTS, NARROW, WIDE, VARIANTS, MAX_TEXT_PX, MIN_TEXT_PX, maxContainer, renderedFontPx } from '@/lib/charts/variants';
import { VALID_DIR } from './helpers';

const line = () => getDataset('fixture-line', VALID_DIR, 'en') as LineDataset;

group('formatting', () => {
  it('formats compact and full numbers', () => {
    expect(formatCompact(22_000_000, 'en')).toBe('22M');
    expect(formatCompact(1_500_000, 'en')).toBe('1.5M');
    expect(formatCompact(0, 'en')).toBe('0');
    expect(formatCompact(950, 'en')).toBe('950');
    expect(formatFull(230_000_000, 'en')).toBe('230 million');
    expect(formatFull(2_500_000_000, 'en')).toBe('2.5 billion');
  });

  it('shows qualifiers and unknowns', () => {
    expect(formatValueCompact(230e6, 'more than', 'en')).toBe('230M+');
    expect(formatValueCompact(6e6, 'about', 'en')).toBe('about 6M');
    expect(formatValueCompact(null, undefined, 'en')).toBe('Not reported');
    expect(formatValueFull(75e6, 'more than', 'en')).toBe('more than 75 million');
    expect(formatValueFull(null, undefined, 'en')).toBe('Not reported');
  });

  it('formats dates in UTC', () => {
    expect(parseDate('2020-02').toISOString()).toBe('2020-02-01T00:00:00.000Z');
    expect(daySpan('2020-04-02', '2020-04-07', 'en')).toBe('April 2 to 7, 2020');
    expect(daySpan('2020-03-30', '2020-04-02', 'en')).toBe('March 30 to April 2, 2020');
    expect(daySpan('2019-12-30', '2020-01-02', 'en')).toBe('Dec. 30, 2019 to Jan. 2, 2020');
    expect(daySpan('2020-04-05', '2020-04-05', 'en')).toBe('April 5, 2020');
  });
});

group('scales and ticks', () => {
  it('makes a nice value scale from zero with the units on the top tick', () => {
    const y = valueScale(35e6, [300, 0]);
    expect(y.domain()).toEqual([0, 40e6]);
    expect(valueTicks(y, 4, 'N95 masks per month', 'en').map((t) => t.label)).toEqual([
      '0',
      '10M',
      '20M',
      '30M',
      '40M N95 masks per month',
    ]);
  });

  it('maps dates on a UTC time scale; a single date sits in the middle', () => {
    const x = dateScale([parseDate('2020-01'), parseDate('2020-03')], [0, 60]);
    expect(x(parseDate('2020-01'))).toBe(0);
    expect(x(parseDate('2020-03'))).toBe(60);
    expect(x(parseDate('2020-02'))).toBeCloseTo((31 / 60) * 60, 5);
    expect(dateScale([parseDate('2020-01')], [0, 60])(parseDate('2020-01'))).toBe(30);
  });
});

group('text measurement', () => {
  it('estimates width as 0.6 × font size × characters', () => {
    expect(textWidth('abcde', 20)).toBe(60);
  });

  it('wraps by words within the width', () => {
    // Wrapping reserves 0.7 em per character: 300 / (0.7 × 25) = 17 characters a line.
    expect(wrapText('Masks made by 3M, shipped south', 300, 25, 'en')).toEqual(['Masks made by 3M,', 'shipped south']);
    // One line more where it spares a split: "to be" leans on "shipped" (greedy: "in China, to be / shipped to the US").
    expect(wrapText('Made by 3M in China, to be shipped to the US', 300, 25, 'en')).toEqual(['Made by 3M', 'in China,', 'to be shipped', 'to the US']);
    // Unless the caller needs the fewest lines: a note that would otherwise become a marker.
    expect(wrapText('Made by 3M in China, to be shipped to the US', 300, 25, 'en', LAYOUT_CHAR_WIDTH, true)).toHaveLength(3);
    expect(wrapText('abcdefghij', 60, 20, 'en', 0.6)).toEqual(['abcde', 'fghij']);
  });

  it('leaves no stray word alone on a last line', () => {
    // 17 characters a line: greedy wrapping would leave "US”" alone on the third line.
    const lines = wrapText('3M: “the entire increase being in the US”', 300, 25, 'en');
    expect(lines.at(-1)).toBe('in the US”');
    expect(lines.every((l) => l.length <= 17)).toBe(true);
    // A short date's tail goes down with its month.
    expect(wrapText('Reporter, news report of April 5, 2020', 420, 25, 'en')).toEqual(['Reporter, news report', 'of April 5, 2020']);
  });

  it('ends no line on an article, a preposition, a conjunction or a number before its million', () => {
    // 24 characters a line: greedy wrapping gives "Exportations vers le / Canada et l’Amérique / latine".
    expect(wrapText('Exportations vers le Canada et l’Amérique latine', 420, 25, 'fr')).toEqual(['Exportations', 'vers le Canada', 'et l’Amérique latine']);
    // Greedy: "About 6 million masks a / month, the usual level".
    expect(wrapText('About 6 million masks a month, the usual level', 420, 25, 'en')).toEqual(['About 6 million masks', 'a month, the usual level']);
    // A stray last word taken down leaves no such word behind either: greedy gives "Le Canada et
    // l’Amérique / latine", the stray word rule alone "Le Canada et / l’Amérique latine".
    expect(wrapText('Le Canada et l’Amérique latine', 420, 25, 'fr')).toEqual(['Le Canada', 'et l’Amérique latine']);
    // Greedy: "In all, not / per month" and « Répartition non / communiquée » (14 and 16 characters a line).
    expect(wrapText('In all, not per month', 245, 25, 'en')).toEqual(['In all,', 'not per month']);
    expect(wrapText('Répartition non communiquée', 280, 25, 'fr')).toEqual(['Répartition', 'non communiquée']);
    // A number stays with the word that scales it, and "about" with its figure: greedy gives "Ottawa ordered about 75 / million N95s".
    expect(wrapText('Ottawa ordered about 75 million N95s', 420, 25, 'en')).toEqual(['Ottawa ordered', 'about 75 million N95s']);
    expect(wrapText('Le Canada a commandé 1,5 million de masques', 420, 25, 'fr')).toEqual(['Le Canada a commandé', '1,5 million de masques']);
    // A person's title and a name are one term each: greedy gives "Chrystia Freeland, deputy prime / minister of Canada"
    // (32 characters a line) and "Trump uses the 1950 Defense / Production Act" (24).
    expect(wrapText('Chrystia Freeland, deputy prime minister of Canada', 560, 25, 'en')).toEqual(['Chrystia Freeland,', 'deputy prime minister of Canada']);
    expect(wrapText('Chrystia Freeland, vice-première ministre du Canada', 560, 25, 'fr')).toEqual(['Chrystia Freeland,', 'vice-première ministre du Canada']);
    expect(wrapText('Trump uses the 1950 Defense Production Act', 420, 25, 'en')).toEqual(['Trump uses the 1950', 'Defense Production Act']);
    // A French auxiliary stays with its verb: greedy gives « Anand dit que le Canada s’est / procuré ».
    expect(wrapText('Anand dit que le Canada s’est procuré des masques', 525, 25, 'fr')).toEqual(['Anand dit que le Canada', 's’est procuré des masques']);
    // Where a number and its million cannot both keep their word, the number keeps its million:
    // "About 5 / million widgets" reads worse than a short last line.
    expect(wrapText('About 5 million widgets', 280, 25, 'en')).toEqual(['About 5 million', 'widgets']);
    // In as many lines, a break after a colon or a comma: greedy gives "Where nurses cross: Windsor / and Detroit".
    expect(wrapText('Where nurses cross: Windsor and Detroit', 525, 25, 'en')).toEqual(['Where nurses cross:', 'Windsor and Detroit']);
    expect(wrapText('Made by 3M in China, to be shipped to the US', 630, 25, 'en')).toEqual(['Made by 3M in China,', 'to be shipped to the US']);
    // Never a line wider than the width: a word that cannot go down with the next one stays.
    expect(wrapText('aaaaaaaaaaaaaaaaaaaaa de bbbbbbbbbbbbbbbbbbbbbbb', 420, 25, 'fr')).toEqual(['aaaaaaaaaaaaaaaaaaaaa de', 'bbbbbbbbbbbbbbbbbbbbbbb']);
    for (const text of ['a b c d e f g h i j k l m n o p', 'de la de la de la de la de la de la', 'the the the the the the the the the', 'x of the y of the z']) {
      const lines = wrapText(text, 140, 25, text.includes('de') ? 'fr' : 'en');
      expect(lines.join(' ')).toBe(text);
      expect(lines.every((l) => l.length > 0 && l.length <= 8)).toBe(true);
    }
  });

  it('detects overlapping boxes', () => {
    expect(boxesOverlap({ x: 0, y: 0, width: 10, height: 10 }, { x: 9, y: 9, width: 5, height: 5 })).toBe(true);
    expect(boxesOverlap({ x: 0, y: 0, width: 10, height: 10 }, { x: 10, y: 0, width: 5, height: 5 })).toBe(false);
  });
});

group('phone-first text size', () => {
  it('never renders chart text below 11 px in the range each layout is shown', () => {
    expect(renderedFontPx(NARROW, 288)).toBeGreaterThanOrEqual(MIN_TEXT_PX);
    expect(renderedFontPx(WIDE, WIDE.minContainer)).toBeGreaterThanOrEqual(MIN_TEXT_PX);
    for (const v of VARIANTS) expect(renderedFontPx(v, v.minContainer)).toBeGreaterThanOrEqual(MIN_TEXT_PX);
  });

  it('never lets chart text grow past about 16 px either: a wider figure gets a wider layout, not bigger letters', () => {
    // Each layout is shown from its own minContainer up to the next one's (or its cap): the narrow
    // one stopped at 540 px and its text reached 21 px there.
    for (const v of EMBED_VARIANTS) {
      const widest = maxContainer(v);
      expect(widest, v.name).toBeLessThan(Infinity);
      expect(renderedFontPx(v, v.minContainer), v.name).toBeGreaterThanOrEqual(MIN_TEXT_PX);
      expect(renderedFontPx(v, widest), `${v.name} at ${widest} px`).toBeLessThanOrEqual(MAX_TEXT_PX);
    }
  });
});

group('gaps for unknown values', () => {
  it('draws no point for a null value, and no line across it: the line joins only consecutive reported values', () => {
    const ds = line();
    const l = layoutLine(ds, NARROW, 'en');
    expect(l.points.map((p) => p.value.label)).toEqual(['January 2021', 'March 2021', 'April 2021']);
    expect(l.gaps.map((g) => g.value.label)).toEqual(['February 2021']);
    // January stands alone (February is unknown): the line runs from March to April only.
    const [, mar, apr] = l.points;
    expect(l.path).toBe(`M${mar.x},${mar.y}L${apr.x},${apr.y}`);
    expect(l.segments).toEqual([[mar.x, mar.y, apr.x, apr.y]]);
  });

  it('leaves room above the highest point for its label, under the top gridline', () => {
    for (const v of [NARROW, WIDE]) {
      const l = layoutLine(line(), v, 'en');
      const top = l.grid[l.grid.length - 1];
      const highest = l.points.reduce((a, b) => (b.y < a.y ? b : a));
      expect(highest.label.y - highest.label.size * 0.8, v.name).toBeGreaterThan(top.y);
    }
  });

  it('labels the gap and sits it between its neighbours', () => {
    const l = layoutLine(line(), WIDE, 'en');
    const [gap] = l.gaps;
    expect(gap.label.map((t) => t.text).join(' ')).toBe('Feb: not reported');
    expect(gap.x).toBeGreaterThan(l.points[0].x);
    expect(gap.x).toBeLessThan(l.points[1].x);
  });

  it('draws no line at all between two reported values with unknown ones between them', () => {
    // fixture-line with March unknown too: January and April, two months apart.
    const file = `${VALID_DIR}/fixture-line.json`;
    const raw = JSON.parse(fs.readFileSync(file, 'utf8'));
    raw.values[2] = { ...raw.values[2], value: null, note: 'Not given.' };
    const l = layoutLine(parseDataset(JSON.stringify(raw), file).dataset as LineDataset, NARROW, 'en');
    expect(l.points).toHaveLength(2);
    expect(l.path).toBe('');
    expect(l.segments).toEqual([]);
  });
});

group('bars', () => {
  it('writes the unit once, on the first figure (as every bar chart does), so no unit line is needed', () => {
    const ds = getDataset('fixture-column', VALID_DIR, 'en');
    if (ds.chart !== 'column') throw new Error('fixture');
    for (const v of [NARROW, WIDE]) {
      const l = layoutBars(ds, v, 'en');
      const carrying = l.rows.filter((r) => r.valueLabel.text.endsWith(' gadgets'));
      const first = l.rows.find((r) => r.bar)!.index;
      // Never on another bar; on a phone, on none when the first bar's label would take half the width.
      expect(carrying.map((r) => r.index), v.name).toEqual(v === WIDE ? [first] : carrying.length ? [first] : []);
      // The longest bar still spans most of the width.
      expect(Math.max(...l.rows.map((r) => r.bar?.width ?? 0)), v.name).toBeGreaterThan(v.width * 0.6);
    }
  });

  it('draws as an outline the one figure that counts something else than most bars (a one-off among monthly figures)', () => {
    const file = `${VALID_DIR}/fixture-column.json`;
    const raw = JSON.parse(fs.readFileSync(file, 'utf8'));
    const bases = ['per month', 'per month, usually', 'one shipment, not per month', 'per month'];
    raw.values = raw.values.map((v: object, i: number) => ({ ...v, basis: bases[i] }));
    const ds = parseDataset(JSON.stringify(raw), file).dataset as ColumnDataset;
    expect(layoutBars(ds, WIDE, 'en').rows.map((r) => r.otherBasis)).toEqual([false, false, true, false]);
    // With no basis most bars share (the fixture as it is: secured, per month, one shipment), none is singled out.
    expect(layoutBars(getDataset('fixture-column', VALID_DIR, 'en') as ColumnDataset, WIDE, 'en').rows.every((r) => !r.otherBasis)).toBe(true);
  });

  it('puts the lower-bound arrow after the bar and the value after the arrow', () => {
    const ds = getDataset('fixture-column', VALID_DIR, 'en');
    if (ds.chart !== 'column') throw new Error('fixture');
    const l = layoutBars(ds, NARROW, 'en');
    const [bound, about, plain, unknown] = l.rows;
    expect(bound.arrow).not.toBeNull();
    expect(bound.valueLabel.text).toMatch(/^120M\+( gadgets)?$/);
    expect(bound.valueLabel.x).toBeGreaterThan(bound.bar!.width);
    expect(about.valueLabel.text).toMatch(/^about 4M( gadgets)?$/);
    expect(about.arrow).toBeNull();
    expect(plain.bar!.width / bound.bar!.width).toBeCloseTo(30 / 120, 2);
    expect(unknown.bar).toBeNull();
    expect(unknown.valueLabel.text).toBe('Not reported');
  });
});

group('timeline', () => {
  it('shows a date once per day and the part of day when given', () => {
    const ds = getDataset('fixture-timeline', VALID_DIR, 'en');
    if (ds.chart !== 'timeline') throw new Error('fixture');
    const l = layoutTimeline(ds, NARROW, 'en');
    expect(l.events.map((e) => e.dateLines.map((t) => t.text).join('/'))).toEqual([
      'Thu, Jun 10',
      'Fri, Jun 11',
      'Mon, Jun 14',
      'evening',
    ]);
    const ys = l.events.map((e) => e.dot.y);
    expect([...ys].sort((a, b) => a - b)).toEqual(ys);
  });
});

group('descriptions', () => {
  it('describes fixtures of every kind', () => {
    expect(describe(line(), 'en')).toBe('Rose from 10 million in January to about 16 million in April 2021; February was not reported.');
    expect(describe(getDataset('fixture-column', VALID_DIR, 'en'), 'en')).toBe(
      'Bar chart in gadgets. Gadgets secured (secured): more than 120 million; Gizmos made each month by the one factory that reported them (per month): about 4 million; Doohickeys (one shipment): 30 million; Thingamajigs: not reported. Figures marked “more than” are lower bounds.',
    );
    expect(describe(getDataset('fixture-comparison', VALID_DIR, 'en'), 'en')).toBe(
      'Comparison on one scale, in widgets per month. Exported to North and South (per month, usually): about 5 million (North and South: split not reported); Output, May 2021 (per month): 40 million.',
    );
    expect(describe(getDataset('fixture-timeline', VALID_DIR, 'en'), 'en')).toBe(
      'Timeline of 4 events, June 10 to 14, 2021. Thursday, June 10, 2021: An order is signed. Friday, June 11, 2021: A premier objects strongly to the order and says so at some length in a press conference. Monday, June 14, 2021: A deal is announced. Monday, June 14, 2021, evening: The deal is welcomed.',
    );
  });

  it('writes mark labels with the exact value and the source', () => {
    const ds = line();
    expect(markLabel(ds, ds.values[3], 'en')).toBe(
      'April 2021: about 16 million widgets per month. Source: Fixture Co, in Fixture news report (June 15, 2021).',
    );
  });
});
