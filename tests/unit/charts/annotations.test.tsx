/**
 * Annotations: the loader's messages for bad ones, where the layouts put them (on the chart or as
 * numbered markers, never dropped), and the words that carry them to screen readers, the notes
 * under the chart and the data table. Fixtures only.
 */
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { getDataset } from '@/lib/data/datasets';
import type { Dataset } from '@/lib/data/schema';
import { describe as describeChart } from '@/lib/charts/describe';
import { layoutChart } from '@/lib/charts/layout';
import { markerNotes, noteText } from '@/lib/charts/annotations';
import { NARROW, WIDE } from '@/lib/charts/variants';
import { LAYOUT_CHAR_WIDTH, textBox } from '@/lib/charts/text';
import { EVENT_CHAR_WIDTH } from '@/lib/charts/layout-timeline';
import { ChartSvg } from '@/components/charts/ChartSvg';
import { ChartNotes } from '@/components/charts/ChartNotes';
import { DataTable } from '@/components/charts/DataTable';
import { ANNOTATED_DIR, INVALID_DIR, errorFor } from './helpers';

const F = INVALID_DIR;
const fixture = (id: string) => getDataset(id, ANNOTATED_DIR, 'en');
const pretty = (html: string) => html.replace(/></g, '>\n<');

describe('annotation validation', () => {
  it('names a date or label the chart does not have, and lists those it has', () => {
    expect(errorFor('annotation-unknown-date')).toBe(
      `${F}/annotation-unknown-date.json:57:7: annotations[0].at: expected the date of one of the values ("2021-01", "2021-02", "2021-03", "2021-04"), found "2021-05"`,
    );
    expect(errorFor('annotation-unknown-label')).toBe(
      `${F}/annotation-unknown-label.json:57:7: annotations[0].at: expected the label of one of the values ("Gadgets secured", "Gizmos made each month by the one factory that reported them", "Doohickeys", "Thingamajigs"), found "Widgets"`,
    );
  });

  it('keeps values on the chart\'s axis, and off a timeline', () => {
    expect(errorFor('annotation-value-too-big')).toBe(
      `${F}/annotation-value-too-big.json:58:7: annotations[0].value: expected a number from 0 to 16000000 (the largest value in the chart), found the number 20000000`,
    );
    expect(errorFor('annotation-timeline-value')).toBe(
      `${F}/annotation-timeline-value.json:57:7: annotations[0].value: expected no value (a timeline has no value axis), found the number 3`,
    );
  });

  it('takes a range as a span or a line, in order', () => {
    expect(errorFor('annotation-range-both')).toBe(
      `${F}/annotation-range-both.json:58:7: annotations[0].range: expected either "from" and "to" (a shaded span) or "value" (a reference line), found both a span and a value`,
    );
    expect(errorFor('annotation-range-backwards')).toBe(
      `${F}/annotation-range-backwards.json:59:9: annotations[0].range.to: expected the date of one of the events at or after "from" ("2021-06-14"), found "2021-06-10"`,
    );
  });

  it('checks the fields of an annotation like any other', () => {
    expect(errorFor('annotation-unknown-field')).toBe(
      `${F}/annotation-unknown-field.json:45:7: annotations[0]: expected only the fields text, at, value, connector, range, found unknown field "conector"`,
    );
    expect(errorFor('annotation-no-text')).toBe(
      `${F}/annotation-no-text.json:55:5: annotations[0].text: expected the note's text, found nothing (the field is missing)`,
    );
  });
});

describe('annotation layout', () => {
  it('joins every note on a line chart to its point by a leader, and keeps a gap\'s note over its band', () => {
    const l = layoutChart(fixture('annotated-line'), WIDE, 'en');
    if (l.kind !== 'line') throw new Error('fixture');
    const [band] = l.gaps.map((g) => g.band);
    // The two point notes are written on the chart, each with a line to its point.
    expect(l.annotations.map((a) => a.lines.map((t) => t.text).join(' '))).toEqual(['Fixture Co: “every extra widget stayed at home”', '', 'Output was flat']);
    expect([l.annotations[0].connector, l.annotations[2].connector].every((c) => c !== null)).toBe(true);
    // The February note is too long for its band: a marker, inside the band, not beside it (where it read as about March).
    const feb = l.annotations[1].marker!;
    expect(feb.x - feb.r).toBeGreaterThanOrEqual(band.x);
    expect(feb.x + feb.r).toBeLessThanOrEqual(band.x + band.width);
  });

  it("writes a gap's note with its \"not reported\" label as one label, on one solid ground, with no line between them", () => {
    const ds = fixture('annotated-line');
    if (ds.chart !== 'line') throw new Error('fixture');
    // A note short enough to be written in February's band.
    const short = { ...ds, annotations: ds.annotations!.map((a) => (a.at === '2021-02' ? { ...a, text: 'No figure' } : a)) };
    for (const [dataset, v] of [[short, WIDE], [ds, NARROW]] as const) {
      const l = layoutChart(dataset, v, 'en');
      if (l.kind !== 'line') throw new Error('fixture');
      const feb = l.annotations.find((a) => a.annotation.at === '2021-02')!;
      expect(feb.connector).toBeNull();
      const note = feb.marker ? [{ x: feb.marker.x - feb.marker.r, y: feb.marker.y - feb.marker.r, width: 2 * feb.marker.r, height: 2 * feb.marker.r }] : feb.lines.map((t) => textBox(t, LAYOUT_CHAR_WIDTH));
      const label = l.gaps[0].label.map((t) => textBox(t, LAYOUT_CHAR_WIDTH));
      const g = feb.ground!;
      for (const b of note) expect(b.x >= g.x && b.y >= g.y && b.x + b.width <= g.x + g.width && b.y + b.height <= g.y + g.height, JSON.stringify({ b, g })).toBe(true);
      // The label's lines, top to bottom; across, the ground spans the band (the layout's estimate of
      // a word's width is generous, and a long word may overhang the band, haloed).
      for (const b of label) expect(b.y >= g.y && b.y + b.height <= g.y + g.height).toBe(true);
      const band = l.gaps[0].band;
      expect(g.x <= band.x && g.x + g.width >= band.x + band.width).toBe(true);
      // The point notes have none.
      expect(l.annotations.filter((a) => a !== feb).every((a) => a.ground === null)).toBe(true);
    }
    expect(layoutChart(short, WIDE, 'en').annotations[1].lines.map((t) => t.text)).toEqual(['No figure']);
    // Drawn between the hatching and the label.
    const svg = renderToStaticMarkup(<ChartSvg dataset={short} variant={WIDE} lang="en" />);
    expect(svg).toMatch(/class="chart-gap-band"[^]*class="chart-gap-ground"[^]*Feb/);
  });

  it('turns notes with no room on the narrow layout into numbered markers, numbered and listed left to right, each beside or joined to its point', () => {
    const l = layoutChart(fixture('annotated-line'), NARROW, 'en');
    if (l.kind !== 'line') throw new Error('fixture');
    // The data file lists April's note, then February's, then March's; a reader meets February first.
    expect(l.annotations.map((a) => a.marker?.label.text)).toEqual(['3', '1', '2']);
    const byNumber = [...l.annotations].sort((p, q) => p.marker!.number - q.marker!.number);
    const xs = byNumber.map((a) => a.anchor.x + a.anchor.width / 2);
    expect(xs).toEqual([...xs].sort((p, q) => p - q));
    expect(markerNotes(l.annotations)).toEqual([
      { number: 1, text: 'No figure for February: the report skips it' },
      { number: 2, text: 'Output was flat' },
      { number: 3, text: 'Fixture Co: “every extra widget stayed at home”' },
    ]);
    // The April and March markers have a line to their point; February's sits inside its band.
    const april = l.points.find((p) => p.value.date === '2021-04')!;
    const march = l.points.find((p) => p.value.date === '2021-03')!;
    expect(l.annotations[0].connector).toMatch(new RegExp(`L${april.x - april.r},`));
    expect(l.annotations[2].connector).toMatch(new RegExp(`L${march.x + march.r},`));
    const band = l.gaps[0].band;
    const feb = l.annotations[1].marker!;
    expect(feb.x - feb.r >= band.x && feb.x + feb.r <= band.x + band.width).toBe(true);
  });

  it('breaks a note by sense, unless that takes it past four lines: then it keeps a split rather than become a marker', () => {
    // 17 characters a line (300 / (0.7 × 25)).
    expect(noteText('Widgets made in the north went to the south', 300, 25, 'en')).toEqual(['Widgets made', 'in the north went', 'to the south']);
    const long = 'Widgets made in the south of the country went to the north of it';
    expect(noteText(long, 300, 25, 'en')).toEqual(['Widgets made in', 'the south of the', 'country went to', 'the north of it']);
  });

  it('keeps a short note on the chart on both layouts', () => {
    for (const v of [NARROW, WIDE]) {
      const l = layoutChart(fixture('annotated-column'), v, 'en');
      expect(l.annotations.map((a) => (a.marker ? 'marker' : a.lines.map((t) => t.text).join(' ')))).toEqual(['One factory only', 'Shipped together']);
    }
  });

  it('gives the timeline a note column on the wide layout only', () => {
    const wide = layoutChart(fixture('annotated-timeline'), WIDE, 'en');
    const narrow = layoutChart(fixture('annotated-timeline'), NARROW, 'en');
    expect(wide.annotations[0].lines.length).toBeGreaterThan(0);
    expect(narrow.annotations[0].marker?.number).toBe(1);
    // The events' text wraps short of the column, on the wide layout only.
    // (Measured as they were wrapped: beside a note column, at the events' own measure.)
    const widest = (l: typeof wide) => (l.kind === 'timeline' ? Math.max(...l.events.flatMap((e) => e.labelLines.map((t) => textBox(t, EVENT_CHAR_WIDTH).x + textBox(t, EVENT_CHAR_WIDTH).width))) : 0);
    expect(widest(wide)).toBeLessThanOrEqual(WIDE.width * 0.7);
    // On a phone no column is kept: the events break as they would with no note at all.
    const plain = { ...fixture('annotated-timeline'), annotations: [] } as Dataset;
    const lines = (l: typeof wide) => (l.kind === 'timeline' ? l.events.map((e) => e.labelLines.map((t) => t.text)) : []);
    expect(lines(narrow)).toEqual(lines(layoutChart(plain, NARROW, 'en')));
    expect(lines(wide)).not.toEqual(lines(layoutChart(plain, WIDE, 'en')));
    // The shaded span covers both events of the Monday, and nothing else.
    const band = wide.annotations[0].band!;
    const monday = wide.kind === 'timeline' ? wide.events.filter((e) => e.value.date === '2021-06-14') : [];
    expect(monday.every((e) => e.hit.y >= band.y && e.hit.y + e.hit.height <= band.y + band.height)).toBe(true);
    const friday = wide.kind === 'timeline' ? wide.events.find((e) => e.value.date === '2021-06-11')! : null;
    expect(friday!.hit.y + friday!.hit.height).toBeLessThanOrEqual(band.y);
  });

  it('breaks a reference line where a label sits on it', () => {
    const l = layoutChart(fixture('annotated-line'), WIDE, 'en');
    const rule = l.annotations[0];
    expect(rule.rule).not.toBeNull();
    expect(rule.rulePieces.length).toBeGreaterThan(1);
    expect(new Set(rule.rulePieces.map((p) => p[1]))).toEqual(new Set([rule.rule!.y1]));
  });
});

describe('annotations in words', () => {
  it('ends the chart description with every note and where it points', () => {
    expect(describeChart(fixture('annotated-line'), 'en')).toBe(
      'Rose from 10 million in January to about 16 million in April 2021; February was not reported. Notes on the chart: April 2021 (dashed line at 10 million): Fixture Co: “every extra widget stayed at home.” February 2021: No figure for February: the report skips it. March 2021: Output was flat.',
    );
    expect(describeChart(fixture('annotated-timeline'), 'en')).toMatch(
      /\. Note on the chart: Monday, June 14, 2021 \(shaded\): Deal day: announced and welcomed the same Monday\.$/,
    );
  });

  it('lists the markers under the chart for the layout that shows them', () => {
    const html = renderToStaticMarkup(<ChartNotes lang="en" dataset={fixture('annotated-line')} />);
    expect(html).toContain('<ol class="chart-marker-notes chart-marker-notes--narrow" data-variant="narrow"><li value="1">No figure for February: the report skips it</li><li value="2">Output was flat</li><li value="3">Fixture Co: “every extra widget stayed at home”</li></ol>');
    // The wide layout writes two notes on the chart: its list has only February's.
    expect(html).toContain('<ol class="chart-marker-notes chart-marker-notes--wide" data-variant="wide"><li value="1">No figure for February: the report skips it</li></ol>');
    expect(renderToStaticMarkup(<ChartNotes lang="en" dataset={fixture('annotated-column')} />)).not.toContain('<ol');
  });

  it('adds each note to the data table row it points at', () => {
    const html = renderToStaticMarkup(<DataTable lang="en" dataset={fixture('annotated-line')} />);
    const rows = html.split('<tr').filter((r) => r.includes('scope="row"'));
    expect(rows.map((r) => [...r.matchAll(/Note on the chart: ([^<]+)/g)].map((m) => m[1]))).toEqual([
      [],
      ['No figure for February: the report skips it'],
      ['Output was flat'],
      ['Fixture Co: “every extra widget stayed at home”'],
    ]);
  });
});

describe('annotated SVG snapshots', () => {
  it.each(['annotated-line', 'annotated-column', 'annotated-timeline'])('%s (narrow and wide)', (id) => {
    const ds = fixture(id);
    expect(pretty(renderToStaticMarkup(<ChartSvg lang="en" dataset={ds} variant={NARROW} />))).toMatchSnapshot('narrow');
    expect(pretty(renderToStaticMarkup(<ChartSvg lang="en" dataset={ds} variant={WIDE} />))).toMatchSnapshot('wide');
  });
});
