/**
 * Label layout: for every fixture dataset in both layouts, the estimated text
 * boxes (0.6 × font size per character) must not overlap each other or the data marks, and must
 * stay inside the viewBox. Because the SVG scales uniformly, this holds at every screen width:
 * the narrow layout covers phones (320 px), the wide one tablets and up (768 px).
 * Annotated fixtures are included: their notes, markers and reference lines are held to the same rules.
 */
import { describe, expect, it } from 'vitest';
import { getDataset, getDatasets, listChartIds } from '@/lib/data/datasets';
import { annotationsOf } from '@/lib/data/schema';
import { annotationBoxes, annotationTexts } from '@/lib/charts/annotations';
import { layoutChart, layoutMarks, layoutTexts } from '@/lib/charts/layout';
import { type Box, boxesOverlap, boxInside, textBox, LAYOUT_CHAR_WIDTH } from '@/lib/charts/text';
import { EMBED_VARIANTS, NARROWEST_CONTAINER_PX, WIDE_FROM_PX } from '@/lib/charts/variants';
import { ANNOTATED_DIR, FRENCH_DIR, VALID_DIR } from './helpers';

// French runs about a fifth longer: the French fixtures, in their words and number style, are held to the same rules.
const french = listChartIds(FRENCH_DIR).map((id) => ({ ds: getDataset(id, FRENCH_DIR, 'fr'), lang: 'fr' as const }));
const cases = [...[...getDatasets(VALID_DIR), ...getDatasets(ANNOTATED_DIR)].map((ds) => ({ ds, lang: 'en' as const })), ...french].flatMap(({ ds, lang }) =>
  EMBED_VARIANTS.map((v) => ({ name: `${ds.id} (${v.name}, ${lang})`, ds, v, lang })),
);

describe.each(cases)('$name', ({ ds, v, lang }) => {
  const layout = layoutChart(ds, v, lang);
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

  it('keeps annotations (notes, markers, reference lines) inside the viewBox and off every other label and mark', () => {
    const own = new Set(annotationTexts(layout.annotations));
    const others = [...texts.filter((t) => !own.has(t)).map((t) => ({ label: t.text, box: textBox(t, LAYOUT_CHAR_WIDTH) })), ...layoutMarks(layout).map((box) => ({ label: 'a mark', box }))];
    const notes = annotationBoxes(layout.annotations);
    const clashes: string[] = [];
    notes.forEach((n, i) => {
      if (!boxInside(n.box, layout.width, layout.height)) clashes.push(`"${n.label}" outside the viewBox`);
      for (const o of others) if (o.box !== n.box && !n.label.startsWith('reference line') && boxesOverlap(n.box, o.box)) clashes.push(`"${n.label}" × "${o.label}"`);
      for (const m of notes.slice(i + 1)) if (boxesOverlap(n.box, m.box)) clashes.push(`"${n.label}" × "${m.label}"`);
    });
    expect(clashes).toEqual([]);
  });

  it('never drops an annotation: each is drawn as text or as a numbered marker', () => {
    expect(layout.annotations).toHaveLength(annotationsOf(ds).length);
    expect(layout.annotations.filter((a) => a.lines.length === 0 && !a.marker)).toEqual([]);
  });

  it('puts every note (or its marker) beside what it points at, or joins it to it by a line', () => {
    const fs = v.font;
    const far = layout.annotations.flatMap((a) => {
      if (a.connector) return [];
      const own = a.marker
        ? { x: a.marker.x - a.marker.r, y: a.marker.y - a.marker.r, width: 2 * a.marker.r, height: 2 * a.marker.r }
        : a.lines.map((t) => textBox(t, LAYOUT_CHAR_WIDTH)).reduce((u, b) => ({ x: Math.min(u.x, b.x), y: Math.min(u.y, b.y), width: Math.max(u.x + u.width, b.x + b.width) - Math.min(u.x, b.x), height: Math.max(u.y + u.height, b.y + b.height) - Math.min(u.y, b.y) }));
      // Beside its target, or on the shaded span it is about.
      const gap = (t: Box) => Math.hypot(Math.max(0, t.x - (own.x + own.width), own.x - (t.x + t.width)), Math.max(0, t.y - (own.y + own.height), own.y - (t.y + t.height)));
      const d = Math.min(gap(a.anchor), a.band ? gap(a.band) : Infinity);
      return d > fs * 1.2 ? [`${a.annotation.text}: ${Math.round(d)} units from its target, no line`] : [];
    });
    expect(far).toEqual([]);
  });
});

it('checks the layouts shown at 320 px (narrow) and 768 px (wide)', () => {
  // 320 px viewport minus 2 × 16 px margins, and 768 px minus margins, fall on either side of the switch.
  expect(320 - 32).toBeGreaterThanOrEqual(NARROWEST_CONTAINER_PX);
  expect(320 - 32).toBeLessThan(WIDE_FROM_PX);
  expect(768 - 32).toBeGreaterThanOrEqual(WIDE_FROM_PX);
});
