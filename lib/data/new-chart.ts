import { isSlug } from '../slug';
import type { ChartKind } from './schema';
import { parseNumberCell, parseTable, type Table } from './table';

/**
 * The start of a chart ("New chart" in the desk): `data/<id>.json` in the project's format, from a
 * pasted table. Every value starts with no source: its `sourceRef`, `speaker` and `quote` are empty,
 * as is the one source's entry, which the data file's schema refuses, so the check lists each value
 * without a source until the editor has written one. Pure; never throws.
 */

/** The kinds a table can start. A map also needs places and their positions, which a table of figures does not hold. */
export const TABLE_KINDS = ['column', 'comparison', 'line', 'timeline'] as const satisfies readonly ChartKind[];
export type TableKind = (typeof TABLE_KINDS)[number];

/** Read by the desk's form: what each kind takes from the table's columns. */
export const KIND_COLUMNS: Record<TableKind, string> = {
  column: 'bars: a label, then a number',
  comparison: 'two or more quantities side by side: a label, then a number',
  line: 'over time: a month written YYYY-MM, then a number',
  timeline: 'dated events: a day written YYYY-MM-DD, then what happened',
};

/** Columns after the first two, recognised by their header. */
const OPTIONAL: Record<TableKind, string[]> = { column: ['basis', 'qualifier', 'note'], comparison: ['basis', 'qualifier', 'note'], line: ['qualifier', 'note'], timeline: ['time', 'note'] };

/** A figure written the French way (1 234,5; 12,5; 1 234 567), which a data file does not take: named in the refusal. */
const FRENCH_NUMBER = /^-?(?:\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?:,\d+)?|\d+,\d{1,2})$/;

/** A chart with more values than this is not readable, and its file would pass the data file's size limit. */
export const MAX_ROWS = 1_000;

export type NewChartInput = { id: string; title: string; kind: string; table: string };
export type NewChartField = 'id' | 'title' | 'kind' | 'table';
export type NewChartResult = { ok: true; rel: string; text: string; values: number } | { ok: false; field: NewChartField; message: string };

const refuse = (field: NewChartField, message: string): NewChartResult => ({ ok: false, field, message });

/** "January 2021" for "2021-01": the label a line chart's month takes, in the fixtures' and the real data's form. */
function monthLabel(date: string): string {
  const m = /^(\d{4})-(0[1-9]|1[0-2])(?:-\d{2})?$/.exec(date);
  if (!m) return date;
  return new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, 1)).toLocaleDateString('en-US', { month: 'long', year: 'numeric', timeZone: 'UTC' });
}

/** One object on one line, as the data files write their values: each problem then points at its row. */
const oneLine = (o: Record<string, unknown>) => `{ ${Object.entries(o).map(([k, v]) => `${JSON.stringify(k)}: ${JSON.stringify(v)}`).join(', ')} }`;

export function newChartFile(input: NewChartInput): NewChartResult {
  const id = String(input.id ?? '').trim();
  const title = String(input.title ?? '').trim();
  const asked = String(input.kind ?? '');
  if (!isSlug(id)) return refuse('id', `expected lowercase words without accents joined by hyphens, like widget-orders, found ${id ? JSON.stringify(id) : 'nothing'}`);
  if (!title) return refuse('title', 'expected a title that states what the chart shows, found nothing');
  if (!(TABLE_KINDS as readonly string[]).includes(asked)) {
    return refuse('kind', `expected one of ${TABLE_KINDS.join(', ')}, found ${asked ? JSON.stringify(asked) : 'nothing'}${asked === 'map' ? ' (a map needs places and positions: copy an existing map file instead)' : ''}`);
  }
  const kind = asked as TableKind;
  const parsed = parseTable(String(input.table ?? ''));
  if (!parsed.ok) return refuse('table', parsed.message);
  const values = rowsOf(parsed.table, kind);
  if (typeof values === 'string') return refuse('table', values);
  // Unknown fields are refused by the schema, so nothing else goes in; the units are the numbers' column heading.
  const units = kind === 'timeline' ? 'TK: what is counted, e.g. events' : parsed.table.header[1];
  const head = { id, title, chart: kind, units, sourceLine: 'Source: TK, as reported TK' };
  const text = [
    '{',
    ...Object.entries(head).map(([k, v]) => `  ${JSON.stringify(k)}: ${JSON.stringify(v)},`),
    '  "notes": [],',
    '  "sources": [',
    `    ${oneLine({ id: '', name: '', date: '' })}`,
    '  ],',
    '  "values": [',
    values.map((v) => `    ${oneLine(v)}`).join(',\n'),
    '  ]',
    '}',
    '',
  ].join('\n');
  return { ok: true, rel: `data/${id}.json`, text, values: values.length };
}

/** The values in the kind's shape, or a message naming the row and column at fault. */
function rowsOf(table: Table, kind: TableKind): Record<string, unknown>[] | string {
  const { header, rows } = table;
  if (header.length < 2) return `expected at least two columns (${KIND_COLUMNS[kind]}), found ${header.length}`;
  const extra = header.slice(2).map((h) => h.toLowerCase());
  const unknown = extra.findIndex((h) => !OPTIONAL[kind].includes(h));
  if (unknown >= 0) return `expected the columns after the second to be headed ${OPTIONAL[kind].map((h) => `"${h}"`).join(', ')} (or left out), found "${header[unknown + 2]}" in column ${unknown + 3}`;
  if (rows.length > MAX_ROWS) return `expected at most ${MAX_ROWS.toLocaleString('en-US')} rows of values, found ${rows.length.toLocaleString('en-US')}`;
  const out: Record<string, unknown>[] = [];
  for (const { row, cells } of rows) {
    const optional = Object.fromEntries(extra.map((h, i) => [h, cells[i + 2]]).filter(([, v]) => v !== ''));
    const source = { sourceRef: '', speaker: '', quote: '' };
    if (kind === 'timeline') {
      out.push({ date: cells[0], ...(optional.time ? { time: optional.time } : {}), label: cells[1], dateQuote: '', ...(optional.note ? { note: optional.note } : {}), ...source });
      continue;
    }
    const value = parseNumberCell(cells[1]);
    if (value === undefined) return `row ${row}, column ${JSON.stringify(header[1])}: expected a number such as 1234567, 1,234,567 or 12.5 (or an empty cell for a value not reported), found ${JSON.stringify(cells[1].slice(0, 40))}${FRENCH_NUMBER.test(cells[1].trim()) ? ': a number written the French way; write it with a point before the decimals and no spaces (1234.5 for 1 234,5)' : ''}`;
    const { basis, qualifier, note } = optional;
    const labelled = kind === 'line' ? { date: cells[0], label: monthLabel(cells[0]) } : { label: cells[0], ...(basis ? { basis } : {}) };
    out.push({ ...labelled, value, ...(qualifier ? { qualifier } : {}), ...(note ? { note } : {}), ...source });
  }
  return out;
}
