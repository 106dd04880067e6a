/** CSV export of a dataset (RFC 4180: comma separated, CRLF line ends, quoted where needed). */
import { csvFormatRow } from 'd3-dsv';
import type { Dataset, DatasetValue, Qualifier } from '@/lib/data/schema';
import { formatValueFull } from './format';
import { sourceOf } from './describe';
import { chartText } from '@/lib/i18n/charts';
import type { Lang } from '@/lib/i18n/lang';

type Cell = string | number | null | undefined;

/** What a spreadsheet runs as a formula when a cell starts with it (OWASP, "CSV injection"). */
const FORMULA_START = /^[=+\-@\t\r]/;
/** A negative number, as a text cell may hold one ("-5", "-1,5", "-12 %"): a number, not a formula. */
const NEGATIVE_NUMBER = /^-\d[\d.,\u00a0\u202f ]*%?$/;

/**
 * One cell. Text a spreadsheet would take for a formula gets a leading single quote, which shows
 * it as text, and is always quoted, as OWASP recommends; numbers, "-5" included, stay as they are.
 */
function cell(value: Cell): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string' && FORMULA_START.test(value) && !NEGATIVE_NUMBER.test(value)) return `"'${value.replace(/"/g, '""')}"`;
  return csvFormatRow([String(value)]);
}

const row = (cells: Cell[]) => cells.map(cell).join(',');

/**
 * One row per value, with its source. Unknown values have an empty `value` and
 * "Not reported" in `value_text`. Columns depend on the chart kind. In French the headers, the
 * words and `value_text` are French; numbers, dates and ids are the same in both editions, and
 * the quotations stay in English (their column says so).
 */
export function datasetToCsv(ds: Dataset, lang: Lang): string {
  const t = chartText(lang);
  const h = t.csv;
  const word = (q: Qualifier | undefined) => q && t.csvWords[q];
  const text = (value: number | null, q?: Qualifier) => formatValueFull(value, q, lang);
  const src = (v: DatasetValue) => {
    const s = sourceOf(ds, v);
    return [v.speaker, v.quote, s.name, s.date];
  };
  const tail = [h.speaker, h.quote, h.source, h.sourceDate];
  const lines: string[] = [];
  switch (ds.chart) {
    case 'line':
      lines.push(row([h.date, h.label, h.value, h.qualifier, h.valueText, h.units, h.note, ...tail]));
      for (const v of ds.values) {
        lines.push(row([v.date, v.label, v.value, word(v.qualifier), text(v.value, v.qualifier), ds.units, v.note, ...src(v)]));
      }
      break;
    case 'column':
    case 'comparison':
      lines.push(row([h.label, h.basis, h.value, h.qualifier, h.valueText, h.units, h.split, h.note, ...tail]));
      for (const v of ds.values) {
        const split = 'splitNotReported' in v && v.splitNotReported ? v.splitNotReported.join('; ') : '';
        lines.push(row([v.label, v.basis, v.value, word(v.qualifier), text(v.value, v.qualifier), ds.units, split, v.note, ...src(v)]));
      }
      break;
    case 'map': {
      // from/to are the data file's place ids; the place names follow them for readers.
      const place = (id: string) => ds.places.find((p) => p.id === id)?.name ?? id;
      lines.push(
        row([h.kind, h.label, h.from, h.to, h.fromPlace, h.toPlace, h.basis, h.value, h.qualifier, h.valueText, h.units, h.split, h.note, ...tail]),
      );
      for (const v of ds.values) {
        const flow = v.kind === 'flow' ? v : undefined;
        lines.push(
          row([
            t.csvWords[v.kind],
            v.label,
            v.from,
            v.to.join('; '),
            place(v.from),
            v.to.map(place).join('; '),
            flow?.basis,
            flow?.value,
            word(flow?.qualifier),
            flow ? text(flow.value, flow.qualifier) : '',
            flow ? ds.units : '',
            flow?.splitNotReported?.join('; '),
            v.note,
            ...src(v),
          ]),
        );
      }
      break;
    }
    case 'timeline':
      lines.push(row([h.date, h.time, h.event, h.dateQuote, h.note, ...tail]));
      for (const v of ds.values) lines.push(row([v.date, v.time, v.label, v.dateQuote, v.note, ...src(v)]));
      break;
  }
  // RFC 4180 asks for CRLF; d3-dsv's csvFormatRows would join the rows with \n.
  return `${lines.join('\r\n')}\r\n`;
}
