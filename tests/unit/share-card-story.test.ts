/** Which chart a story's card shows, and that a dek is the same size on every card of a kind. */
import fs from 'node:fs';
import { describe, expect, test } from 'vitest';
import type { Story } from '@/lib/content/stories';
import type { Dataset } from '@/lib/data/schema';
import { cardLayout } from '@/lib/share-image/card-layout';
import { editionCards, storyCardChart } from '@/lib/share-image/cards';

const chart = (id: string) => ({ id, chart: 'column' }) as Dataset;
const story = (slug: string, charts: string[]) => ({ slug, charts, datasets: charts.map(chart) }) as unknown as Story;

describe('a story’s card shows the chart that is most its own', () => {
  // As in the real content: the standoff and the reprieve both open on the same timeline.
  const standoff = story('standoff', ['timeline', 'production', 'map']);
  const reprieve = story('reprieve', ['timeline', 'procurement']);
  const numbers = story('numbers', ['figures', 'production', 'procurement']);
  const all = [standoff, reprieve, numbers];

  test('two stories that open on the same chart get different pictures', () => {
    const shown = all.map((s) => storyCardChart(s, all)?.id);
    expect(shown).toEqual(['map', 'timeline', 'figures']);
    expect(new Set(shown).size).toBe(all.length);
  });

  test('a story with one chart shows it, one with none shows none', () => {
    expect(storyCardChart(story('one', ['timeline']), all)?.id).toBe('timeline');
    expect(storyCardChart(story('none', []), all)).toBeUndefined();
  });
});

describe('deks are one size on every card of a kind, cut with “…” after three lines', () => {
  const fixtures: { title: string; dek?: string; chart?: string }[] = JSON.parse(fs.readFileSync('tests/fixtures/share-cards/cards.json', 'utf8'));
  const inputs = [
    ...(['en', 'fr'] as const).flatMap((lang) => editionCards(lang).map((c) => ({ ...c.input, chart: Boolean(c.input.chart) }))),
    ...fixtures.map((f) => ({ kicker: 'Chart', title: f.title, dek: f.dek, footer: '', lang: 'en' as const, chart: Boolean(f.chart) })),
  ];
  test.each([true, false])('with a picture: %s', (withPicture) => {
    const deks = inputs.filter((i) => i.chart === withPicture && i.dek).map((i) => cardLayout(i).dek!);
    expect(deks.length).toBeGreaterThan(3);
    expect(new Set(deks.map((d) => d.size)).size).toBe(1);
    for (const d of deks) expect(d.lines.length).toBeLessThanOrEqual(3);
    expect(deks.some((d) => d.cut && d.lines.at(-1)!.text.endsWith('…'))).toBe(true);
  });
});
