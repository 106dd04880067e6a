import type { LineDataset } from '@/lib/data/schema';
import type { LineLayout } from '@/lib/charts/layout-line';
import { LIGHT } from '@/lib/charts/palette';
import { ChartMark } from './ChartMark';
import { SvgText } from './SvgText';
import { gapPatternId } from './ChartPatterns';
import type { Lang } from '@/lib/i18n/lang';

export interface LineMarksProps {
  /** The dataset (for labels and sources). */
  dataset: LineDataset;
  /** Geometry from layoutLine. */
  layout: LineLayout;
  /** Prefix of the SVG's pattern ids. */
  idBase: string;
  /** Edition whose words and number style the marks' names and tooltips use (default English). */
  lang: Lang;
}

/** Line chart body: gridlines, gap bands for unknown values, the broken line and labelled points. */
export function LineMarks({ dataset, layout, idBase, lang }: LineMarksProps) {
  const font = layout.xLabels[0]?.size ?? 20;
  return (
    <>
      <g aria-hidden="true">
        {layout.grid.map((g) => (
          <line
            key={`grid-${g.value}`}
            x1={0}
            x2={layout.width}
            y1={g.y}
            y2={g.y}
            stroke={g.value === 0 ? LIGHT.axis : LIGHT.grid}
            strokeWidth={g.value === 0 ? 1.5 : 1}
            className={g.value === 0 ? 'chart-baseline' : 'chart-grid'}
          />
        ))}
        {layout.grid.map((g) => (
          <SvgText key={`grid-label-${g.value}`} item={g.label} />
        ))}
        {layout.gaps.map((gap) => (
          <g key={`gap-${gap.index}`} className="chart-gap" data-gap={gap.value.date}>
            <rect {...gap.band} fill={`url(#${gapPatternId(idBase)})`} className="chart-gap-band" />
            {gap.label.map((t, i) => (
              <SvgText key={i} item={t} />
            ))}
          </g>
        ))}
        {layout.path.includes('L') && (
          <path
            d={layout.path}
            fill="none"
            stroke={LIGHT.mark}
            strokeWidth={Math.round(font * 0.16)}
            strokeLinejoin="round"
            strokeLinecap="round"
            className="chart-line"
          />
        )}
        {layout.xLabels.map((t, i) => (
          <SvgText key={`x-${i}`} item={t} />
        ))}
      </g>
      {layout.points.map((p) => {
        const hitR = Math.max(p.r * 2.5, font * 0.9);
        return (
          <ChartMark
            lang={lang}
            key={`point-${p.index}`}
            dataset={dataset}
            value={p.value}
            dataValue={String(p.value.value)}
            hit={{ x: p.x - hitR, y: p.y - hitR, width: 2 * hitR, height: 2 * hitR }}
            shape="circle"
          >
            <circle cx={p.x} cy={p.y} r={p.r} fill={LIGHT.mark} className="chart-point" />
            <SvgText item={p.label} />
          </ChartMark>
        );
      })}
    </>
  );
}
