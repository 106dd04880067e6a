import { describe, expect, test } from 'vitest';
import { formatFigure, parseFigure, rowId } from '@/lib/charts/figures';

describe('figures in the prose', () => {
  test('are written in house style: numerals from 10, words below on their own, digits before "million" (as the labels write it), with their qualifier', () => {
    expect(formatFigure(35_000_000, undefined, 'en')).toBe('35 million');
    expect(formatFigure(6_000_000, 'about', 'en')).toBe('about 6 million');
    expect(formatFigure(6, undefined, 'en')).toBe('six');
    expect(formatFigure(230_000_000, 'more than', 'en')).toBe('more than 230 million');
    expect(formatFigure(1_500_000_000, undefined, 'en')).toBe('1.5 billion');
    expect(formatFigure(10_000_000, undefined, 'en')).toBe('10 million');
  });

  test('as an editor types them are read back as numbers', () => {
    expect(parseFigure('35 million')).toBe(35_000_000);
    expect(parseFigure('six million')).toBe(6_000_000);
    expect(parseFigure('Six Million')).toBe(6_000_000);
    expect(parseFigure('1.5 billion')).toBe(1_500_000_000);
    expect(parseFigure('a 1950 law')).toBeUndefined();
  });

  test('link to a row id the data table gives the same value', () => {
    expect(rowId('us-n95-production', '2020-03')).toBe('us-n95-production-2020-03');
    expect(rowId('n95-figures', 'US production, March 2020')).toBe('n95-figures-us-production-march-2020');
  });
});
