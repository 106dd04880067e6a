import { rulePath, type PlacedAnnotation } from '@/lib/charts/annotations';
import { LIGHT } from '@/lib/charts/palette';
import { SvgText } from './SvgText';

export interface AnnotationMarksProps {
  /** Annotations placed by layoutChart. */
  annotations: readonly PlacedAnnotation[];
}

/** Shaded spans and reference lines: drawn first, behind the data marks. */
export function AnnotationRanges({ annotations }: AnnotationMarksProps) {
  if (!annotations.some((a) => a.band || a.rule)) return null;
  return (
    <g aria-hidden="true">
      {annotations.map((a) => a.band && <rect key={`band-${a.index}`} {...a.band} fill={LIGHT.muted} fillOpacity={0.12} className="chart-annotation-band" />)}
      {annotations.map(
        (a) =>
          a.rulePieces.length > 0 && (
            <path key={`rule-${a.index}`} d={rulePath(a.rulePieces)} fill="none" stroke={LIGHT.axis} strokeWidth={2} strokeDasharray="6 4" className="chart-annotation-rule" />
          ),
      )}
    </g>
  );
}

/**
 * The notes, drawn last so they sit above the marks: text with a connector, or a circled number
 * whose text is listed under the chart (ChartNotes). Hidden from screen readers, which hear the
 * same notes in the chart's description.
 */
export function AnnotationNotes({ annotations }: AnnotationMarksProps) {
  if (!annotations.length) return null;
  return (
    <g aria-hidden="true" className="chart-annotations">
      {annotations.map((a) => (
        <g key={a.index} className="chart-annotation" data-annotation={a.index} data-marker={a.marker?.number}>
          {a.connector && <path d={a.connector} fill="none" stroke={LIGHT.muted} strokeWidth={1.5} className="chart-annotation-connector" />}
          {a.marker && (
            <>
              <circle cx={a.marker.x} cy={a.marker.y} r={a.marker.r} fill={LIGHT.bg} stroke={LIGHT.text} strokeWidth={2} className="chart-annotation-marker" />
              <SvgText item={a.marker.label} />
            </>
          )}
          {a.lines.map((t, i) => (
            <SvgText key={i} item={t} />
          ))}
        </g>
      ))}
    </g>
  );
}
