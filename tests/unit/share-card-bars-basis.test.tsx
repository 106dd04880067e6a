import { isValidElement, type ReactElement } from 'react';
import { describe, expect, test } from 'vitest';
import { getDataset } from '@/lib/data/datasets';
import { BarsPicture } from '@/lib/share-image/picture/bars';
import { VALID_DIR } from './charts/helpers';

type Style = { left: number; top: number; width: number; height: number; background?: string; border?: string };
const boxes = (parts: unknown, pick: (p: Record<string, unknown>) => boolean): Style[] =>
  (parts as unknown[]).filter((p): p is ReactElement<Record<string, unknown>> => isValidElement(p) && pick(p.props as Record<string, unknown>)).map((p) => p.props.style as Style);

describe('the share card’s bar picture', () => {
  test.each(['fixture-column', 'fixture-comparison'])('%s: every bar stands on a basis at zero, drawn past its ends', (id) => {
    const dataset = getDataset(id, VALID_DIR, 'en');
    if (dataset.chart !== 'column' && dataset.chart !== 'comparison') throw new Error('fixture');
    const parts = BarsPicture({ dataset, width: 1000, height: 420, lang: 'en' });
    const bars = boxes(parts, (p) => !('data-basis' in p) && typeof p.style === 'object' && ((p.style as Style).background ?? (p.style as Style).border) !== undefined && (p.style as Style).left === 0 && (p.style as Style).height > 0);
    const basis = boxes(parts, (p) => 'data-basis' in p);
    expect(bars.length).toBeGreaterThan(0);
    for (const bar of bars) {
      const rule = basis.find((b) => b.left === 0 && b.top < bar.top && b.top + b.height > bar.top + bar.height);
      expect(rule, `a basis under the bar at ${bar.top}`).toBeDefined();
      // A rule of its own colour, not the bar's.
      expect(rule!.background).not.toBe(bar.background);
    }
  });

  test('a one-off among monthly figures is an outline, as on the page; the monthly ones are solid', () => {
    const column = getDataset('fixture-column', VALID_DIR, 'en');
    if (column.chart !== 'column') throw new Error('fixture');
    // The fixture's three figures as n95-figures has them: two a month, one a total.
    const bases = ['per month', 'in all, not per month', 'per month, usually'];
    const dataset = { ...column, values: column.values.slice(0, 3).map((v, i) => ({ ...v, basis: bases[i] })) };
    const parts = BarsPicture({ dataset, width: 1000, height: 420, lang: 'en' });
    const bars = boxes(parts, (p) => !('data-basis' in p) && typeof p.style === 'object' && (p.style as Style).left === 0 && ((p.style as Style).background ?? (p.style as Style).border) !== undefined && (p.style as Style).height === 36);
    expect(bars.map((b) => (b.border ? 'outline' : 'solid'))).toEqual(['solid', 'outline', 'solid']);
    expect(bars[1].background).toBeUndefined();
    expect(bars[1].border).toMatch(/solid/);
  });
});
