import { LIGHT } from '../palette';
import { el } from './node';

/** Id of the hatch used for a bar whose split is not reported. */
export const splitPatternId = (idBase: string) => `${idBase}-split`;
/** Id of the hatch used to mark a gap (unknown value) in a line chart. */
export const gapPatternId = (idBase: string) => `${idBase}-gap`;

/** Hatch patterns, ids prefixed by `idBase` (unique per SVG): colours come from charts.css, with light-theme fallbacks as attributes. */
export function chartPatterns(idBase: string) {
  return el(
    'defs',
    {},
    el(
      'pattern',
      { id: splitPatternId(idBase), patternUnits: 'userSpaceOnUse', width: 10, height: 10, patternTransform: 'rotate(45)' },
      el('rect', { width: 10, height: 10, fill: LIGHT.mark, className: 'chart-pattern-mark' }),
      el('line', { x1: 1.5, y1: 0, x2: 1.5, y2: 10, stroke: LIGHT.bg, strokeWidth: 3, className: 'chart-pattern-gap' }),
    ),
    el(
      'pattern',
      { id: gapPatternId(idBase), patternUnits: 'userSpaceOnUse', width: 12, height: 12, patternTransform: 'rotate(45)' },
      el('line', { x1: 1, y1: 0, x2: 1, y2: 12, stroke: LIGHT.grid, strokeWidth: 2, className: 'chart-pattern-unknown' }),
    ),
  );
}
