import { describe, expect, it } from 'vitest';
import { formatDate } from '@/lib/i18n/intl';

describe('formatDate: one newsroom style for every date a reader sees', () => {
  it('writes a calendar day as "April 5, 2020", whatever the time zone of the build', () => {
    expect(formatDate('2020-04-05', 'long', 'en')).toBe('April 5, 2020');
    expect(formatDate('2021-01-01', 'long', 'en')).toBe('Jan. 1, 2021');
    expect(formatDate('2020-12-31', 'long', 'en')).toBe('Dec. 31, 2020');
  });

  it('writes the longer and shorter forms in the same order', () => {
    expect(formatDate('2020-04-02', 'weekday', 'en')).toBe('Thursday, April 2, 2020');
    expect(formatDate('2020-04-02', 'monthDay', 'en')).toBe('April 2');
    expect(formatDate('2020-04-02', 'short', 'en')).toBe('Thu, Apr 2');
  });

  it('shows a timestamp on its day in Toronto, the newsroom’s time zone', () => {
    // 02:30 UTC on April 6 is still the evening of April 5 in Toronto.
    expect(formatDate('2020-04-06T02:30:00Z', 'long', 'en')).toBe('April 5, 2020');
    expect(formatDate('2020-04-05T09:00:00-04:00', 'long', 'en')).toBe('April 5, 2020');
  });
});
