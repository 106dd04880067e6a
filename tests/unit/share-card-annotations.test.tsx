/** What a share card's chart keeps of the annotations: every note, and never a number without its note. */
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, test } from 'vitest';
import { getDataset } from '@/lib/data/datasets';
import { chartThumbnail } from '@/lib/share-image/chart-thumbnail';
import { ANNOTATED_DIR } from './charts/helpers';

const card = (id: string) => renderToStaticMarkup(<>{chartThumbnail(getDataset(id, ANNOTATED_DIR, 'en'), undefined, 'en')}</>);

describe('annotations on a share card', () => {
  test('draws the notes the narrow layout writes out', () => {
    const html = card('annotated-column');
    expect(html).toContain('One factory only');
    expect(html).toContain('Shipped together');
    expect(html).toContain('chart-annotation-band');
  });

  test('keeps the notes that are numbered markers on a phone, and lists them under the chart by number', () => {
    const html = card('annotated-line');
    expect(html).toContain('chart-annotation-marker');
    // The reference line is a note's range: it goes with its note.
    expect(html).toContain('chart-annotation-rule');
    const text = html.replace(/<[^>]+>/g, '|').replace(/\|+/g, '|');
    const listed = [...text.matchAll(/\|(\d)\|(Output was flat|No figure for February[^|]*|Fixture Co:[^|]*)(?=\|)/g)].map((m) => m[1]);
    // Each note is listed once with its own number, and each number is drawn on the chart too (the
    // February note fits in the chart beside its band, so two of the three are markers).
    expect(listed).toHaveLength(2);
    expect(new Set(listed).size).toBe(2);
    for (const n of listed) expect(text.split(`|${n}|`).length - 1).toBe(2);
  });
});
