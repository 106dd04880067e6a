import { describe, expect, test } from 'vitest';
import { englishNoBreaks } from '@/lib/i18n/english';
import { typesetText } from '@/lib/content/typography';
import { compileMdx } from '@/lib/content/mdx';

const shown = (s: string) => s.replace(/\u2011/g, '‑');

describe('what an English line must not break inside', () => {
  test('the hyphen after a short code of capitals or digits: US-made, N95-type, US-Canada, COVID-19', () => {
    expect(shown(englishNoBreaks('US-made respirators, N95-type masks, the US-Canada border, COVID-19'))).toBe(
      'US‑made respirators, N95‑type masks, the US‑Canada border, COVID‑19',
    );
  });

  test('not a lower-case compound, a name, a date, or a single capital', () => {
    const s = 'well-known, Minnesota-based 3M, 2020-04-06, T-shirt, the U.S.-produced masks';
    expect(englishNoBreaks(s)).toBe(s);
  });

  test('a number keeps its million: "about 6 / million" reads as two amounts', () => {
    const nb = (t: string) => englishNoBreaks(t).replace(/\u00a0/g, '_');
    expect(nb('about 6 million a month, 35 million N95 masks, 1.5 billion, 1,200 million, six million, Ten Million')).toBe('about 6_million a month, 35_million N95 masks, 1.5_billion, 1,200_million, six_million, Ten_Million');
    // Not a word that only ends like a number, nor a word that starts like "million", nor millions of something.
    expect(nb('often million, 6 millionaires, millions of masks, 3M million, the 6 millions')).toBe('often million, 6 millionaires, millions of masks, 3M million, the 6 millions');
  });

  test('twice is once, and a chart title (reader text) gets it', () => {
    const once = englishNoBreaks('US-made respirators');
    expect(englishNoBreaks(once)).toBe(once);
    expect(typesetText('Four days on, a deal to keep sending US-made respirators', 'en')).toContain('US\u2011made');
    expect(typesetText('About 6 million a month went to Canada', 'en')).toContain('6\u00a0million');
    expect(englishNoBreaks(englishNoBreaks('6 million'))).toBe('6\u00a0million');
  });

  test('a story body gets it, but not its code', () => {
    const compiled = compileMdx('stories/x.mdx', 'A deal for US-made masks and `US-made`.\n', 'en');
    if (!('hast' in compiled)) throw new Error(JSON.stringify(compiled.problems));
    const html = JSON.stringify(compiled.hast);
    expect(html).toContain('US\u2011made masks');
    expect(html).toContain('"value":"US-made"');
  });
});
