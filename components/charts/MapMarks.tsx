import type { MapDataset } from '@/lib/data/schema';
import type { MapLayout, MapPanel } from '@/lib/charts/layout-map';
import { mapMarkLabel } from '@/lib/charts/describe';
import { LIGHT } from '@/lib/charts/palette';
import { MAP_LIGHT } from '@/lib/charts/map-palette';
import { ChartMark } from './ChartMark';
import { SvgText } from './SvgText';
import type { Lang } from '@/lib/i18n/lang';

export interface MapMarksProps {
  /** The dataset (for labels and sources). */
  dataset: MapDataset;
  /** Geometry from layoutMap. */
  layout: MapLayout;
  /** Edition whose words and number style the marks' names and tooltips use (default English). */
  lang: Lang;
}

/** Water, land, lakes, rivers and borders of one panel (decorative: the flows carry the meaning). */
function Basemap({ panel }: { panel: MapPanel }) {
  const { frame, basemap } = panel;
  const riverWidth = Math.max(2, frame.width / 110);
  return (
    <g aria-hidden="true">
      <rect {...frame} fill={MAP_LIGHT.water} className="map-water" />
      <path d={basemap.land} fill={MAP_LIGHT.land} className="map-land" />
      <path d={basemap.lakes} fill={MAP_LIGHT.water} className="map-water" />
      {basemap.rivers && <path d={basemap.rivers} fill="none" stroke={MAP_LIGHT.water} strokeWidth={riverWidth} className="map-river" />}
      {panel.borderIsRiver ? (
        <path d={basemap.borders} fill="none" stroke={MAP_LIGHT.water} strokeWidth={riverWidth} strokeLinejoin="round" className="map-river" />
      ) : (
        <path d={basemap.borders} fill="none" stroke={MAP_LIGHT.border} strokeWidth={1} className="map-border" />
      )}
      <rect {...frame} fill="none" stroke={LIGHT.axis} strokeWidth={1} className="map-frame" />
    </g>
  );
}

/** The flow map: two base maps, places, and one focusable mark per flow or crossing. */
export function MapMarks({ dataset, layout, lang }: MapMarksProps) {
  const o = layout.locator.outline;
  return (
    <>
      <Basemap panel={layout.main} />
      <Basemap panel={layout.locator} />
      <rect {...o} fill="none" stroke={LIGHT.text} strokeWidth={1.5} className="map-outline" aria-hidden="true" />
      {layout.locator.title.map((t, i) => (
        <SvgText key={`t${i}`} item={t} />
      ))}
      <g aria-hidden="true">
        {layout.places.map((p) => (
          <g key={p.place.id}>
            {p.dot && <circle cx={p.dot.x} cy={p.dot.y} r={p.dot.r} fill={LIGHT.text} stroke={LIGHT.bg} strokeWidth={1.5} className="map-dot" />}
            {p.lines.map((t, i) => (
              <SvgText key={i} item={t} />
            ))}
          </g>
        ))}
      </g>
      {layout.flows.map((f, n) => (
        <ChartMark
          lang={lang}
          key={`flow-${n}`}
          dataset={dataset}
          value={f.values[0]}
          dataValue={f.values[0].kind === 'flow' && f.values[0].value !== null ? String(f.values[0].value) : ''}
          hit={f.hit}
          described={mapMarkLabel(dataset, f.values, lang)}
        >
          {f.paths.map((d, i) => (
            <path key={`p${i}`} d={d} fill="none" stroke={LIGHT.mark} strokeWidth={f.kind === 'crossing' ? 2.5 : 3} strokeLinecap="round" className="map-flow" />
          ))}
          {f.heads.map((d, i) => (
            <path key={`h${i}`} d={d} fill={LIGHT.mark} className="map-head" />
          ))}
          {(
            <>
              <circle cx={f.marker.x} cy={f.marker.y} r={f.marker.r} fill={LIGHT.mark} className="map-marker" />
              <text
                x={f.marker.digit.x}
                y={f.marker.digit.y}
                textAnchor="middle"
                fontSize={f.marker.digit.size}
                fontWeight={700}
                fill={LIGHT.bg}
                className="map-marker-digit"
              >
                {f.marker.digit.text}
              </text>
            </>
          )}
          {f.lines.map((t, i) => (
            <SvgText key={`l${i}`} item={t} />
          ))}
        </ChartMark>
      ))}
      <SvgText item={layout.credit} />
    </>
  );
}
