import { Children, isValidElement, type ReactElement, type ReactNode } from 'react';
import { describe, expect, test } from 'vitest';
import { getDataset } from '@/lib/data/datasets';
import type { TimelineDataset } from '@/lib/data/schema';
import { renderToStaticMarkup } from 'react-dom/server';
import { ChartSvg } from '@/components/charts/ChartSvg';
import { NARROW } from '@/lib/charts/variants';
import { thumbnailDataset } from '@/lib/charts/condense';
import { THUMBNAIL_BOX, chartThumbnail } from '@/lib/share-image/chart-thumbnail';
import { ANNOTATED_DIR, VALID_DIR } from './charts/helpers';

type Box = { width: number; height: number };
type TextDiv = { left: number; top: number; width: number; fontSize: number; justifyContent: string };

/** The thumbnail's own size, and where each of its texts is anchored, as Satori will place them. */
function placed(id: string, dataset = getDataset(id, VALID_DIR, 'en')) {
  // The thumbnail is a column: the drawing (in a one-pixel margin), then any notes listed under it.
  const column = chartThumbnail(dataset, undefined, 'en') as ReactElement<{ children: ReactNode[] }>;
  const margin = Children.toArray(column.props.children)[0] as ReactElement<{ children: ReactNode }>;
  const root = margin.props.children as ReactElement<{ style: Box; children: ReactNode[] }>;
  const texts = Children.toArray(root.props.children)
    .filter((c): c is ReactElement<{ style: TextDiv; children: string }> => isValidElement(c) && c.type === 'div')
    .map((c) => {
      const { left, top, width, fontSize, justifyContent } = c.props.style;
      // The point the text hangs from: its start, middle or end, depending on its anchor.
      const x = justifyContent === 'flex-start' ? left : justifyContent === 'center' ? left + width / 2 : left + width;
      return { text: c.props.children, x, top, bottom: top + fontSize * 1.2 };
    });
  return { size: root.props.style, texts };
}

const KINDS = ['fixture-line', 'fixture-column', 'fixture-comparison', 'fixture-timeline', 'fixture-map'];

describe('a share card’s chart never leaves its frame', () => {
  test.each(KINDS)('%s fits the frame, and every label sits inside the drawing', (id) => {
    const { size, texts } = placed(id);
    expect(size.width).toBeLessThanOrEqual(THUMBNAIL_BOX.width + 0.5);
    expect(size.height).toBeLessThanOrEqual(THUMBNAIL_BOX.height + 0.5);
    for (const t of texts) {
      expect(t.x, t.text).toBeGreaterThanOrEqual(-0.5);
      expect(t.x, t.text).toBeLessThanOrEqual(size.width + 0.5);
      expect(t.top, t.text).toBeGreaterThanOrEqual(-0.5);
      expect(t.bottom, t.text).toBeLessThanOrEqual(size.height + 0.5);
    }
  });

  test('a tall chart is scaled down to fit the frame, never cut', () => {
    const base = getDataset('fixture-column', VALID_DIR, 'en');
    const values = Array.from({ length: 16 }, (_, i) => ({ ...base.values[0], label: `Category number ${i + 1} with a long name` }));
    const { size, texts } = placed('tall', { ...base, values } as typeof base);
    expect(size.height).toBeLessThanOrEqual(THUMBNAIL_BOX.height + 0.5);
    expect(texts.map((t) => t.text)).toContain('Category number 16 with a long name');
    for (const t of texts) expect(t.bottom, t.text).toBeLessThanOrEqual(size.height + 0.5);
  });

  test('a long timeline is condensed to its first and last events, with their dates, still inside the frame', () => {
    const base = getDataset('fixture-timeline', VALID_DIR, 'en') as TimelineDataset;
    const long = 'An event described at length, the way a reporter might write it in a hurry, with clauses';
    const values = Array.from({ length: 12 }, (_, i) => ({ ...base.values[i % base.values.length], label: `${i === 0 ? 'First' : i === 11 ? 'Last' : 'Middle'}: ${long}`, date: `2020-04-${String(i + 1).padStart(2, '0')}` }));
    const { size, texts } = placed('long', { ...base, values });
    expect(size.height).toBeLessThanOrEqual(THUMBNAIL_BOX.height + 0.5);
    const words = texts.map((t) => t.text).join(' ');
    expect(words).toContain('First:');
    expect(words).toContain('Last:');
    expect(words).not.toContain('Middle:');
    expect(words).toContain('Apr 1');
    expect(words).toContain('Apr 12');
    for (const t of texts) expect(t.bottom, t.text).toBeLessThanOrEqual(size.height + 0.5);
  });
});

describe('a condensed timeline keeps only the notes it can point at', () => {
  const base = getDataset('annotated-timeline', ANNOTATED_DIR, 'en') as TimelineDataset;
  const middle = base.values[1].date; // neither the first event's day nor the last's

  test('a note about a day left out is dropped; a note about the last day stays', () => {
    const ds = { ...base, annotations: [{ text: 'A note on a middle day', at: middle }, ...(base.annotations ?? [])] };
    const shown = thumbnailDataset(ds) as TimelineDataset;
    expect(shown.values.map((v) => v.date)).toEqual([base.values[0].date, base.values[base.values.length - 1].date]);
    expect(shown.annotations?.map((a) => a.at)).toEqual(base.annotations?.map((a) => a.at));
    // Drawn, the condensed chart has nothing dangling (a note on a missing day used to throw).
    expect(() => renderToStaticMarkup(<ChartSvg lang="en" dataset={shown} variant={NARROW} />)).not.toThrow();
  });
});
