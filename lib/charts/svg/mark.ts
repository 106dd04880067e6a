import type { Dataset, DatasetValue } from '@/lib/data/schema';
import type { Lang } from '@/lib/i18n/lang';
import { attribution, markLabel, markText } from '../describe';
import type { Box } from '../text';
import { el, type SvgChildren } from './node';

export interface ChartMarkInput {
  /** Dataset the value belongs to (for the label and source). */
  dataset: Dataset;
  /** The value or event this mark shows. */
  value: DatasetValue;
  /** Raw value for `data-value`: the number, or the date for timeline events. */
  dataValue: string;
  /** Area that reacts to hover/tap and shows the focus ring. */
  hit: Box;
  /** Shape of the focus area (default a rectangle). */
  shape?: 'rect' | 'circle';
  /** Accessible name and source, when the mark shows more than one row (a map's crossing). */
  described?: { label: string; source: string };
  /** Edition whose words and number style the mark's name and tooltip use. */
  lang: Lang;
}

const PAD = 4;

/**
 * A focusable data mark around `children` (the visible mark and its labels): keyboard users tab
 * through marks, screen readers read the exact value and its source from aria-label, the page
 * script shows the same in a tooltip.
 */
export function chartMark(mark: ChartMarkInput, ...children: SvgChildren[]) {
  const { dataset, value, dataValue, hit, lang } = mark;
  return el(
    'g',
    {
      tabIndex: 0,
      role: 'img',
      'aria-label': mark.described?.label ?? markLabel(dataset, value, lang),
      'data-value': dataValue,
      'data-tip': markText(dataset, value, lang),
      'data-source': mark.described?.source ?? attribution(dataset, value, lang),
      className: 'chart-mark',
    },
    mark.shape === 'circle'
      ? el('circle', { cx: hit.x + hit.width / 2, cy: hit.y + hit.height / 2, r: hit.width / 2, fill: 'transparent', className: 'chart-hit' })
      : el('rect', {
          x: Math.max(hit.x - PAD, 0),
          y: hit.y - PAD,
          width: hit.width + Math.min(hit.x, PAD) + PAD,
          height: hit.height + 2 * PAD,
          rx: 6,
          fill: 'transparent',
          className: 'chart-hit',
        }),
    ...children,
  );
}
