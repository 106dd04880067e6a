/** A bar's figure on a card says what it counts over, as the chart on the page does: "about 6M per month", not "about 6M". */
import { isValidElement, type ReactElement } from 'react';
import { describe, expect, test } from 'vitest';
import type { ColumnDataset } from '@/lib/data/schema';
import { BarsPicture } from '@/lib/share-image/picture/bars';

const dataset = (lang: 'en' | 'fr') =>
  ({
    id: 'bars',
    chart: 'column',
    values: [
      { label: 'US production, March 2020', basis: lang === 'en' ? 'per month' : 'par mois', value: 35000000 },
      { label: 'Made in China', basis: lang === 'en' ? 'one quantity, not per month' : 'une seule quantité, pas par mois', value: 10000000 },
      { label: 'Exported', basis: lang === 'en' ? 'per month, traditionally; split not reported' : 'par mois, traditionnellement ; répartition non communiquée', value: 6000000, qualifier: 'about' },
      { label: 'Not reported', basis: 'per month', value: null },
    ],
  }) as unknown as ColumnDataset;

type Text = { lines: string[]; y: number; x: number; role: string };
const texts = (parts: unknown): Text[] =>
  (parts as unknown[])
    .filter((p): p is ReactElement<Record<string, unknown>> => isValidElement(p) && Array.isArray((p.props as { lines?: unknown }).lines))
    .map((p) => ({ lines: p.props.lines as string[], y: p.props.y as number, x: p.props.x as number, role: p.props.role as string }));

describe('the share card’s bars say what each figure counts over', () => {
  test.each([
    ['en', ['35M', 'per month'], ['10M', 'one quantity'], ['about 6M', 'per month']],
    ['fr', ['35 M', 'par mois'], ['10 M', 'une seule quantité'], ['environ 6 M', 'par mois']],
  ] as const)('%s', (lang, ...rows) => {
    const all = texts(BarsPicture({ dataset: dataset(lang), width: 430, height: 430, lang }));
    for (const [figure, per] of rows) {
      const f = all.find((t) => t.role === 'value' && t.lines[0].replace(/\s/g, ' ') === figure);
      expect(f, figure).toBeDefined();
      // On the figure's row, after it.
      const p = all.find((t) => t.lines.join(' ') === per && t.x > f!.x && Math.abs(t.y - f!.y) < 20);
      expect(p, `${figure} ${per}`).toBeDefined();
    }
    // A figure not reported counts nothing over anything.
    expect(all.filter((t) => t.role === 'aside')).toHaveLength(3);
  });
});
