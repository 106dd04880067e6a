import type { Dataset } from '@/lib/data/schema';

export interface ChartNotesProps {
  /** The dataset whose source line and notes to show. */
  dataset: Dataset;
}

/** Source line and notes under the chart (always visible, printed too). */
export function ChartNotes({ dataset }: ChartNotesProps) {
  return (
    <div className="chart-foot">
      <p className="chart-source">{dataset.sourceLine}</p>
      {dataset.notes.length > 0 && (
        <ul className="chart-notes">
          {dataset.notes.map((n, i) => (
            <li key={i}>{n}</li>
          ))}
        </ul>
      )}
    </div>
  );
}
