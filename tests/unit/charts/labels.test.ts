/**
 * Label layout: for every fixture dataset in both layouts, the estimated text
 * boxes (0.6 × font size per character) must not overlap each other or the data marks, and must
 * stay inside the viewBox. Because the SVG scales uniformly, this holds at every screen width.
 */
import { describe, expect, it } from 'vitest';
import { getDatasets } from '@/lib/data/datasets';
import { layoutChart, layoutMarks, layoutTexts } from '@/lib/charts/layout';
import { boxesOverlap, boxInside, textBox, LAYOUT_CHAR_WIDTH } from '@/lib/charts/text';
import { VARIANTS } from '@/lib/charts/variants';
import { VALID_DIR } from './helpers';

const cases = getDatasets(VALID_DIR).flatMap((ds) =>
  VARIANTS.map((v) => ({ name: `${ds.id} (${v.name})`, ds, v })),
);

describe.each(cases)('$name', ({ ds, v }) => {
  const layout = layoutChart(ds, v);
  const texts = layoutTexts(layout);
  const boxes = texts.map((t) => textBox(t));

  it('has labels', () => {
    expect(texts.length).toBeGreaterThan(0);
    expect(layout.width).toBe(v.width);
  });

  it('keeps every label inside the viewBox', () => {
    const outside = texts.filter((_, i) => !boxInside(boxes[i], layout.width, layout.height)).map((t) => t.text);
    expect(outside).toEqual([]);
  });

  it('keeps every label inside the viewBox even in a wide font (0.7 em per character)', () => {
    const outside = texts
      .filter((t) => !boxInside(textBox(t, LAYOUT_CHAR_WIDTH), layout.width, layout.height))
      .map((t) => t.text);
    expect(outside).toEqual([]);
  });

  it('has no overlapping labels', () => {
    const clashes: string[] = [];
    for (let i = 0; i < boxes.length; i++)
      for (let j = i + 1; j < boxes.length; j++)
        if (boxesOverlap(boxes[i], boxes[j])) clashes.push(`"${texts[i].text}" × "${texts[j].text}"`);
    expect(clashes).toEqual([]);
  });

  it('keeps labels off the data marks', () => {
    const marks = layoutMarks(layout);
    const clashes = texts.filter((_, i) => marks.some((m) => boxesOverlap(boxes[i], m))).map((t) => t.text);
    expect(clashes).toEqual([]);
  });

  it('uses the layout font size for all text (never smaller)', () => {
    expect(texts.every((t) => t.size >= v.font)).toBe(true);
  });
});
