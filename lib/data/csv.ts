/** CSV export of a dataset (RFC 4180: comma separated, CRLF line ends, quoted where needed). */
import { csvFormatRow } from 'd3-dsv';
import type { Dataset, DatasetValue } from './schema';
import { formatValueFull } from '@/lib/charts/format';
import { sourceOf } from '@/lib/charts/describe';

type Cell = string | number | null | undefined;

const row = (cells: Cell[]) => csvFormatRow(cells.map((c) => (c === null || c === undefined ? '' : String(c))));

/**
 * One row per value, with its source. Unknown values have an empty `value` and
 * "Not reported" in `value_text`. Columns depend on the chart kind.
 */
export function datasetToCsv(ds: Dataset): string {
  const src = (v: DatasetValue) => {
    const s = sourceOf(ds, v);
    return [v.speaker, v.quote, s.name, s.date];
  };
  const tail = ['speaker', 'quote', 'source', 'source_date'];
  const lines: string[] = [];
  switch (ds.chart) {
    case 'line':
      lines.push(row(['date', 'label', 'value', 'qualifier', 'value_text', 'units', 'note', ...tail]));
      for (const v of ds.values) {
        lines.push(
          row([v.date, v.label, v.value, v.qualifier, formatValueFull(v.value, v.qualifier), ds.units, v.note, ...src(v)]),
        );
      }
      break;
    case 'column':
    case 'comparison':
      lines.push(
        row(['label', 'basis', 'value', 'qualifier', 'value_text', 'units', 'split_not_reported', 'note', ...tail]),
      );
      for (const v of ds.values) {
        const split = 'splitNotReported' in v && v.splitNotReported ? v.splitNotReported.join('; ') : '';
        lines.push(
          row([
            v.label,
            v.basis,
            v.value,
            v.qualifier,
            formatValueFull(v.value, v.qualifier),
            ds.units,
            split,
            v.note,
            ...src(v),
          ]),
        );
      }
      break;
    case 'map': {
      // from/to are the data file's place ids; the place names follow them for readers.
      const place = (id: string) => ds.places.find((p) => p.id === id)?.name ?? id;
      lines.push(row(['kind', 'label', 'from', 'to', 'from_place', 'to_place', 'basis', 'value', 'qualifier', 'value_text', 'units', 'split_not_reported', 'note', ...tail]));
      for (const v of ds.values) {
        const flow = v.kind === 'flow' ? v : undefined;
        lines.push(
          row([
            v.kind,
            v.label,
            v.from,
            v.to.join('; '),
            place(v.from),
            v.to.map(place).join('; '),
            flow?.basis,
            flow?.value,
            flow?.qualifier,
            flow ? formatValueFull(flow.value, flow.qualifier) : '',
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
      lines.push(row(['date', 'time', 'event', 'date_quote', 'note', ...tail]));
      for (const v of ds.values) lines.push(row([v.date, v.time, v.label, v.dateQuote, v.note, ...src(v)]));
      break;
  }
  // RFC 4180 asks for CRLF; d3-dsv's csvFormatRows would join the rows with \n.
  return `${lines.join('\r\n')}\r\n`;
}
