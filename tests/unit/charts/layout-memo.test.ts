/**
 * layoutChart keeps each layout it computes (an archive lays one figure out on many pages): what a
 * reader sees must be what the figure's data, variant and edition give, never an earlier figure's.
 */
import { describe, expect, it } from 'vitest';
import { getDataset } from '@/lib/data/datasets';
import type { Dataset } from '@/lib/data/schema';
import { layoutChart, layoutTexts } from '@/lib/charts/layout';
import { NARROW, WIDE, XWIDE } from '@/lib/charts/variants';
import { FRENCH_DIR, VALID_DIR } from './helpers';

const column = () => getDataset('fixture-column', VALID_DIR, 'en');
const texts = (ds: Dataset, v = WIDE, lang: 'en' | 'fr' = 'en') => layoutTexts(layoutChart(ds, v, lang)).map((t) => t.text);

describe('layoutChart memo', () => {
  it('lays a figure out once: the same data, read twice, gives the same layout object', () => {
    expect(layoutChart(column(), WIDE, 'en')).toBe(layoutChart(column(), WIDE, 'en'));
  });

  it('lays out an edited figure anew: a changed label and value show in the new layout, not the old', () => {
    const before = texts(column());
    expect(before).toContain('Doohickeys');
    const edited = structuredClone(column());
    edited.values[2] = { ...edited.values[2], label: 'Whatsits', value: 70000000 };
    const after = texts(edited);
    expect(after).toContain('Whatsits');
    expect(after).not.toContain('Doohickeys');
    expect(after).toContain('70M');
    expect(texts(column())).toEqual(before); // and the original is still its own
  });

  it('keeps variants apart, even two in the same font: narrow 640 wide, wide 960, extra-wide 1200', () => {
    expect(layoutChart(column(), NARROW, 'en').width).toBe(640);
    expect(layoutChart(column(), WIDE, 'en').width).toBe(960);
    expect(layoutChart(column(), XWIDE, 'en').width).toBe(1200);
  });

  it('keeps editions apart: the same figure laid out for the French edition writes French numbers', () => {
    const en = getDataset('fixture-column', FRENCH_DIR, 'en');
    expect(texts(en, NARROW, 'en')).toContain('120M+');
    expect(texts(en, NARROW, 'fr')).toContain('plus de 120\u00a0M');
  });

  it('hands out a frozen layout, so no page can change what the next one draws', () => {
    const layout = layoutChart(column(), WIDE, 'en');
    expect(() => {
      (layout as { width: number }).width = 1;
    }).toThrow(TypeError);
    expect(() => {
      (layout.annotations as unknown[]).push({});
    }).toThrow(TypeError);
  });
});
