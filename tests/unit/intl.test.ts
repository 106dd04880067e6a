import { describe, expect, it } from 'vitest';
import { formatDate, formatList, monthName, monthShort, plural } from '@/lib/i18n/intl';

const month = (m: number) => new Date(Date.UTC(2020, m, 1));

describe('months, as the chart axes and descriptions write them', () => {
  it('abbreviates English months as the house style always has: "Sep", never "Sept."', () => {
    expect(Array.from({ length: 12 }, (_, m) => monthShort(month(m), 'en'))).toEqual([
      'Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec',
    ]);
  });

  it('names months in full in both editions, French in lower case', () => {
    expect(monthName(month(8), 'en')).toBe('September');
    expect(monthName(month(8), 'fr')).toBe('septembre');
    expect(monthShort(month(8), 'fr')).toBe('sept.');
  });

  it('reads a month on its own day in UTC, whatever the time zone of the build', () => {
    expect(monthName(new Date('2020-03-01T00:00:00Z'), 'en')).toBe('March');
  });

  it('writes September dates in the house style too', () => {
    expect(formatDate('2020-09-05', 'short', 'en')).toBe('Sat, Sep 5');
    expect(formatDate('2020-09-05', 'long', 'en')).toBe('Sept. 5, 2020');
  });
});

describe('plurals, by each language’s own rule', () => {
  const story = { one: 'story', other: 'stories' };
  const article = { one: 'article', other: 'articles' };

  it('English: one for 1 only', () => {
    expect([0, 1, 2, 1.5].map((n) => plural(n, story, 'en'))).toEqual(['stories', 'story', 'stories', 'stories']);
  });

  it('French: one for 0 and 1 and what lies between, as "1,5 million"', () => {
    expect([0, 1, 1.5, 2].map((n) => plural(n, article, 'fr'))).toEqual(['article', 'article', 'article', 'articles']);
  });

  it('falls back to "other" for a category the forms do not name (French "many", for a million)', () => {
    expect(plural(1_000_000, article, 'fr')).toBe('articles');
  });
});

describe('lists', () => {
  it('joins with "and" / "et", without a serial comma', () => {
    expect(formatList(['Canada', 'Mexico', 'Brazil'], 'en')).toBe('Canada, Mexico and Brazil');
    expect(formatList(['le Canada', 'le Mexique', 'le Brésil'], 'fr')).toBe('le Canada, le Mexique et le Brésil');
    expect(formatList(['Canada'], 'en')).toBe('Canada');
    expect(formatList([], 'en')).toBe('');
  });
});
