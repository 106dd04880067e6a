import { rulePath, type PlacedAnnotation } from '../annotations';
import { LIGHT } from '../palette';
import { type Box, type TextItem, textBox } from '../text';
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
  const bands = annotations.flatMap((a) => (a.band ? [a.band] : []));
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
        svgTexts(a.lines.map((t) => onBand(t, bands))),
      ),
    ),
  );
}

/** A note's line whose middle sits on a shaded band gets a halo of the band's colour, not the page's. */
function onBand(t: TextItem, bands: readonly Box[]): TextItem {
  if (!t.halo) return t;
  const b = textBox(t);
  const [cx, cy] = [b.x + b.width / 2, b.y + b.height / 2];
  return bands.some((r) => cx >= r.x && cx <= r.x + r.width && cy >= r.y && cy <= r.y + r.height) ? { ...t, halo: 'band' } : t;
}
