import type { ReactNode } from 'react';
import { annotationsOf, type Dataset, type DatasetValue } from '@/lib/data/schema';
import { rowLabel, sourceOf, splitText } from '@/lib/charts/describe';
import { formatValueFull } from '@/lib/charts/format';
import { rowId, valueKey } from '@/lib/charts/figures';
import { formatDate } from '@/lib/format';

export interface DataTableProps {
  /** The dataset to tabulate. */
  dataset: Dataset;
}

/** Speaker, exact quote and report for one value. */
function SourceCell({ dataset, value }: { dataset: Dataset; value: DatasetValue }) {
  const s = sourceOf(dataset, value);
  return (
    <td className="chart-table-source">
      {value.speaker}: <q>{value.quote}</q>{' '}
      <cite>
        {s.name}, {formatDate(s.date)}
      </cite>
      {'dateQuote' in value && (
        <span className="chart-table-note block">
          Dated from the words <q>{value.dateQuote}</q>
        </span>
      )}
    </td>
  );
}

/** The chart's annotations on the row they point at (a timeline's first event of that day). */
function AnnotationCell({ dataset, at }: { dataset: Dataset; at: string | null }) {
  const notes = at === null ? [] : annotationsOf(dataset).filter((a) => a.at === at);
  return notes.map((a, i) => (
    <span key={i} className="chart-table-note block">
      Note on the chart: {a.text}
    </span>
  ));
}

/** "Show the data": the chart's values as a real table, each with its source. */
export function DataTable({ dataset }: DataTableProps) {
  const id = dataset.id;
  let head: string[];
  let rows: ReactNode[];
  switch (dataset.chart) {
    case 'line':
      head = ['Month', `Value (${dataset.units})`, 'Source'];
      rows = dataset.values.map((v, i) => (
        <tr key={i} id={rowId(id, valueKey(v, 'line'))}>
          <th scope="row">{v.label}</th>
          <td className="chart-table-value">
            {formatValueFull(v.value, v.qualifier)}
            {v.note && <span className="chart-table-note block">{v.note}</span>}
            <AnnotationCell dataset={dataset} at={v.date} />
          </td>
          <SourceCell dataset={dataset} value={v} />
        </tr>
      ));
      break;
    case 'column':
    case 'comparison': {
      const values: DatasetValue[] = dataset.values;
      head = ['Figure', 'Basis', `Value (${dataset.units})`, 'Source'];
      rows = dataset.values.map((v, i) => (
        <tr key={i} id={rowId(id, valueKey(v, dataset.chart))}>
          <th scope="row">{v.label}</th>
          <td>{v.basis ?? ''}</td>
          <td className="chart-table-value">
            {formatValueFull(v.value, v.qualifier)}
            {'splitNotReported' in v && v.splitNotReported && (
              <span className="chart-table-note block">{splitText(v.splitNotReported)}</span>
            )}
            {v.note && <span className="chart-table-note block">{v.note}</span>}
            <AnnotationCell dataset={dataset} at={v.label} />
          </td>
          <SourceCell dataset={dataset} value={values[i]} />
        </tr>
      ));
      break;
    }
    case 'map': {
      // The text a reader without sight gets: every flow and crossing, then the places shown.
      const place = (pid: string) => dataset.places.find((p) => p.id === pid)?.name ?? pid;
      head = ['Flow or crossing', 'From → to', `Value (${dataset.units})`, 'Source'];
      rows = dataset.values.map((v, i) => (
        <tr key={i} id={v.kind === 'flow' ? rowId(id, valueKey(v, 'map')) : undefined}>
          <th scope="row">{rowLabel(v)}</th>
          <td>
            {place(v.from)} → {v.to.map(place).join(' and ')}
          </td>
          <td className="chart-table-value">
            {v.kind === 'flow' ? formatValueFull(v.value, v.qualifier) : 'No figure'}
            {v.kind === 'flow' && v.splitNotReported && <span className="chart-table-note block">{splitText(v.splitNotReported)}</span>}
            {v.note && <span className="chart-table-note block">{v.note}</span>}
          </td>
          <SourceCell dataset={dataset} value={v} />
        </tr>
      ));
      rows.push(
        <tr key="places">
          <th scope="row">Places shown</th>
          <td colSpan={3}>{dataset.places.map((p) => p.name).join('; ')}</td>
        </tr>,
      );
      break;
    }
    case 'timeline':
      head = ['Date', 'Event', 'Source'];
      rows = dataset.values.map((v, i) => (
        <tr key={i}>
          <th scope="row">
            {formatDate(v.date, 'weekday')}
            {v.time ? `, ${v.time}` : ''}
          </th>
          <td>
            {v.label}
            {v.note && <span className="chart-table-note block">{v.note}</span>}
            <AnnotationCell dataset={dataset} at={i === 0 || dataset.values[i - 1].date !== v.date ? v.date : null} />
          </td>
          <SourceCell dataset={dataset} value={v} />
        </tr>
      ));
      break;
  }
  return (
    <details className="chart-data">
      <summary>Show the data</summary>
      <div className="chart-table-scroll" role="region" aria-labelledby={`${id}-table-caption`} tabIndex={0}>
        <table className="chart-table">
          <caption id={`${id}-table-caption`}>
            Data for “{dataset.title}”
            {dataset.chart === 'timeline' ? '' : ` (${dataset.units})`}
          </caption>
          <thead>
            <tr>
              {head.map((h) => (
                <th key={h} scope="col">
                  {h}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>{rows}</tbody>
        </table>
      </div>
    </details>
  );
}
