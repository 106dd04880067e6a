import { describe, expect, it } from 'vitest';
import { formatDate, formatList, monthName, monthShort } from '@/lib/i18n/intl';
import {
  formatCompact,
  formatFull,
  formatPercent,
  formatValueCompact,
  formatValueFull,
  parseDate,
} from '@/lib/charts/format';
import { formatFigure } from '@/lib/charts/figures';

// Written out by hand: a French page must show these exact characters, including the
// non-breaking spaces (U+00A0) that keep "35" and "M" on one line.
const NB = '\u00a0';

describe('French dates, as a Canadian French newsroom writes them', () => {
  it('writes "2 avril 2020", with the month in lower case', () => {
    expect(formatDate('2020-04-02', 'long', 'fr')).toBe('2 avril 2020');
    expect(formatDate('2020-12-31', 'long', 'fr')).toBe('31 décembre 2020');
  });

  it('writes the first of a month as "1er"', () => {
    expect(formatDate('2020-04-01', 'long', 'fr')).toBe('1er avril 2020');
    expect(formatDate('2020-04-01', 'monthDay', 'fr')).toBe('1er avril');
    expect(formatDate('2020-04-01', 'weekday', 'fr')).toBe('mercredi 1er avril 2020');
  });

  it('does not touch the 10th, 11th or 21st, which also start with 1', () => {
    expect(formatDate('2020-04-10', 'long', 'fr')).toBe('10 avril 2020');
    expect(formatDate('2020-04-21', 'monthDay', 'fr')).toBe('21 avril');
  });

  it('writes the weekday and short forms', () => {
    expect(formatDate('2020-04-02', 'weekday', 'fr')).toBe('jeudi 2 avril 2020');
    expect(formatDate('2020-04-02', 'short', 'fr')).toBe('jeu. 2 avr.');
  });

  it('shows a timestamp on its day in Toronto, as the English edition does', () => {
    expect(formatDate('2020-04-06T02:30:00Z', 'long', 'fr')).toBe('5 avril 2020');
  });

  it('leaves English as it was', () => {
    expect(formatDate('2020-04-01', 'long', 'en')).toBe('April 1, 2020');
  });

  it('names months in lower case', () => {
    expect(monthName(parseDate('2020-02'), 'fr')).toBe('février');
    expect(monthShort(parseDate('2020-01'), 'fr')).toBe('janv.');
  });
});

describe('French numbers', () => {
  it('puts a non-breaking space before the unit symbol on chart labels', () => {
    expect(formatCompact(35_000_000, 'fr')).toBe(`35${NB}M`);
    expect(formatCompact(1_500_000, 'fr')).toBe(`1,5${NB}M`);
    expect(formatCompact(2_500_000_000, 'fr')).toBe(`2,5${NB}G`);
  });

  it('groups thousands with non-breaking spaces and writes them in full', () => {
    expect(formatCompact(15_000, 'fr')).toBe(`15${NB}000`);
    expect(formatCompact(950, 'fr')).toBe('950');
    expect(formatFull(1_234_567, 'fr')).toBe(`1,23${NB}million`);
    expect(formatFull(500_000, 'fr')).toBe(`500${NB}000`);
  });

  it('writes "millions" in the plural from two, and "million" below', () => {
    expect(formatFull(22_000_000, 'fr')).toBe(`22${NB}millions`);
    expect(formatFull(1_500_000, 'fr')).toBe(`1,5${NB}million`);
    expect(formatFull(2_000_000_000, 'fr')).toBe(`2${NB}milliards`);
  });

  it('writes qualifiers and unknowns in French', () => {
    expect(formatValueFull(6e6, 'about', 'fr')).toBe(`environ 6${NB}millions`);
    expect(formatValueFull(230e6, 'more than', 'fr')).toBe(`plus de 230${NB}millions`);
    expect(formatValueCompact(6e6, 'about', 'fr')).toBe(`environ 6${NB}M`);
    expect(formatValueCompact(230e6, 'more than', 'fr')).toBe(`plus de 230${NB}M`);
    expect(formatValueFull(null, undefined, 'fr')).toBe('Non communiqué');
  });

  it('keeps digits in a figure in millions, in both editions', () => {
    expect(formatFigure(6e6, 'about', 'fr')).toBe(`environ 6${NB}millions`);
    expect(formatFigure(6e6, 'about', 'en')).toBe('about 6 million');
    expect(formatFigure(35e6, undefined, 'fr')).toBe(`35${NB}millions`);
  });

  it('puts a non-breaking space before "%"', () => {
    expect(formatPercent(0.12, 'fr')).toBe(`12${NB}%`);
    expect(formatPercent(0.125, 'fr')).toBe(`12,5${NB}%`);
    expect(formatPercent(0.12, 'en')).toBe('12%');
  });

  it('joins lists with "et"', () => {
    expect(formatList(['le Canada', 'l’Amérique latine'], 'fr')).toBe('le Canada et l’Amérique latine');
    expect(formatList(['Freeland', 'Hajdu', 'Anand'], 'fr')).toBe('Freeland, Hajdu et Anand');
  });
});
