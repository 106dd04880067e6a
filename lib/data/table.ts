import { dsvFormat } from 'd3-dsv';

/**
 * A table pasted from a spreadsheet, for "New chart" in the desk. Pure and total: any text gives a
 * table or one message an editor can act on, never an exception. Copying cells from a spreadsheet
 * gives tab-separated text; a CSV file gives commas (or semicolons, where the comma is the decimal
 * mark); quoted cells may hold the separator, quotes ("") and line breaks.
 */

export type Delimiter = 'tab' | 'comma' | 'semicolon';
/** `row` is the spreadsheet's row number: the header is row 1. */
export type TableRow = { row: number; cells: string[] };
export type Table = { delimiter: Delimiter; header: string[]; rows: TableRow[] };
export type TableResult = { ok: true; table: Table } | { ok: false; message: string };

const SEPARATORS: Record<Delimiter, string> = { tab: '\t', comma: ',', semicolon: ';' };

/** The separator the header row uses, counted outside quotes: a tab wins (a spreadsheet's copy), then the commonest of comma and semicolon. */
export function detectDelimiter(text: string): Delimiter | undefined {
  const count = { tab: 0, comma: 0, semicolon: 0 };
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '"') quoted = !quoted;
    else if (!quoted && (c === '\n' || c === '\r')) {
      if (count.tab + count.comma + count.semicolon > 0) break;
    } else if (!quoted && c === '\t') count.tab++;
    else if (!quoted && c === ',') count.comma++;
    else if (!quoted && c === ';') count.semicolon++;
  }
  if (count.tab) return 'tab';
  if (count.comma || count.semicolon) return count.semicolon > count.comma ? 'semicolon' : 'comma';
  return undefined;
}

/** Cells a spreadsheet leaves empty at the end of a row carry nothing. */
const trimEnd = (cells: string[]) => {
  let end = cells.length;
  while (end > 0 && cells[end - 1].trim() === '') end--;
  return cells.slice(0, end);
};

export function parseTable(text: string): TableResult {
  try {
    return parse(typeof text === 'string' ? text.replace(/^\uFEFF/, '') : '');
  } catch (error) {
    // The last line of defence: d3-dsv does not throw on any text we know of.
    return { ok: false, message: `the table could not be read (${String((error as Error)?.message ?? error).slice(0, 100)})` };
  }
}

function parse(text: string): TableResult {
  if (!text.trim()) return { ok: false, message: 'expected a table with a header row, pasted from a spreadsheet or a CSV file, found nothing' };
  const delimiter = detectDelimiter(text);
  if (!delimiter) return { ok: false, message: 'expected a header row with at least two columns, separated by tabs (cells copied from a spreadsheet) or commas (CSV), found one column' };
  const all = dsvFormat(SEPARATORS[delimiter]).parseRows(text);
  const first = all.findIndex((cells) => cells.some((c) => c.trim() !== ''));
  if (first < 0) return { ok: false, message: 'expected a table with a header row, pasted from a spreadsheet or a CSV file, found only separators' };
  const header = trimEnd(all[first]).map((c) => c.trim());
  const blank = header.findIndex((h) => h === '');
  if (blank >= 0) return { ok: false, message: `expected a name for every column in the header row (row ${first + 1}), found column ${blank + 1} empty` };
  const rows: TableRow[] = [];
  for (let i = first + 1; i < all.length; i++) {
    const cells = trimEnd(all[i]);
    if (cells.length === 0) continue;
    if (cells.length > header.length) return { ok: false, message: `row ${i + 1} has ${cells.length} cells but the header has ${header.length} columns: each row needs one cell per column (put quotes around a cell that holds a ${delimiter === 'tab' ? 'tab' : delimiter})` };
    rows.push({ row: i + 1, cells: [...cells, ...Array<string>(header.length - cells.length).fill('')].map((c) => c.trim()) });
  }
  if (!rows.length) return { ok: false, message: 'expected at least one row of values under the header row, found only the header' };
  return { ok: true, table: { delimiter, header, rows } };
}

/** Spaces a spreadsheet or a French locale puts between thousands: space, no-break, narrow no-break, thin. */
const GROUP = '[ ,\u00a0\u202f\u2009]';
const NUMBER = new RegExp(`^-?(?:\\d{1,3}(?:${GROUP}\\d{3})+|\\d+)(?:\\.\\d+)?$`);
const SAME_GROUPS = /^-?\d{1,3}(?:([ ,\u00a0\u202f\u2009])\d{3})?(?:\1\d{3})*(?:\.\d+)?$/;

/**
 * A number cell: 1234567, 1,234,567, 1 234 567 (any kind of space), 12.5. An empty cell is null (an
 * unknown value). Anything else is undefined: "1,5" or "1.234.567" could be read two ways.
 */
export function parseNumberCell(cell: string): number | null | undefined {
  const s = cell.trim();
  if (s === '') return null;
  if (!NUMBER.test(s) || (/[ ,\u00a0\u202f\u2009]/.test(s) && !SAME_GROUPS.test(s))) return undefined;
  const n = Number(s.replace(/[ ,\u00a0\u202f\u2009]/g, ''));
  return Number.isFinite(n) ? n : undefined;
}
