/** Checks across the fields of a map's data file, which its schema cannot express. */
import type { MapDataset } from './schema';

type Say = (where: PropertyKey[], expected: string, found: string) => void;

const inside = ([w, s, e, n]: readonly number[], lon: number, lat: number) => lon >= w && lon <= e && lat >= s && lat <= n;

/** Place ids are unique; every flow and crossing starts and ends at places in the file, on the map. */
export function checkMap(ds: MapDataset, say: Say): void {
  const ids = ds.places.map((p) => p.id);
  ds.places.forEach((p, i) => {
    if (ids.indexOf(p.id) !== i) say(['places', i, 'id'], 'an id not used by another place', `"${p.id}" again`);
    const box = p.map === 'locator' ? ds.locator.extent : ds.extent;
    if (!p.edge && !inside(box, p.lon, p.lat)) {
      const what = p.map === 'locator' ? "the locator's extent" : 'the extent';
      say(['places', i], `a place inside ${what} [${box.join(', ')}], or "edge" for one beyond it`, `lon ${p.lon}, lat ${p.lat}`);
    }
  });
  const known = [...new Set(ids)].map((x) => `"${x}"`).join(', ');
  ds.values.forEach((v, i) => {
    if (!ids.includes(v.from)) say(['values', i, 'from'], `one of the place ids (${known})`, JSON.stringify(v.from));
    v.to.forEach((to, j) => {
      if (!ids.includes(to)) say(['values', i, 'to', j], `one of the place ids (${known})`, JSON.stringify(to));
      else if (to === v.from) say(['values', i, 'to', j], `a place other than where it starts ("${v.from}")`, JSON.stringify(to));
    });
    if (v.kind === 'flow' && v.splitNotReported && v.to.every((id) => ids.includes(id))) {
      const names = v.to.map((id) => ds.places.find((p) => p.id === id)?.name ?? id);
      const same = names.length === v.splitNotReported.length && names.every((n) => v.splitNotReported!.includes(n));
      if (!same) say(['values', i, 'splitNotReported'], `the names of its destinations (${names.map((n) => `"${n}"`).join(', ')})`, JSON.stringify(v.splitNotReported));
    }
  });
}
