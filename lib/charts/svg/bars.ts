import type { ColumnDataset, ComparisonDataset } from '@/lib/data/schema';
import type { Lang } from '@/lib/i18n/lang';
import type { BarsLayout } from '../layout-bars';
import { LIGHT } from '../palette';
import { chartMark } from './mark';
import { el, group } from './node';
import { splitPatternId } from './patterns';
import { svgText, svgTexts } from './text';

/** Horizontal bars with the label above and the value at the end; lower bounds get an arrow. */
export function barMarks(dataset: ColumnDataset | ComparisonDataset, layout: BarsLayout, idBase: string, lang: Lang) {
  return layout.rows.map((row) =>
    chartMark(
      { lang, dataset, value: row.value, dataValue: row.value.value === null ? '' : String(row.value.value), hit: row.hit },
      svgTexts(row.labelLines),
      svgTexts(row.basisLines),
      row.bar &&
        el('rect', {
          ...row.bar,
          fill: row.split ? `url(#${splitPatternId(idBase)})` : LIGHT.mark,
          className: row.split ? 'chart-bar chart-bar--split' : 'chart-bar',
          'data-qualifier': row.value.qualifier,
        }),
      row.arrow && el('path', { d: row.arrow, fill: LIGHT.mark, className: 'chart-bound' }),
      svgText(row.valueLabel),
      row.split &&
        group(el('path', { d: row.split.bracket, fill: 'none', stroke: LIGHT.axis, strokeWidth: 1.5, className: 'chart-bracket' }), svgTexts(row.split.lines)),
    ),
  );
}
