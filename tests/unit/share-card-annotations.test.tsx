/** What a share card's chart keeps of the annotations: the notes it can write out, never a bare number. */
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, test } from 'vitest';
import { getDataset } from '@/lib/data/datasets';
import { chartThumbnail } from '@/lib/share-image/chart-thumbnail';
import { cardAnnotations } from '@/lib/share-image/card-annotations';
import type { TimelineDataset } from '@/lib/data/schema';
import { ANNOTATED_DIR } from './charts/helpers';

const card = (id: string) => renderToStaticMarkup(<>{chartThumbnail(getDataset(id, ANNOTATED_DIR))}</>);

describe('annotations on a share card', () => {
  test('draws the notes the narrow layout writes out', () => {
    const html = card('annotated-column');
    expect(html).toContain('One factory only');
    expect(html).toContain('Shipped together');
    expect(html).toContain('chart-annotation-band');
  });

  test('leaves out notes that would be numbered markers, so no number stands without its note', () => {
    const html = card('annotated-line');
    expect(html).not.toContain('chart-annotation-marker');
    expect(html).not.toContain('Output was flat');
    // The reference line is a note's range: it goes with its note.
    expect(html).not.toContain('chart-annotation-rule');
  });

  test('leaves out notes about events a condensed timeline does not show', () => {
    const base = getDataset('annotated-timeline', ANNOTATED_DIR) as TimelineDataset;
    const condensed = { ...base, values: [base.values[0], base.values[1]] };
    expect((cardAnnotations(condensed) as TimelineDataset).annotations).toBeUndefined();
  });
});
