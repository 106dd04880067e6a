import { isValidElement, type ReactElement } from 'react';
import { describe, expect, test } from 'vitest';
import { getDataset } from '@/lib/data/datasets';
import { BarsPicture } from '@/lib/share-image/picture/bars';
import { measure } from '@/lib/share-image/picture/text';
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
    const bars = boxes(parts, (p) => !('data-basis' in p) && typeof p.style === 'object' && (p.style as Style).left === 0 && ((p.style as Style).background ?? (p.style as Style).border) !== undefined && (p.style as Style).height >= 36);
    expect(bars.map((b) => (b.border ? 'outline' : 'solid'))).toEqual(['solid', 'outline', 'solid']);
    expect(bars[1].background).toBeUndefined();
    expect(bars[1].border).toMatch(/solid/);
  });

  test('two bars grow into the panel, thicker and further apart, up to a limit; four keep their size', () => {
    const column = getDataset('fixture-column', VALID_DIR, 'en');
    if (column.chart !== 'column' || column.values.length < 4) throw new Error('fixture');
    const barsOf = (count: number) => {
      const parts = BarsPicture({ dataset: { ...column, values: column.values.slice(0, count) }, width: 430, height: 430, lang: 'en' });
      return boxes(parts, (p) => !('data-basis' in p) && typeof p.style === 'object' && (p.style as Style).background !== undefined && (p.style as Style).left === 0 && (p.style as Style).height >= 36);
    };
    const two = barsOf(2);
    expect(two).toHaveLength(2);
    // Two bars of 36 px, 26 px apart, filled a third of the panel: now from the first bar's top to
    // the last one's foot, more than 40% of it, each bar at most 60 px, inside the panel.
    const span = (b: Style[]) => b[b.length - 1].top + b[b.length - 1].height - b[0].top;
    expect(span(two)).toBeGreaterThan(0.4 * 430);
    for (const bar of two) {
      expect(bar.height).toBeGreaterThan(36);
      expect(bar.height).toBeLessThanOrEqual(60);
      expect(bar.top).toBeGreaterThanOrEqual(0);
      expect(bar.top + bar.height).toBeLessThanOrEqual(430);
    }
    for (const bar of barsOf(4)) expect(bar.height).toBeLessThan(48);
  });

  test('the bars take the width their own figures leave: one row’s words end at the panel’s edge, none past it', () => {
    const column = getDataset('fixture-column', VALID_DIR, 'en');
    if (column.chart !== 'column') throw new Error('fixture');
    // A long figure on the short bar ("about 6M per month, the usual level") beside a long bar.
    const values = [
      { ...column.values[0], value: 35_000_000, qualifier: undefined, basis: 'per month' },
      { ...column.values[1], value: 6_000_000, qualifier: 'about', basis: 'per month, the usual level' },
    ];
    const parts = BarsPicture({ dataset: { ...column, values } as typeof column, width: 430, height: 430, lang: 'en' }) as ReactElement<{ role: string; lines: string[]; x: number }>[];
    const ends = parts.filter((p) => isValidElement(p) && (p.props.role === 'value' || p.props.role === 'aside')).map((p) => p.props.x + measure(p.props.role as 'value')(p.props.lines[0]));
    expect(Math.max(...ends)).toBeLessThanOrEqual(430.5);
    expect(Math.max(...ends)).toBeGreaterThan(429);
    const bars = boxes(parts, (p) => !('data-basis' in p) && typeof p.style === 'object' && (p.style as Style).background !== undefined && (p.style as Style).left === 0);
    expect(bars[0].width / bars[1].width).toBeCloseTo(35 / 6, 1);
    // Nothing to draw: no bar is NaN wide.
    const none = BarsPicture({ dataset: { ...column, values: values.map((v) => ({ ...v, value: 0 })) } as typeof column, width: 430, height: 430, lang: 'en' });
    for (const bar of boxes(none, (p) => !('data-basis' in p) && typeof p.style === 'object' && (p.style as Style).left === 0)) expect(Number.isFinite(bar.width)).toBe(true);
  });
});
