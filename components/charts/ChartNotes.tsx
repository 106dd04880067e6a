import { annotationsOf, type Dataset } from '@/lib/data/schema';
import { markerNotes } from '@/lib/charts/annotations';
import { layoutChart } from '@/lib/charts/layout';
import { VARIANTS } from '@/lib/charts/variants';
import type { Lang } from '@/lib/i18n/lang';

export interface ChartNotesProps {
  /** The dataset whose source line and notes to show. */
  dataset: Dataset;
  /** Edition the numbered notes are laid out in (default English). */
  lang: Lang;
}

/**
 * Source line and notes under the chart (always visible, printed too). Annotations that became
 * numbered markers in a layout are listed first, shown with that layout only.
 */
export function ChartNotes({ dataset, lang }: ChartNotesProps) {
  const numbered = annotationsOf(dataset).length
    ? VARIANTS.map((v) => ({ variant: v.name, notes: markerNotes(layoutChart(dataset, v, lang).annotations) })).filter((x) => x.notes.length)
    : [];
  return (
    <div className="chart-foot">
      {numbered.map(({ variant, notes }) => (
        <ol key={variant} className={`chart-marker-notes chart-marker-notes--${variant}`} data-variant={variant}>
          {notes.map((n) => (
            <li key={n.number} value={n.number}>
              {n.text}
            </li>
          ))}
        </ol>
      ))}
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
