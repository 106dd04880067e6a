/**
 * A note on a wide timeline: written just right of its day's events (not at the far side of its
 * column), and, like any note on a shaded band, haloed in the band's colour rather than the page's
 * (a page-coloured halo fringed its letters). Fixtures only.
 */
import fs from 'node:fs';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { getDataset } from '@/lib/data/datasets';
import { layoutChart } from '@/lib/charts/layout';
import { EVENT_CHAR_WIDTH } from '@/lib/charts/layout-timeline';
import { annotationNotes } from '@/lib/charts/svg/annotations';
import { svgToReact } from '@/lib/charts/svg/react';
import { WIDE, XWIDE } from '@/lib/charts/variants';
import { textBox, LAYOUT_CHAR_WIDTH } from '@/lib/charts/text';
import { ANNOTATED_DIR } from './helpers';

const fixture = (id: string) => getDataset(id, ANNOTATED_DIR, 'en');

describe('a note on a wide timeline', () => {
  it.each([WIDE, XWIDE])('sets a wide timeline’s note just right of its day’s events, level with their first line (%s)', (v) => {
    const l = layoutChart(fixture('annotated-timeline'), v, 'en');
    if (l.kind !== 'timeline') throw new Error('not a timeline');
    const note = l.annotations[0];
    expect(note.marker).toBeNull();
    const monday = l.events.filter((e) => e.value.date === '2021-06-14').flatMap((e) => [...e.labelLines, ...e.speakerLines]);
    const right = Math.max(...monday.map((t) => textBox(t, EVENT_CHAR_WIDTH).x + textBox(t, EVENT_CHAR_WIDTH).width));
    const left = Math.min(...note.lines.map((t) => t.x));
    expect(left).toBeGreaterThan(right);
    expect(left - right).toBeLessThanOrEqual(v.font * 2 + 1);
    expect(note.lines[0].y).toBe(Math.min(...monday.map((t) => t.y)));
    for (const t of note.lines) expect(textBox(t, LAYOUT_CHAR_WIDTH).x + textBox(t, LAYOUT_CHAR_WIDTH).width).toBeLessThanOrEqual(v.width + 0.5);
  });

  it('gives a note on a shaded band a halo of the band’s colour, and a note off it the page’s', () => {
    const svg = (l: ReturnType<typeof layoutChart>) => renderToStaticMarkup(svgToReact(annotationNotes(l.annotations)!));
    const onBand = svg(layoutChart(fixture('annotated-timeline'), WIDE, 'en'));
    expect(onBand).toMatch(/class="chart-text chart-text--text chart-halo chart-halo--band"/);
    expect(onBand).not.toMatch(/chart-halo"/);
    // The line chart's note sits off any band: it keeps the page-coloured halo.
    const off = svg(layoutChart(fixture('annotated-line'), WIDE, 'en'));
    expect(off).toMatch(/chart-halo"/);
    expect(off).not.toContain('chart-halo--band');
    // The stylesheet paints that halo in the band's own colour: the band's tint over the page.
    const css = fs.readFileSync('components/charts/charts.css', 'utf8');
    // Both take the theme's share of the muted grey (the band as its opacity, the halo as a mix).
    expect(css).toMatch(/\.chart-halo--band \{\s*stroke: color-mix\(in srgb, var\(--chart-muted\) calc\(var\(--chart-band-share\) \* 100%\), var\(--chart-bg\)\);/);
    expect(css).toMatch(/\.chart-annotation-band \{\s*fill: var\(--chart-muted\);[^}]*fill-opacity: var\(--chart-band-share\);/);
    expect(css.indexOf('.chart-halo--band')).toBeGreaterThan(css.indexOf('.chart-halo {'));
  });

});
