import { annotationsOf, type Dataset } from '@/lib/data/schema';
import { markerNotes } from '@/lib/charts/annotations';
import { layoutChart } from '@/lib/charts/layout';
import { VARIANTS, type Variant } from '@/lib/charts/variants';
import type { Lang } from '@/lib/i18n/lang';

export interface ChartNotesProps {
  /** The dataset whose source line (and numbered notes) to show. */
  dataset: Dataset;
  /** Edition the numbered notes are laid out in (default English). */
  lang: Lang;
  /** The layouts the figure draws (default: a story's). */
  variants?: readonly Variant[];
}

/**
 * Under the chart, for readers: the source line only (always visible, printed too); the notes on
 * how each figure was read are kept with the data table (DataTable). Annotations that became
 * numbered markers in a layout are listed first, shown with that layout only.
 */
export function ChartNotes({ dataset, lang, variants = VARIANTS }: ChartNotesProps) {
  const numbered = annotationsOf(dataset).length
    ? variants.map((v) => ({ variant: v.name, notes: markerNotes(layoutChart(dataset, v, lang).annotations) })).filter((x) => x.notes.length)
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
    </div>
  );
}
