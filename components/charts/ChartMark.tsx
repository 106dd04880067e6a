import type { ReactNode } from 'react';
import type { Dataset, DatasetValue } from '@/lib/data/schema';
import { attribution, markLabel, markText } from '@/lib/charts/describe';
import type { Box } from '@/lib/charts/text';
import type { Lang } from '@/lib/i18n/lang';

export interface ChartMarkProps {
  /** Dataset the value belongs to (for the label and source). */
  dataset: Dataset;
  /** The value or event this mark shows. */
  value: DatasetValue;
  /** Raw value for `data-value`: the number, or the date for timeline events. */
  dataValue: string;
  /** Area that reacts to hover/tap and shows the focus ring. */
  hit: Box;
  /** Shape of the focus area. */
  shape?: 'rect' | 'circle';
  /** The visible mark (and its labels). */
  children: ReactNode;
  /** Accessible name and source, when the mark shows more than one row (a map's crossing). */
  described?: { label: string; source: string };
  /** Edition whose words and number style the marks' names and tooltips use (default English). */
  lang: Lang;
}

const defaults = { shape: 'rect' } as const;

/**
 * A focusable data mark: keyboard users tab through marks, screen readers read the exact value
 * and its source from aria-label, the page script shows the same in a tooltip.
 */
export function ChartMark(props: ChartMarkProps) {
  const { dataset, value, dataValue, hit, children, lang } = props;
  const shape = props.shape ?? defaults.shape;
  const pad = 4;
  return (
    <g
      tabIndex={0}
      role="img"
      aria-label={props.described?.label ?? markLabel(dataset, value, lang)}
      data-value={dataValue}
      data-tip={markText(dataset, value, lang)}
      data-source={props.described?.source ?? attribution(dataset, value, lang)}
      className="chart-mark"
    >
      {shape === 'circle' ? (
        <circle
          cx={hit.x + hit.width / 2}
          cy={hit.y + hit.height / 2}
          r={hit.width / 2}
          fill="transparent"
          className="chart-hit"
        />
      ) : (
        <rect
          x={Math.max(hit.x - pad, 0)}
          y={hit.y - pad}
          width={hit.width + Math.min(hit.x, pad) + pad}
          height={hit.height + 2 * pad}
          rx={6}
          fill="transparent"
          className="chart-hit"
        />
      )}
      {children}
    </g>
  );
}
