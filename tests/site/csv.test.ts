/**
 * The CSV a reader downloads holds the figures of the data file, row for row. The expected values
 * come from the fixture site's data/<id>.json read as plain JSON, not through the code that writes the CSV.
 */
import fs from 'node:fs';
import path from 'node:path';
import { csvParse } from 'd3-dsv';
import { describe, expect, test } from 'vitest';
import { parsePath, paths } from '@/lib/i18n/paths';
import { FIXTURE_CONTENT } from '../fixture-site';
import { OUT, builtPages } from './out';

type Raw = {
  chart: string;
  units: string;
  sources: { id: string; name: string; date: string }[];
  values: Record<string, unknown>[];
};

/** The English CSVs' chart ids: the files in the folder paths.ts puts them in, read back through parsePath. */
const csvFolder = path.posix.dirname(paths('en').data('any'));
const ids = fs.readdirSync(path.join(OUT, csvFolder)).flatMap((file) => parsePath(`${csvFolder}/${file}`)?.param ?? []);

/** A data-file field as its CSV column: camelCase to snake_case; a timeline's label is its event. */
const column = (field: string, chart: string) => (chart === 'timeline' && field === 'label' ? 'event' : field.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`));

/** A data-file value as a CSV cell reads: nothing for null, lists joined with "; ". */
const cell = (value: unknown) => (value == null ? '' : Array.isArray(value) ? value.join('; ') : String(value));

test('every published chart has a CSV', () => {
  expect(ids.length).toBeGreaterThan(0);
  const embeds = builtPages().map(parsePath).filter((p) => p?.page === 'embed' && p.lang === 'en');
  expect(embeds.length).toBeGreaterThan(0);
  for (const embed of embeds) expect(ids).toContain(embed!.param);
});

describe('each CSV holds the data file, row for row', () => {
  for (const id of ids) {
    test(id, () => {
      const raw = JSON.parse(fs.readFileSync(`${FIXTURE_CONTENT}/data/${id}.json`, 'utf8')) as Raw;
      const rows = csvParse(fs.readFileSync(path.join(OUT, paths('en').data(id)), 'utf8'));
      expect(rows).toHaveLength(raw.values.length);
      raw.values.forEach((value, i) => {
        const row = rows[i];
        const where = `${id}.csv row ${i + 1}`;
        for (const [field, expected] of Object.entries(value)) {
          if (field === 'sourceRef') continue; // written out as the source's name and date, below
          const name = column(field, raw.chart);
          expect(rows.columns, `${where}: a column for "${field}"`).toContain(name);
          if (field === 'value') expect(row.value === '' ? null : Number(row.value), where).toBe(expected);
          else expect(row[name], `${where}: ${name}`).toBe(cell(expected));
        }
        const source = raw.sources.find((s) => s.id === value.sourceRef)!;
        expect(row.source, where).toBe(source.name);
        expect(row.source_date, where).toBe(source.date);
        // A map's crossing counts no amount, so its row has no units.
        if (rows.columns.includes('units')) expect(row.units, where).toBe(raw.chart === 'map' && value.kind === 'crossing' ? '' : raw.units);
      });
    });
  }
});
