/** Every quote in content/data must occur verbatim in the source reports (typographic quotes aside). */
import { describe, expect, it } from 'vitest';
import { getPublishedCharts } from '@/lib/content/stories';
import { parseDate } from '@/lib/charts/format';
import { figureValues } from '@/lib/charts/figures';
import { annotationsOf } from '@/lib/data/schema';
import { normaliseQuote, readReports } from '../sources';

// What the site publishes must be sourced; a draft's data file may still be a stub.
const datasets = getPublishedCharts({ preview: false });

describe('quotes match the source reports', () => {
  it('finds every quote (and date quote) in the source files', () => {
    const text = readReports();
    const missing: string[] = [];
    let checked = 0;
    for (const ds of datasets) {
      ds.values.forEach((v, i) => {
        const source = ds.sources.find((s) => s.id === v.sourceRef);
        // Check against the file the source names; if it names none, against all reports.
        const haystacks = source?.file ? [text.get(source.file) ?? ''] : [...text.values()];
        const quotes: [string, string][] = [['quote', v.quote]];
        if ('dateQuote' in v) quotes.push(['dateQuote', v.dateQuote]);
        for (const [field, q] of quotes) {
          checked++;
          if (!haystacks.some((h) => h.includes(normaliseQuote(q))))
            missing.push(`content/data/${ds.id}.json: values[${i}].${field}: not found in ${source?.file ?? 'the sources'}: "${q}"`);
        }
      });
    }
    expect(missing).toEqual([]);
    expect(checked).toBeGreaterThan(0);
  });
});

describe('annotations quote and count only what the sources say', () => {
  it('finds every quoted passage of an annotation in the chart\'s source files', () => {
    const text = readReports();
    const missing: string[] = [];
    for (const ds of datasets) {
      const haystacks = ds.sources.map((s) => (s.file ? text.get(s.file) ?? '' : [...text.values()].join(' ')));
      annotationsOf(ds).forEach((a, i) => {
        for (const [, q] of a.text.matchAll(/“([^”]+)”/g))
          if (!haystacks.some((h) => h.includes(normaliseQuote(q)))) missing.push(`${ds.id} annotations[${i}]: "${q}" not in its sources`);
      });
    }
    expect(missing).toEqual([]);
  });

  it('states no figure in an annotation that the chart does not hold', () => {
    const problems: string[] = [];
    for (const ds of datasets) {
      const held = figureValues(ds).flatMap((v) => (v.value === null ? [] : [v.value / 1e6]));
      annotationsOf(ds).forEach((a, i) => {
        for (const [, n] of a.text.matchAll(/(\d+(?:\.\d+)?)\s*million/g))
          if (!held.includes(Number(n))) problems.push(`${ds.id} annotations[${i}]: ${n} million is not a value of the chart`);
      });
    }
    expect(problems).toEqual([]);
  });
});

describe('figures agree with their quotes', () => {
  const words = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];
  it('each number appears in its own quote, in figures or words', () => {
    const problems: string[] = [];
    for (const ds of datasets) {
      ds.values.forEach((v, i) => {
        if (!('value' in v) || v.value === null) return;
        const millions = v.value / 1e6;
        const forms = [`${millions} million`, `${words[millions] ?? '∅'} million`];
        if (!forms.some((f) => v.quote.includes(f))) problems.push(`${ds.id} values[${i}]: ${v.value} not in "${v.quote}"`);
        if (v.qualifier === 'more than' && !/more than/.test(v.quote)) problems.push(`${ds.id} values[${i}]: "more than" not in quote`);
        if (v.qualifier === 'about' && !/\b(about|some|around|roughly)\b/.test(v.quote))
          problems.push(`${ds.id} values[${i}]: approximation not in quote`);
      });
    }
    expect(problems).toEqual([]);
  });
});

describe('timeline dates', () => {
  const days = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
  it('falls on the weekday the report names', () => {
    for (const ds of datasets) {
      if (ds.chart !== 'timeline') continue;
      for (const e of ds.values) {
        const weekday = days[parseDate(e.date).getUTCDay()];
        expect(e.dateQuote, `${e.date} should be a ${weekday}`).toContain(weekday);
      }
    }
  });

  it('keeps unknown values unknown: February 2020 is null and explained', () => {
    const ds = datasets.find((d) => d.id === 'us-n95-production')!;
    const feb = ds.values.find((v) => 'date' in v && v.date === '2020-02');
    expect(feb && 'value' in feb ? feb.value : 'missing').toBeNull();
    expect(feb?.note).toMatch(/not reported/i);
  });
});
