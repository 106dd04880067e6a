import fs from 'node:fs';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { newChartFile } from '@/lib/data/new-chart';
import { parseDataset } from '@/lib/data/parse';
import { parseNumberCell, parseTable } from '@/lib/data/table';
import { location, problemMessage } from '@/lib/problems';
import { cpuMs } from '../cpu-time';

/** "New chart" in the desk: a table pasted from a spreadsheet or a CSV file, read without ever throwing. */

const fixture = (name: string) => fs.readFileSync(`tests/unit/desk/fixtures/${name}`, 'utf8');

describe('a pasted table', () => {
  test('CSV with quoted cells holding commas, doubled quotes and an empty cell', () => {
    const result = parseTable(fixture('quoted.csv'));
    expect(result).toEqual({
      ok: true,
      table: {
        delimiter: 'comma',
        header: ['Label', 'Masks, per month', 'note'],
        rows: [
          { row: 2, cells: ['Surgical masks, boxed', '230000000', ''] },
          { row: 3, cells: ['The "big" order', '1,234,567', 'Said twice, once "about"'] },
          { row: 4, cells: ['Bolts', '', 'Not reported.'] },
        ],
      },
    });
  });

  test('TSV copied from a spreadsheet: CRLF, trailing tabs, a blank last row, numbers grouped by spaces and no-break spaces', () => {
    const result = parseTable(fixture('sheet.tsv'));
    expect(result.ok && result.table.delimiter).toBe('tab');
    expect(result.ok && result.table.header).toEqual(['Month', 'Widgets per month', 'qualifier']);
    expect(result.ok && result.table.rows.map((r) => [r.row, parseNumberCell(r.cells[1])])).toEqual([
      [2, 10_000_000],
      [3, 12_000_000],
      [4, 16_000_000],
    ]);
  });

  test('a row with more cells than the header is refused, naming the row and the likely cause', () => {
    expect(parseTable(fixture('ragged.csv'))).toEqual({ ok: false, message: 'row 3 has 4 cells but the header has 2 columns: each row needs one cell per column (put quotes around a cell that holds a comma)' });
  });

  test('empty input, one column, only a header, an unnamed column', () => {
    expect(parseTable('')).toEqual({ ok: false, message: 'expected a table with a header row, pasted from a spreadsheet or a CSV file, found nothing' });
    expect(parseTable(' \n\t\n')).toMatchObject({ ok: false });
    expect(parseTable(',')).toEqual({ ok: false, message: 'expected a table with a header row, pasted from a spreadsheet or a CSV file, found only separators' });
    expect(parseTable('\t\t\n;;\n')).toMatchObject({ ok: false, message: expect.stringMatching(/^expected /) });
    expect(parseTable('Label\nWidgets\n')).toEqual({ ok: false, message: 'expected a header row with at least two columns, separated by tabs (cells copied from a spreadsheet) or commas (CSV), found one column' });
    expect(parseTable('Label,Value\n')).toEqual({ ok: false, message: 'expected at least one row of values under the header row, found only the header' });
    expect(parseTable('Label,,Value\na,b,c')).toEqual({ ok: false, message: 'expected a name for every column in the header row (row 1), found column 2 empty' });
  });

  test('semicolons, where the comma is the decimal mark', () => {
    expect(parseTable('Label;Value\n"a;b";1\n')).toMatchObject({ ok: true, table: { delimiter: 'semicolon', rows: [{ cells: ['a;b', '1'] }] } });
  });

  test('numbers: grouped by commas or any space, decimals with a point; ambiguous or foreign forms are refused', () => {
    const read = (cells: string[]) => cells.map(parseNumberCell);
    expect(read(['1234567', '1,234,567', '1 234 567', '1\u00a0234\u00a0567', '1\u202f234', '12.5', ' 7 ', '', '0'])).toEqual([1234567, 1234567, 1234567, 1234567, 1234, 12.5, 7, null, 0]);
    expect(read(['1,5', '1.234.567', '12,34', '1 234,567', '$5', '5%', 'about 6', 'NaN', 'Infinity', '1e6', '--1', '1,2345'])).toEqual(Array(12).fill(undefined));
  });

  test('10,000 rows are read in well under a second', () => {
    const text = ['Label\tValue', ...Array.from({ length: 10_000 }, (_, i) => `Row ${i}\t${(i * 1000).toLocaleString('en-US')}`)].join('\n');
    const started = cpuMs();
    const result = parseTable(text);
    expect(cpuMs() - started).toBeLessThan(1000);
    expect(result.ok && result.table.rows.length).toBe(10_000);
    expect(result.ok && parseNumberCell(result.table.rows[9999].cells[1])).toBe(9_999_000);
  });

  test('garbage never throws: any text gives a table or a message', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (text) => {
        const result = parseTable(text);
        expect(typeof result.ok).toBe('boolean');
        if (!result.ok) expect(result.message).toMatch(/^expected |^row \d+ /);
        const chart = newChartFile({ id: 'x', title: 't', kind: 'column', table: text });
        if (chart.ok) expect(() => JSON.parse(chart.text)).not.toThrow();
      }),
      { numRuns: 500 },
    );
    // And texts made of the characters a table is made of, where the edge cases are.
    const cells = fc.array(fc.constantFrom(',', '\t', ';', '"', '\n', '\r', ' ', 'a', '1', '\u00a0'), { maxLength: 60 }).map((chars) => chars.join(''));
    fc.assert(
      fc.property(cells, fc.constantFrom('column', 'line', 'timeline'), (text, kind) => {
        const result = parseTable(text);
        if (!result.ok) expect(result.message).toMatch(/^expected |^row \d+ /);
        const chart = newChartFile({ id: 'x', title: 't', kind, table: text });
        if (!chart.ok) expect(chart.message).toMatch(/^expected |^row \d+/);
        else expect(() => JSON.parse(chart.text)).not.toThrow();
      }),
      { numRuns: 2000 },
    );
    expect(parseTable('"unclosed,quote\n1,2').ok).toBe(false);
    expect(parseTable(undefined as unknown as string)).toMatchObject({ ok: false });
  });
});

describe('the new chart file', () => {
  const problemsOf = (text: string, id: string) => parseDataset(text, `content/data/${id}.json`).problems.map((p) => `${location(p)}  ${problemMessage(p)}`);

  test('a column chart: the project format, one value a line, and the check lists each value without a source', () => {
    const result = newChartFile({ id: 'masks-secured', title: 'Masks secured', kind: 'column', table: fixture('quoted.csv') });
    expect(result.ok && result.rel).toBe('data/masks-secured.json');
    const text = result.ok ? result.text : '';
    expect(JSON.parse(text)).toEqual({
      id: 'masks-secured',
      title: 'Masks secured',
      chart: 'column',
      units: 'Masks, per month',
      sourceLine: 'Source: TK, as reported TK',
      notes: [],
      sources: [{ id: '', name: '', date: '' }],
      values: [
        { label: 'Surgical masks, boxed', value: 230000000, sourceRef: '', speaker: '', quote: '' },
        { label: 'The "big" order', value: 1234567, note: 'Said twice, once "about"', sourceRef: '', speaker: '', quote: '' },
        { label: 'Bolts', value: null, note: 'Not reported.', sourceRef: '', speaker: '', quote: '' },
      ],
    });
    const problems = problemsOf(text, 'masks-secured');
    // Each value, on its own line (11, 12, 13 of the file), is refused for its missing source, in the check's words.
    for (const [i, line] of [[0, 12], [1, 13], [2, 14]]) {
      expect(problems.filter((p) => p.startsWith(`content/data/masks-secured.json:${line}:`))).toEqual([
        expect.stringMatching(new RegExp(`^content/data/masks-secured.json:${line}:\\d+  values\\[${i}\\]\\.sourceRef: expected the ID of one of the sources, found "" \\(nothing between the quotation marks\\)$`)),
        expect.stringMatching(new RegExp(`values\\[${i}\\]\\.speaker: expected who said it, found "" \\(nothing between the quotation marks\\)$`)),
        expect.stringMatching(new RegExp(`values\\[${i}\\]\\.quote: expected the exact words from the report, found "" \\(nothing between the quotation marks\\)$`)),
      ]);
    }
    // And the source itself is yet to be named; nothing else is wrong.
    expect(problems.filter((p) => !/values\[\d\]\.(sourceRef|speaker|quote)/.test(p))).toEqual([
      'content/data/masks-secured.json:9:7  sources[0].id: expected a source ID, found "" (nothing between the quotation marks)',
      'content/data/masks-secured.json:9:17  sources[0].name: expected the report\'s name or description, found "" (nothing between the quotation marks)',
      'content/data/masks-secured.json:9:29  sources[0].date: expected the report\'s publication date written "YYYY-MM-DD", found "" (nothing between the quotation marks)',
    ]);
  });

  test('once every value has a source, the file the desk started is valid: only the sources were missing', () => {
    for (const kind of ['column', 'comparison', 'line', 'timeline']) {
      const table = kind === 'line' ? fixture('sheet.tsv') : kind === 'timeline' ? 'Day\tEvent\n2021-06-14\tThe deal\n2021-06-15\tThe order\n' : 'Label,Value\nA,1\nB,2\n';
      const result = newChartFile({ id: `a-${kind}`, title: 'A chart', kind, table });
      expect(result.ok, kind).toBe(true);
      const sourced = (result.ok ? result.text : '')
        .replace('{ "id": "", "name": "", "date": "" }', '{ "id": "r", "name": "Report", "date": "2021-06-16" }')
        .replaceAll('"sourceRef": "", "speaker": "", "quote": ""', '"sourceRef": "r", "speaker": "Someone", "quote": "the words"')
        .replaceAll('"dateQuote": ""', '"dateQuote": "on Monday"');
      expect(problemsOf(sourced, `a-${kind}`), kind).toEqual([]);
    }
  });

  test('a line chart takes its labels from the months; a timeline has an empty dateQuote to fill from the report', () => {
    const line = newChartFile({ id: 'output', title: 'Output', kind: 'line', table: fixture('sheet.tsv') });
    expect(line.ok && JSON.parse(line.text).values.map((v: { label: string; qualifier?: string }) => [v.label, v.qualifier])).toEqual([
      ['January 2021', undefined],
      ['March 2021', undefined],
      ['April 2021', 'about'],
    ]);
    const timeline = newChartFile({ id: 'days', title: 'Days', kind: 'timeline', table: 'Day,Event,time\n2021-06-14,The deal,evening\n' });
    expect(timeline.ok && JSON.parse(timeline.text).values).toEqual([{ date: '2021-06-14', time: 'evening', label: 'The deal', dateQuote: '', sourceRef: '', speaker: '', quote: '' }]);
    expect(timeline.ok && problemsOf(timeline.text, 'days')).toContainEqual(expect.stringContaining('values[0].dateQuote: expected the report\'s words that date the event, found ""'));
  });

  test('each mistake is refused with the field it belongs to', () => {
    const good = { id: 'ok', title: 'T', kind: 'column', table: 'L,V\na,1\n' };
    expect(newChartFile({ ...good, id: 'Not a slug' })).toEqual({ ok: false, field: 'id', message: 'expected lowercase words without accents joined by hyphens, like widget-orders, found "Not a slug"' });
    expect(newChartFile({ ...good, title: '  ' })).toEqual({ ok: false, field: 'title', message: 'expected a title that states what the chart shows, found nothing' });
    expect(newChartFile({ ...good, kind: 'map' })).toMatchObject({ ok: false, field: 'kind', message: expect.stringContaining('a map needs places and positions') });
    expect(newChartFile({ ...good, table: 'L,V\na,lots\n' })).toEqual({ ok: false, field: 'table', message: 'row 2, column "V": expected a number such as 1234567, 1,234,567 or 12.5 (or an empty cell for a value not reported), found "lots"' });
    // A figure written the French way is named as such, with what to write instead.
    for (const french of ['1 234,5', '12,5']) {
      expect(newChartFile({ ...good, table: `L\tV\na\t${french}\n` })).toEqual({ ok: false, field: 'table', message: `row 2, column "V": expected a number such as 1234567, 1,234,567 or 12.5 (or an empty cell for a value not reported), found ${JSON.stringify(french)}: a number written the French way; write it with a point before the decimals and no spaces (1234.5 for 1 234,5)` });
    }
    expect(newChartFile({ ...good, table: 'L\tV\na\t1,234\n' })).toMatchObject({ ok: true });
    expect(newChartFile({ ...good, table: `L,V,colour\na,1,red\n` })).toEqual({ ok: false, field: 'table', message: 'expected the columns after the second to be headed "basis", "qualifier", "note" (or left out), found "colour" in column 3' });
    const big = ['L\tV', ...Array.from({ length: 10_000 }, (_, i) => `r${i}\t${i}`)].join('\n');
    expect(newChartFile({ ...good, table: big })).toEqual({ ok: false, field: 'table', message: 'expected at most 1,000 rows of values, found 10,000' });
  });
});
