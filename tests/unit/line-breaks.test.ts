import { describe, expect, it } from 'vitest';
import { breakCost } from '@/lib/i18n/line-breaks';
import type { Lang } from '@/lib/i18n/lang';

// Where a line may end, for the share cards' headlines and every chart's words. Each pair is the
// last word of a line and the first of the next; "splits" means a desk would not break there.
const splits = (last: string, next: string, lang: Lang) => breakCost(last, next, lang) > 0;

describe('line breaks by sense', () => {
  it('keeps a person’s title whole, in both languages', () => {
    expect(splits('prime', 'minister', 'en')).toBe(true);
    expect(splits('deputy', 'prime', 'en')).toBe(true);
    expect(splits('vice-première', 'ministre', 'fr')).toBe(true);
    expect(splits('premier', 'ministre', 'fr')).toBe(true);
    // A premier of a province is not a minister: "premier / of Ontario" is a fine break.
    expect(splits('premier', 'of', 'en')).toBe(false);
  });

  it('keeps an auxiliary with its verb', () => {
    for (const [last, next] of [['will', 'not'], ['be', 'shipped'], ['has', 'secured'], ['was', 'distributed']]) expect(splits(last, next, 'en'), last).toBe(true);
    expect(splits('s’est', 'procuré', 'fr')).toBe(true);
    expect(splits('puis', 'entente', 'fr')).toBe(true);
    expect(splits('then', '3M’s', 'en')).toBe(true);
  });

  it('keeps a possessive with what it owns, in English', () => {
    expect(splits('3M’s', 'deal', 'en')).toBe(true);
    expect(splits('February’s', 'output', 'en')).toBe(true);
    // "masks" is a plural, not a possessive.
    expect(splits('masks', 'bound', 'en')).toBe(false);
  });

  it('parts a year from the word it modifies, not from a phrase that follows it', () => {
    expect(splits('1950', 'Defense', 'en')).toBe(true);
    expect(splits('1950', 'pour', 'fr')).toBe(false);
    expect(splits('2020', 'to', 'en')).toBe(false);
  });

  it('holds a number to its million harder than the million to its noun', () => {
    expect(breakCost('5', 'million', 'en')).toBeGreaterThan(breakCost('million', 'widgets', 'en'));
    expect(splits('million', 'widgets', 'en')).toBe(true);
  });
});
