import { LIGHT } from '../palette';
import { el } from './node';

/** Id of the hatch used to mark a gap (unknown value) in a line chart. */
export const gapPatternId = (idBase: string) => `${idBase}-gap`;

/** Hatch pattern for what was not reported, ids prefixed by `idBase` (unique per SVG): colours come from charts.css, with light-theme fallbacks as attributes. */
export function chartPatterns(idBase: string) {
  return el(
    'defs',
    {},
    el(
      'pattern',
      { id: gapPatternId(idBase), patternUnits: 'userSpaceOnUse', width: 12, height: 12, patternTransform: 'rotate(45)' },
      el('line', { x1: 1, y1: 0, x2: 1, y2: 12, stroke: LIGHT.grid, strokeWidth: 2, className: 'chart-pattern-unknown' }),
    ),
  );
}
