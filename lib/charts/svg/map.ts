import type { MapDataset } from '@/lib/data/schema';
import type { Lang } from '@/lib/i18n/lang';
import { mapMarkLabel } from '../describe';
import type { MapLayout, MapPanel } from '../layout-map';
import { MAP_LIGHT } from '../map-palette';
import { LIGHT } from '../palette';
import { chartMark } from './mark';
import { el, group } from './node';
import { svgText, svgTexts } from './text';

/** Water, land, lakes, rivers and borders of one panel (decorative: the flows carry the meaning). */
function basemap(panel: MapPanel) {
  const { frame, basemap } = panel;
  const riverWidth = Math.max(2, frame.width / 110);
  return el(
    'g',
    { 'aria-hidden': 'true' },
    el('rect', { ...frame, fill: MAP_LIGHT.water, className: 'map-water' }),
    el('path', { d: basemap.land, fill: MAP_LIGHT.land, className: 'map-land' }),
    el('path', { d: basemap.lakes, fill: MAP_LIGHT.water, className: 'map-water' }),
    basemap.rivers && el('path', { d: basemap.rivers, fill: 'none', stroke: MAP_LIGHT.water, strokeWidth: riverWidth, className: 'map-river' }),
    panel.borderIsRiver
      ? el('path', { d: basemap.borders, fill: 'none', stroke: MAP_LIGHT.water, strokeWidth: riverWidth, strokeLinejoin: 'round', className: 'map-river' })
      : el('path', { d: basemap.borders, fill: 'none', stroke: MAP_LIGHT.border, strokeWidth: 1, className: 'map-border' }),
    el('rect', { ...frame, fill: 'none', stroke: LIGHT.axis, strokeWidth: 1, className: 'map-frame' }),
  );
}

/** The flow map: two base maps, places, and one focusable mark per flow or crossing. */
export function mapMarks(dataset: MapDataset, layout: MapLayout, lang: Lang) {
  const o = layout.locator.outline;
  return group(
    basemap(layout.main),
    basemap(layout.locator),
    el(
      'g',
      { 'aria-hidden': 'true' },
      // The leader under a wider line of the background colour, so it reads over land and water alike.
      el('path', { d: layout.locator.leader, fill: 'none', stroke: LIGHT.bg, strokeWidth: 4, className: 'map-leader-halo' }),
      el('path', { d: layout.locator.leader, fill: 'none', stroke: LIGHT.text, strokeWidth: 1.5, className: 'map-leader' }),
      el('rect', { ...o, fill: 'none', stroke: LIGHT.bg, strokeWidth: 4, className: 'map-leader-halo' }),
      el('rect', { ...o, fill: 'none', stroke: LIGHT.text, strokeWidth: 1.5, className: 'map-outline' }),
      layout.locator.label && svgText(layout.locator.label),
    ),
    svgTexts(layout.locator.title),
    el(
      'g',
      { 'aria-hidden': 'true' },
      layout.places.map((p) =>
        el(
          'g',
          {},
          p.dot && el('circle', { cx: p.dot.x, cy: p.dot.y, r: p.dot.r, fill: LIGHT.text, stroke: LIGHT.bg, strokeWidth: 1.5, className: 'map-dot' }),
          p.pointer && el('path', { d: p.pointer, fill: LIGHT.text, stroke: LIGHT.bg, strokeWidth: 1.5, className: 'map-dot' }),
          svgTexts(p.lines),
        ),
      ),
    ),
    layout.flows.map((f) => {
      const first = f.values[0];
      return chartMark(
        {
          lang,
          dataset,
          value: first,
          dataValue: first.kind === 'flow' && first.value !== null ? String(first.value) : '',
          hit: f.hit,
          described: mapMarkLabel(dataset, f.values, lang),
        },
        f.paths.map((d) =>
          el('path', {
            d,
            fill: 'none',
            stroke: LIGHT.mark,
            strokeWidth: f.kind === 'crossing' ? 2.5 : 3,
            strokeLinecap: f.dashed ? 'butt' : 'round',
            strokeDasharray: f.dashed ? '9 6' : undefined,
            className: f.dashed ? 'map-flow map-flow--other' : 'map-flow',
          }),
        ),
        f.heads.map((d) => el('path', { d, fill: LIGHT.mark, className: 'map-head' })),
        el('circle', { cx: f.marker.x, cy: f.marker.y, r: f.marker.r, fill: LIGHT.mark, className: 'map-marker' }),
        el(
          'text',
          { x: f.marker.digit.x, y: f.marker.digit.y, textAnchor: 'middle', fontSize: f.marker.digit.size, fontWeight: 700, fill: LIGHT.bg, className: 'map-marker-digit' },
          f.marker.digit.text,
        ),
        svgTexts(f.lines),
      );
    }),
    svgText(layout.credit),
  );
}
