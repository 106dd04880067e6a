/**
 * A timeline's shaded days on a wide chart: the band runs under the note written beside the
 * events, and when the note became a numbered marker it stops a letter after the events' longest
 * line instead of running on across an empty column. Fixtures only.
 */
import { describe, expect, it } from 'vitest';
import { getDataset } from '@/lib/data/datasets';
import { layoutChart } from '@/lib/charts/layout';
import { WIDE } from '@/lib/charts/variants';
import { textBox, LAYOUT_CHAR_WIDTH } from '@/lib/charts/text';
import type { TimelineLayout } from '@/lib/charts/layout-timeline';
import { annotationsOf, type Dataset } from '@/lib/data/schema';
import { ANNOTATED_DIR } from './helpers';

const base = getDataset('annotated-timeline', ANNOTATED_DIR, 'en');
const withNote = (text: string): Dataset => ({ ...base, annotations: [{ ...annotationsOf(base)[0], text }] }) as Dataset;
/** Right edge of the events' words on the shaded day. */
const rightOfDay = (l: TimelineLayout, date: string) =>
  Math.max(
    ...l.events
      .filter((e) => e.value.date === date)
      .flatMap((e) => [...e.labelLines, ...e.speakerLines])
      .map((t) => {
        const b = textBox(t, LAYOUT_CHAR_WIDTH);
        return b.x + b.width;
      }),
  );

describe('a wide timeline’s shaded days', () => {
  it('span the width when the note is written in them', () => {
    const l = layoutChart(withNote('Same day'), WIDE, 'en');
    expect(l.annotations[0].marker).toBeNull();
    expect(l.annotations[0].band?.width).toBe(WIDE.width);
  });

  it('end just after the events’ words when the note became a marker', () => {
    const long = Array.from({ length: 40 }, (_, i) => `word${i}`).join(' ');
    const l = layoutChart(withNote(long), WIDE, 'en');
    expect(l.annotations[0].marker).not.toBeNull();
    const band = l.annotations[0].band!;
    expect(band.width).toBeLessThan(WIDE.width);
    expect(band.width).toBeGreaterThanOrEqual(rightOfDay(l as TimelineLayout, '2021-06-14'));
    expect(band.width).toBeLessThanOrEqual(rightOfDay(l as TimelineLayout, '2021-06-14') + WIDE.font);
  });
});
