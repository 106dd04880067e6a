import type { ReactNode } from 'react';
import { annotationsOf, type Dataset, type DatasetValue } from '@/lib/data/schema';
import { eventWhen, isNewsReport, rowLabel, sourceOf, splitText } from '@/lib/charts/describe';
import { formatValueFull } from '@/lib/charts/format';
import { keyOf, rowId } from '@/lib/charts/figures';
import { formatDateShown, formatList } from '@/lib/i18n/intl';
import { chartText, typeset } from '@/lib/i18n/charts';
import { frenchNoBreaks } from '@/lib/i18n/french';
import { sentenceStart, type Lang } from '@/lib/i18n/lang';

export interface DataTableProps {
  /** The dataset to tabulate. */
  dataset: Dataset;
  /** Edition of the headers and numbers (default English). */
  lang: Lang;
}

/**
 * Speaker, exact quote and report for one value. An edition that translates the chart shows the
 * quotation, which stays in English, in a column of its own, marked as English for screen readers.
 */
function SourceCells({ dataset, value, lang }: { dataset: Dataset; value: DatasetValue; lang: Lang }) {
  const s = sourceOf(dataset, value);
  const t = chartText(lang);
  const dated = 'dateQuote' in value && (
    <span className="chart-table-note block">
      {t.datedFrom} <q lang={t.head.original ? 'en' : undefined}>{value.dateQuote}</q>
    </span>
  );
  const cite = (
    <cite>
      {s.name}, {formatDateShown(s.date, 'long', lang)}
    </cite>
  );
  // Unnamed reporting is credited to the report, which the cite already names.
  const speaker = isNewsReport(value.speaker, lang) ? null : value.speaker;
  if (t.head.original) {
    return (
      <>
        <td className="chart-table-source">
          {speaker && `${speaker}, `}
          {cite}
          {dated}
        </td>
        <td className="chart-table-source">
          <q lang="en">{value.quote}</q>
        </td>
      </>
    );
  }
  return (
    <td className="chart-table-source">
      {speaker && `${speaker}: `}
      <q>{value.quote}</q> {cite}
      {dated}
    </td>
  );
}

/** The chart's annotations on the row they point at (a timeline's first event of that day), a translated quotation with its original words. */
function AnnotationCell({ dataset, at, lang }: { dataset: Dataset; at: string | null; lang: Lang }) {
  const t = chartText(lang);
  const notes = at === null ? [] : annotationsOf(dataset).filter((a) => a.at === at);
  return notes.map((a, i) => (
    <span key={i} className="chart-table-note block">
      {t.noteOnChart} {a.text}
      {a.original && (
        <>
          {' '}
          ({t.originalWords} <q lang="en">{a.original}</q>)
        </>
      )}
    </span>
  ));
}

/** "Show the data": the chart's values as a real table, each with its source. */
export function DataTable({ dataset, lang }: DataTableProps) {
  const id = dataset.id;
  const t = chartText(lang);
  const tail = [t.head.source, ...(t.head.original ? [t.head.original] : [])];
  const value = (v: number | null, q?: Parameters<typeof formatValueFull>[1]) => formatValueFull(v, q, lang);
  let head: string[];
  let rows: ReactNode[];
  switch (dataset.chart) {
    case 'line':
      head = [t.head.month, t.head.value(dataset.units), ...tail];
      rows = dataset.values.map((v, i) => (
        <tr key={i} id={rowId(id, keyOf(dataset, v))}>
          <th scope="row">{v.label}</th>
          <td className="chart-table-value">
            {value(v.value, v.qualifier)}
            {v.note && <span className="chart-table-note block">{v.note}</span>}
            <AnnotationCell dataset={dataset} at={v.date} lang={lang} />
          </td>
          <SourceCells dataset={dataset} value={v} lang={lang} />
        </tr>
      ));
      break;
    case 'column':
    case 'comparison': {
      const values: DatasetValue[] = dataset.values;
      head = [t.head.figure, t.head.basis, t.head.value(dataset.units), ...tail];
      rows = dataset.values.map((v, i) => (
        <tr key={i} id={rowId(id, keyOf(dataset, values[i]))}>
          <th scope="row">{v.label}</th>
          <td>{v.basis ?? ''}</td>
          <td className="chart-table-value">
            {value(v.value, v.qualifier)}
            {'splitNotReported' in v && v.splitNotReported && (
              <span className="chart-table-note block">{splitText(v.splitNotReported, lang)}</span>
            )}
            {v.note && <span className="chart-table-note block">{v.note}</span>}
            <AnnotationCell dataset={dataset} at={v.label} lang={lang} />
          </td>
          <SourceCells dataset={dataset} value={values[i]} lang={lang} />
        </tr>
      ));
      break;
    }
    case 'map': {
      // The text a reader without sight gets: every flow and crossing, then the places shown.
      const place = (pid: string) => dataset.places.find((p) => p.id === pid)?.name ?? pid;
      head = [t.head.flow, t.head.route, t.head.value(dataset.units), ...tail];
      rows = dataset.values.map((v, i) => (
        <tr key={i} id={v.kind === 'flow' ? rowId(id, keyOf(dataset, v)) : undefined}>
          <th scope="row">{rowLabel(v)}</th>
          <td>
            {place(v.from)} → {formatList(v.to.map(place), lang)}
          </td>
          <td className="chart-table-value">
            {v.kind === 'flow' ? value(v.value, v.qualifier) : t.noFigure}
            {v.kind === 'flow' && v.splitNotReported && <span className="chart-table-note block">{sentenceStart(t.splitUnknown)}</span>}
            {v.note && <span className="chart-table-note block">{v.note}</span>}
          </td>
          <SourceCells dataset={dataset} value={v} lang={lang} />
        </tr>
      ));
      rows.push(
        <tr key="places">
          <th scope="row">{t.placesShown}</th>
          <td colSpan={head.length - 1}>{typeset(dataset.places.map((p) => p.name).join('; '), lang)}</td>
        </tr>,
      );
      break;
    }
    case 'timeline':
      head = [t.head.date, t.head.event, ...tail];
      rows = dataset.values.map((v, i) => (
        <tr key={i}>
          <th scope="row">{lang === 'fr' ? frenchNoBreaks(eventWhen(v, lang)) : eventWhen(v, lang)}</th>
          <td>
            {v.label}
            {v.note && <span className="chart-table-note block">{v.note}</span>}
            <AnnotationCell dataset={dataset} at={i === 0 || dataset.values[i - 1].date !== v.date ? v.date : null} lang={lang} />
          </td>
          <SourceCells dataset={dataset} value={v} lang={lang} />
        </tr>
      ));
      break;
  }
  return (
    <details className="chart-data" data-pagefind-ignore="all">
      <summary>{t.showData}</summary>
      {/* The caption stays outside the scrolling region: inside it, it scrolled with the table and
          a phone cut it off at the screen's edge. It still names the table and the region. */}
      <p className="chart-table-caption" id={`${id}-table-caption`}>
        {t.tableCaption(dataset.title, dataset.chart === 'timeline' ? undefined : dataset.units)}
      </p>
      {/* A phone shows this over a table wider than it; the region scrolls with the arrow keys too. */}
      <p className="chart-table-hint" aria-hidden="true">
        {t.tableScrollHint}
      </p>
      <div className="chart-table-scroll" role="region" aria-labelledby={`${id}-table-caption`} tabIndex={0}>
        <table className="chart-table" aria-labelledby={`${id}-table-caption`}>
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
      {/* The full provenance: how each figure was read from its report. Under the chart, only the source line. */}
      {dataset.notes.length > 0 && (
        <div className="chart-notes-block">
          <p className="chart-notes-heading">{t.notesHeading}</p>
          <ul className="chart-notes">
            {dataset.notes.map((n, i) => (
              <li key={i}>{n}</li>
            ))}
          </ul>
        </div>
      )}
    </details>
  );
}
