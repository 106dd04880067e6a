import { attribution } from '@/lib/charts/describe';
import { figureValues, formatFigure } from '@/lib/charts/figures';
import type { Dataset } from '@/lib/data/schema';
import { chartText } from '@/lib/i18n/charts';
import type { Lang } from '@/lib/i18n/lang';

function reported(dataset: Dataset, key: string) {
  const value = figureValues(dataset).find((v) => v.key === key);
  // The loader refuses a figure that names no reported value; reaching this is a bug.
  if (!value || value.value === null) throw new Error(`${dataset.id}: no reported value "${key}"`);
  return { ...value, value: value.value };
}

/** The figure as plain text, for feed readers: "about six million" ("environ 6 millions"). */
export const figureText = (dataset: Dataset, key: string, lang: Lang) => {
  const value = reported(dataset, key);
  return formatFigure(value.value, value.qualifier, lang);
};

type Props = {
  /** The chart whose data holds the figure. */
  dataset: Dataset;
  /** The value's key: its month on a line chart ("2020-03"), else its label. */
  valueKey: string;
  /** Where its row in the data table is. */
  href: string;
  /** Edition: the figure in its style, the source in its words (default English). */
  lang: Lang;
};

/**
 * A figure in the prose, written from the data in house style ("about six million"), linked to
 * its row in the chart's table; screen readers hear its source with it.
 */
export function FigureText({ dataset, valueKey, href, lang }: Props) {
  const value = reported(dataset, valueKey);
  return (
    <a href={href} className="figure-ref">
      <data value={value.value}>{formatFigure(value.value, value.qualifier, lang)}</data>
      {/* Heard with the figure, but not indexed: in a search result's excerpt it read as raw source text. */}
      <span className="sr-only" data-pagefind-ignore="">
        {chartText(lang).figureSource(attribution(dataset, value, lang))}
      </span>
    </a>
  );
}
