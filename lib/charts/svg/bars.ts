import type { ColumnDataset, ComparisonDataset } from '@/lib/data/schema';
import type { Lang } from '@/lib/i18n/lang';
import type { BarsLayout } from '../layout-bars';
import { LIGHT } from '../palette';
import { chartMark } from './mark';
import { el, group } from './node';
import { svgText, svgTexts } from './text';

/** Horizontal bars with the label above and the value at the end; lower bounds get an arrow. */
export function barMarks(dataset: ColumnDataset | ComparisonDataset, layout: BarsLayout, lang: Lang) {
  return layout.rows.map((row) =>
    chartMark(
      { lang, dataset, value: row.value, dataValue: row.value.value === null ? '' : String(row.value.value), hit: row.hit },
      svgTexts(row.labelLines),
      svgTexts(row.basisLines),
      row.bar &&
        // Hatching means "not reported" on every chart: a reported figure is solid, even when its
        // split is not (the line under it says so); a one-off among monthly figures is an outline.
        el('rect', {
          ...(row.otherBasis ? { x: row.bar.x + 1, y: row.bar.y + 1, width: Math.max(row.bar.width - 2, 1), height: row.bar.height - 2 } : row.bar),
          fill: row.otherBasis ? LIGHT.bg : LIGHT.mark,
          stroke: row.otherBasis ? LIGHT.mark : undefined,
          strokeWidth: row.otherBasis ? 2 : undefined,
          className: row.otherBasis ? 'chart-bar chart-bar--other' : 'chart-bar',
          'data-qualifier': row.value.qualifier,
        }),
      row.arrow && el('path', { d: row.arrow, fill: LIGHT.mark, className: 'chart-bound' }),
      svgText(row.valueLabel),
      row.split && group(svgTexts(row.split.lines)),
    ),
  );
}
