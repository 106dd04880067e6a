import type { LineDataset } from '@/lib/data/schema';
import type { Lang } from '@/lib/i18n/lang';
import type { LineLayout } from '../layout-line';
import { LIGHT } from '../palette';
import { chartMark } from './mark';
import { el, group } from './node';
import { gapPatternId } from './patterns';
import { svgText, svgTexts } from './text';
import { type Box, boxesOverlap } from '../text';

/**
 * Line chart body: gridlines, gap bands for unknown values, the line (stopped at each gap) and
 * labelled points. `grounds`: solid grounds of notes that belong to a gap's label (placed with the
 * annotations), drawn over the hatching and under the label, so both read on a plain background.
 */
export function lineMarks(dataset: LineDataset, layout: LineLayout, idBase: string, lang: Lang, grounds: readonly Box[] = []) {
  const font = layout.xLabels[0]?.size ?? 20;
  return group(
    el(
      'g',
      { 'aria-hidden': 'true' },
      layout.grid.map((g) =>
        el('line', {
          x1: 0,
          x2: layout.width,
          y1: g.y,
          y2: g.y,
          stroke: g.value === 0 ? LIGHT.axis : LIGHT.grid,
          strokeWidth: g.value === 0 ? 1.5 : 1,
          className: g.value === 0 ? 'chart-baseline' : 'chart-grid',
        }),
      ),
      layout.grid.map((g) => svgText(g.label)),
      layout.gaps.map((gap) =>
        el(
          'g',
          { className: 'chart-gap', 'data-gap': gap.value.date },
          el('rect', { ...gap.band, fill: `url(#${gapPatternId(idBase)})`, className: 'chart-gap-band' }),
          grounds.filter((g) => boxesOverlap(g, gap.band)).map((g) => el('rect', { ...g, fill: LIGHT.bg, className: 'chart-gap-ground' })),
          svgTexts(gap.label),
        ),
      ),
      layout.path.includes('L') &&
        el('path', {
          d: layout.path,
          fill: 'none',
          stroke: LIGHT.mark,
          strokeWidth: Math.round(font * 0.16),
          strokeLinejoin: 'round',
          strokeLinecap: 'round',
          className: 'chart-line',
        }),
      svgTexts(layout.xLabels),
    ),
    layout.points.map((p) => {
      const hitR = Math.max(p.r * 2.5, font * 0.9);
      return chartMark(
        { lang, dataset, value: p.value, dataValue: String(p.value.value), hit: { x: p.x - hitR, y: p.y - hitR, width: 2 * hitR, height: 2 * hitR }, shape: 'circle' },
        el('circle', { cx: p.x, cy: p.y, r: p.r, fill: LIGHT.mark, className: 'chart-point' }),
        svgText(p.label),
      );
    }),
  );
}
