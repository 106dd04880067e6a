import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { csvParseRows } from 'd3-dsv';
import { describe, expect, it } from 'vitest';
import {
  getDataset,
  getDatasets,
  listChartIds,
  loadDatasetFile,
  parseDataset,
} from '@/lib/data/datasets';
import { datasetToCsv } from '@/lib/charts/csv';
import type { ContentError, Problem } from '@/lib/problems';
import { INVALID_DIR, VALID_DIR, errorFor, invalidFile, messagesOf } from './helpers';

const F = INVALID_DIR;


describe('data file validation', () => {
  it('reports JSON syntax errors with file:line:column, in an editor\'s words', () => {
    expect(errorFor('bad-json')).toBe(`${F}/bad-json.json:3:3: JSON syntax: expected a ',' or '}' after a property value, found "title"`);
    expect(errorFor('missing-comma-list')).toBe(
      `${F}/missing-comma-list.json:5:5: JSON syntax: expected a ',' or ']' after a list item, found "Figures are rounded."`,
    );
    expect(errorFor('trailing-comma')).toBe(
      `${F}/trailing-comma.json:4:8: JSON syntax: expected no comma after the last item (JSON allows none), found ',' before ']'`,
    );
    expect(errorFor('trailing-comma-object')).toBe(
      `${F}/trailing-comma-object.json:4:18: JSON syntax: expected no comma after the last item (JSON allows none), found ',' before '}'`,
    );
    expect(errorFor('comment')).toBe(
      `${F}/comment.json:3:3: JSON syntax: expected no comments (JSON has none; put notes in "notes"), found '// checked against the report on 15 June'`,
    );
    expect(errorFor('unclosed-string')).toBe(
      `${F}/unclosed-string.json:3:12: JSON syntax: expected a '"' closing the text on the same line, found the end of the line`,
    );
  });

  it('reports an empty file at its start', () => {
    expect(messagesOf(parseDataset('', 'content/data/empty.json').problems)).toBe(
      'content/data/empty.json:1:1: JSON syntax: expected a value (text in double quotes, a number, true, false, null, a list or an object), found the end of the file',
    );
  });

  it('reports a missing field', () => {
    expect(errorFor('missing-title')).toBe(
      `${F}/missing-title.json:1:1: title: expected a title stating the finding, found nothing (the field is missing)`,
    );
  });

  it('reports a wrong type with the field path', () => {
    expect(errorFor('wrong-type')).toBe(`${F}/wrong-type.json:30:7: values[1].value: expected a number or null, found "22m"`);
  });

  it('reports an unknown sourceRef', () => {
    expect(errorFor('unknown-source')).toBe(
      `${F}/unknown-source.json:40:7: values[2].sourceRef: expected one of the source ids ("fixture-report"), found "report-z"`,
    );
  });

  it('requires a quote and a speaker for every value', () => {
    expect(errorFor('no-quote')).toBe(
      `${F}/no-quote.json:19:5: values[0].quote: expected the exact words from the report, found nothing (the field is missing)`,
    );
    expect(errorFor('no-speaker')).toBe(
      `${F}/no-speaker.json:36:5: values[2].speaker: expected who said it, found nothing (the field is missing)`,
    );
  });

  it('rejects an unknown chart kind', () => {
    expect(errorFor('unknown-kind')).toBe(
      `${F}/unknown-kind.json:4:3: chart: expected one of "column", "line", "comparison", "timeline", "map", found "pie"`,
    );
  });

  it('requires the id to equal the file name', () => {
    expect(errorFor('id-mismatch')).toBe(
      `${F}/id-mismatch.json:2:3: id: expected "id-mismatch" (the file name), found "something-else"`,
    );
  });

  it('requires a note on unknown (null) values', () => {
    expect(errorFor('null-without-note')).toBe(
      `${F}/null-without-note.json:27:5: values[1].note: expected a note saying why the value is unknown (required when value is null), found nothing (the field is missing)`,
    );
  });

  it('rejects unknown fields, naming the allowed ones', () => {
    expect(errorFor('unknown-field')).toBe(
      `${F}/unknown-field.json:51:7: values[3]: expected only the fields date, label, value, qualifier, note, sourceRef, speaker, quote, found unknown field "qualifer"`,
    );
  });

  it('rejects an unknown qualifier', () => {
    expect(errorFor('bad-qualifier')).toBe(
      `${F}/bad-qualifier.json:48:7: values[3].qualifier: expected one of "more than", "about", or no qualifier, found "roughly"`,
    );
  });

  it('checks dates: format and order', () => {
    expect(errorFor('bad-date')).toBe(
      `${F}/bad-date.json:20:7: values[0].date: expected a date written "YYYY-MM" or "YYYY-MM-DD", found "January 2021"`,
    );
    expect(errorFor('dates-out-of-order').split('\n')).toEqual([
      `${F}/dates-out-of-order.json:29:7: values[1].date: expected a date after "2021-04", found "2021-03"`,
      `${F}/dates-out-of-order.json:37:7: values[2].date: expected a date after "2021-03", found "2021-02"`,
      `${F}/dates-out-of-order.json:46:7: values[3].date: expected a date after "2021-02", found "2021-01"`,
    ]);
  });

  it('checks kind-specific fields', () => {
    expect(errorFor('empty-values')).toBe(
      `${F}/empty-values.json:18:3: values: expected a list of values with at least one entry, found an empty list`,
    );
    expect(errorFor('timeline-missing-date-quote')).toBe(
      `${F}/timeline-missing-date-quote.json:35:5: values[2].dateQuote: expected the report's words that date the event, found nothing (the field is missing)`,
    );
    expect(errorFor('comparison-one-part')).toBe(
      `${F}/comparison-one-part.json:24:7: values[0].splitNotReported: expected a list of part names with at least 2 entries, found a list of 1`,
    );
  });

  it('lists every problem of every file when loading a folder, each with a line and column', () => {
    let problems: Problem[] = [];
    try {
      getDatasets(INVALID_DIR);
    } catch (e) {
      problems = (e as ContentError).problems;
    }
    const files = fs.readdirSync(INVALID_DIR).filter((f) => f.endsWith('.json'));
    expect(new Set(problems.map((p) => p.file))).toEqual(new Set(files.map((f) => `${F}/${f}`)));
    expect(problems.filter((p) => !p.line || !p.column)).toEqual([]);
  });

  it('carries each problem as file, position, field, expected and found', () => {
    try {
      loadDatasetFile(invalidFile('wrong-type'), 'en');
    } catch (e) {
      expect((e as ContentError).problems).toEqual([
        { file: `${F}/wrong-type.json`, line: 30, column: 7, field: 'values[1].value', expected: 'a number or null', found: '"22m"' },
      ]);
      return;
    }
    throw new Error('wrong-type.json was accepted');
  });

  it('points at the start when the file is not an object', () => {
    expect(messagesOf(parseDataset('[1, 2]', 'content/data/list.json').problems)).toBe(
      'content/data/list.json:1:1: expected a JSON object, found a list of 2',
    );
  });
});

describe('loader', () => {
  it('loads a folder, sorted by id', () => {
    expect(getDatasets(VALID_DIR).map((d) => d.id)).toEqual([
      'fixture-column',
      'fixture-comparison',
      'fixture-line',
      'fixture-map',
      'fixture-timeline',
    ]);
    expect(listChartIds(VALID_DIR)).toHaveLength(5);
  });

  it('throws for an unknown id, listing the known ids', () => {
    expect(() => getDataset('nope', VALID_DIR, 'en')).toThrow(
      `Unknown chart id "nope": there is no ${VALID_DIR}/nope.json; known ids: fixture-column, fixture-comparison, fixture-line, fixture-map, fixture-timeline`,
    );
  });

  it('caches by file and reloads when the file changes', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'charts-'));
    const src = fs.readFileSync(path.join(VALID_DIR, 'fixture-line.json'), 'utf8');
    const file = path.join(dir, 'fixture-line.json');
    fs.writeFileSync(file, src);
    const a = getDataset('fixture-line', dir, 'en');
    expect(getDataset('fixture-line', dir, 'en')).toBe(a);
    const changed = src.replace('"Output rose', '"Output grew');
    fs.writeFileSync(file, changed);
    fs.utimesSync(file, new Date(), new Date(Date.now() + 5000));
    expect(getDataset('fixture-line', dir, 'en').title.startsWith('Output grew')).toBe(true);
    fs.rmSync(dir, { recursive: true });
  });

});

describe('datasetToCsv', () => {
  it('writes a line chart with its sources; unknown values are empty', () => {
    const csv = datasetToCsv(getDataset('fixture-line', VALID_DIR, 'en'), 'en');
    expect(csv.split('\r\n')).toEqual([
      'date,label,value,qualifier,value_text,units,note,speaker,quote,source,source_date',
      '2021-01,January 2021,10000000,,10 million,widgets per month,,Fixture Co,ten million in January,Fixture news report,2021-06-15',
      '2021-02,February 2021,,,Not reported,widgets per month,Not given.,Fixture Co,ten million in January,Fixture news report,2021-06-15',
      '2021-03,March 2021,12000000,,12 million,widgets per month,,Fixture Co,12 million in March,Fixture news report,2021-06-15',
      '2021-04,April 2021,16000000,about,about 16 million,widgets per month,,Fixture Co,about 16 million in April,Fixture news report,2021-06-15',
      '',
    ]);
  });

  it('quotes cells with commas and quotes', () => {
    const csv = datasetToCsv(getDataset('fixture-comparison', VALID_DIR, 'en'), 'en');
    expect(csv).toContain('"per month, usually"');
    expect(csv).toContain('North; South');
    const tl = datasetToCsv(getDataset('fixture-timeline', VALID_DIR, 'en'), 'en');
    expect(tl.split('\r\n')[0]).toBe('date,time,event,date_quote,note,speaker,quote,source,source_date');
    expect(tl).toContain('2021-06-14,evening,The deal is welcomed,Monday evening,,Fixture minister,good news');
  });

  it('quotes a cell with a double quote or a line break, and doubles the quote', () => {
    const ds = getDataset('fixture-line', VALID_DIR, 'en');
    const noted = { ...ds, values: [{ ...ds.values[0], note: 'Said "no",\nthen left' }] } as typeof ds;
    const lines = datasetToCsv(noted, 'en').split('\r\n');
    expect(lines[1]).toBe(
      '2021-01,January 2021,10000000,,10 million,widgets per month,"Said ""no"",\nthen left",Fixture Co,ten million in January,Fixture news report,2021-06-15',
    );
    expect(lines).toHaveLength(3);
  });

  it('reads back, cell by cell, as the values in the data file', () => {
    const file = JSON.parse(fs.readFileSync(path.join(VALID_DIR, 'fixture-comparison.json'), 'utf8'));
    const csv = datasetToCsv(getDataset('fixture-comparison', VALID_DIR, 'en'), 'en');
    expect(csv.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    const [header, ...rows] = csvParseRows(csv.replace(/\r\n$/, ''));
    const col = (row: string[], name: string) => row[header.indexOf(name)];
    expect(rows).toHaveLength(file.values.length);
    file.values.forEach((v: Record<string, unknown>, i: number) => {
      expect(col(rows[i], 'label')).toBe(v.label);
      expect(col(rows[i], 'basis')).toBe(v.basis);
      expect(Number(col(rows[i], 'value'))).toBe(v.value);
      expect(col(rows[i], 'quote')).toBe(v.quote);
      expect(col(rows[i], 'source_date')).toBe(file.sources[0].date);
    });
  });
});
