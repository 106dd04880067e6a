import { rulePath, type PlacedAnnotation } from '../annotations';
import { LIGHT } from '../palette';
import { el, group } from './node';
import { svgText, svgTexts } from './text';

/** Shaded spans and reference lines: drawn first, behind the data marks. */
export function annotationRanges(annotations: readonly PlacedAnnotation[]) {
  if (!annotations.some((a) => a.band || a.rule)) return null;
  return el(
    'g',
    { 'aria-hidden': 'true' },
    annotations.map((a) => a.band && el('rect', { ...a.band, fill: LIGHT.muted, fillOpacity: 0.12, className: 'chart-annotation-band' })),
    annotations.map(
      (a) =>
        a.rulePieces.length > 0 &&
        el('path', { d: rulePath(a.rulePieces), fill: 'none', stroke: LIGHT.axis, strokeWidth: 2, strokeDasharray: '6 4', className: 'chart-annotation-rule' }),
    ),
  );
}

/**
 * The notes, drawn last so they sit above the marks: text with a connector, or a circled number
 * whose text is listed under the chart (ChartNotes). Hidden from screen readers, which hear the
 * same notes in the chart's description.
 */
export function annotationNotes(annotations: readonly PlacedAnnotation[]) {
  if (!annotations.length) return null;
  return el(
    'g',
    { 'aria-hidden': 'true', className: 'chart-annotations' },
    annotations.map((a) =>
      el(
        'g',
        { className: 'chart-annotation', 'data-annotation': a.index, 'data-marker': a.marker?.number },
        a.connector && el('path', { d: a.connector, fill: 'none', stroke: LIGHT.muted, strokeWidth: 1.5, className: 'chart-annotation-connector' }),
        a.marker &&
          group(
            el('circle', { cx: a.marker.x, cy: a.marker.y, r: a.marker.r, fill: LIGHT.bg, stroke: LIGHT.text, strokeWidth: 2, className: 'chart-annotation-marker' }),
            svgText(a.marker.label),
          ),
        svgTexts(a.lines),
      ),
    ),
  );
}
