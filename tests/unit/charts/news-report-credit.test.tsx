/**
 * Unnamed reporting is credited to the report ("News report, June 15, 2021"), and the spoken
 * source after a figure or a mark then names the report once, not twice. Fixtures only.
 */
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { getDataset } from '@/lib/data/datasets';
import { attribution } from '@/lib/charts/describe';
import { DataTable } from '@/components/charts/DataTable';
import type { Dataset } from '@/lib/data/schema';
import { ANNOTATED_DIR } from './helpers';

const base = getDataset('annotated-timeline', ANNOTATED_DIR, 'en');
const said = (speaker: string): Dataset => ({ ...base, values: base.values.map((v) => ({ ...v, speaker })) }) as Dataset;

describe('credit for unnamed reporting', () => {
  it('names the report once, in English and in French', () => {
    const ds = said('News report, June 15, 2021');
    expect(attribution(ds, ds.values[0], 'en')).toBe('Fixture news report (June 15, 2021)');
    const fr = said('Article de presse, 15 juin 2021');
    expect(attribution(fr, fr.values[0], 'fr')).toBe('Fixture news report (15 juin 2021)');
  });

  it('keeps a named speaker before the report', () => {
    const ds = said('Fixture minister');
    expect(attribution(ds, ds.values[0], 'en')).toBe('Fixture minister, in Fixture news report (June 15, 2021)');
    expect(attribution(ds, ds.values[0], 'fr')).toBe('Fixture minister (Fixture news report, 15 juin 2021)');
  });

  it('leaves the speaker out of the table’s source cell, which cites the report', () => {
    const html = renderToStaticMarkup(<DataTable dataset={said('News report, June 15, 2021')} lang="en" />);
    expect(html).not.toContain('News report, June 15, 2021');
    expect(html).toContain('<cite>Fixture news report, June 15, 2021</cite>');
  });
});
