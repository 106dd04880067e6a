import type { ColumnDataset, ComparisonDataset } from '@/lib/data/schema';
import type { BarsLayout } from '@/lib/charts/layout-bars';
import { LIGHT } from '@/lib/charts/palette';
import { ChartMark } from './ChartMark';
import { SvgText } from './SvgText';
import { splitPatternId } from './ChartPatterns';
import type { Lang } from '@/lib/i18n/lang';

export interface BarMarksProps {
  /** The dataset (for labels and sources). */
  dataset: ColumnDataset | ComparisonDataset;
  /** Geometry from layoutBars. */
  layout: BarsLayout;
  /** Prefix of the SVG's pattern ids. */
  idBase: string;
  /** Edition whose words and number style the marks' names and tooltips use (default English). */
  lang: Lang;
}

/** Horizontal bars with the label above and the value at the end; lower bounds get an arrow. */
export function BarMarks({ dataset, layout, idBase, lang }: BarMarksProps) {
  return (
    <>
      {layout.rows.map((row) => (
        <ChartMark
          lang={lang}
          key={`row-${row.index}`}
          dataset={dataset}
          value={row.value}
          dataValue={row.value.value === null ? '' : String(row.value.value)}
          hit={row.hit}
        >
          {row.labelLines.map((t, i) => (
            <SvgText key={`l${i}`} item={t} />
          ))}
          {row.basisLines.map((t, i) => (
            <SvgText key={`b${i}`} item={t} />
          ))}
          {row.bar && (
            <rect
              {...row.bar}
              fill={row.split ? `url(#${splitPatternId(idBase)})` : LIGHT.mark}
              className={row.split ? 'chart-bar chart-bar--split' : 'chart-bar'}
              data-qualifier={row.value.qualifier}
            />
          )}
          {row.arrow && <path d={row.arrow} fill={LIGHT.mark} className="chart-bound" />}
          <SvgText item={row.valueLabel} />
          {row.split && (
            <>
              <path d={row.split.bracket} fill="none" stroke={LIGHT.axis} strokeWidth={1.5} className="chart-bracket" />
              {row.split.lines.map((t, i) => (
                <SvgText key={`s${i}`} item={t} />
              ))}
            </>
          )}
        </ChartMark>
      ))}
    </>
  );
}
