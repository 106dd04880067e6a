import { describe, expect, test } from 'vitest';
import { nearestName } from '@/lib/content/nearest-name';

const IDS = ['us-n95-production', 'n95-figures', 'where-the-masks-went', 'dispute-timeline', 'canada-procurement'];

describe('nearestName: the name a slip was meant to be', () => {
  test('a letter swapped, dropped, added or changed finds the name', () => {
    expect(nearestName('us-n95-productoin', IDS)).toBe('us-n95-production');
    expect(nearestName('n95-figure', IDS)).toBe('n95-figures');
    expect(nearestName('dispute-timelines', IDS)).toBe('dispute-timeline');
    expect(nearestName('canada-procurment', IDS)).toBe('canada-procurement');
  });

  test('a different word, the name itself, or nothing to choose from finds nothing', () => {
    expect(nearestName('mask-exports', IDS)).toBeUndefined();
    expect(nearestName('n95-figures', IDS)).toBeUndefined();
    expect(nearestName('anything', [])).toBeUndefined();
    // A short name allows one slip at most.
    expect(nearestName('trdae', ['trade'])).toBe('trade');
    expect(nearestName('trda', ['trade'])).toBeUndefined();
  });

  test('the nearest of two near names wins, whatever their order', () => {
    expect(nearestName('dispute-timelin', ['dispute-timelines', 'dispute-timeline'])).toBe('dispute-timeline');
    expect(nearestName('dispute-timelin', ['dispute-timeline', 'dispute-timelines'])).toBe('dispute-timeline');
  });

  test('any input, however long or strange, is answered (a megabyte-long id is not compared letter by letter)', () => {
    expect(nearestName('x'.repeat(1_000_000), IDS)).toBeUndefined();
    expect(nearestName('\u0000\ud800😷', IDS)).toBeUndefined();
    expect(nearestName('us-n95-production'.repeat(20_000), IDS)).toBeUndefined();
  });
});
