import { annotationsOf, type Dataset } from './schema';
import { quotedIn, translationKey, TRANSLATED_MARK } from './translation';

/**
 * The start of a chart's French words (content/data/fr/<id>.json), which Translate writes beside a
 * story's French edition: every text of the English file, in its place, as "TK: <the English>".
 * JSON has no comments, so the English stays at hand inside the placeholder itself; the check
 * passes the file but warns at each TK while only drafts show the chart, and refuses it once a
 * published French story does. An annotation that quotes someone keeps the English words in
 * `original` and the [traduction] mark, as a finished translation must (lib/data/translation.ts).
 */
export function translationStart(ds: Dataset): string {
  // An English text that is itself still a placeholder ("TK: first bar") is not marked twice.
  const tk = (english: string) => (/^TK\b/.test(english) ? english : `TK: ${english}`);
  const values: Record<string, Record<string, string | string[]>> = {};
  for (const v of ds.values) {
    const key = translationKey(ds, v);
    // Two values under one key (two reports of one crossing) share one translation.
    if (Object.hasOwn(values, key)) continue;
    values[key] = {
      label: tk(v.label),
      ...('basis' in v && v.basis ? { basis: tk(v.basis) } : {}),
      ...('time' in v && v.time ? { time: tk(v.time) } : {}),
      ...('splitNotReported' in v && v.splitNotReported ? { splitNotReported: v.splitNotReported.map(tk) } : {}),
      ...(v.note ? { note: tk(v.note) } : {}),
    };
  }
  const annotations = annotationsOf(ds).map((a) => {
    const quoted = quotedIn(a.text);
    return quoted === undefined ? { text: tk(a.text) } : { text: `${tk(a.text)} ${TRANSLATED_MARK}`, original: quoted };
  });
  const words = {
    id: ds.id,
    title: tk(ds.title),
    units: tk(ds.units),
    sourceLine: tk(ds.sourceLine),
    notes: ds.notes.map(tk),
    sources: Object.fromEntries(ds.sources.map((s) => [s.id, { name: tk(s.name) }])),
    speakers: Object.fromEntries([...new Set(ds.values.map((v) => v.speaker))].map((s) => [s, tk(s)])),
    values,
    ...(annotations.length ? { annotations } : {}),
    ...(ds.chart === 'map'
      ? {
          locator: { title: tk(ds.locator.title) },
          places: Object.fromEntries(ds.places.map((p) => [p.id, { name: tk(p.name), ...(p.note ? { note: tk(p.note) } : {}) }])),
        }
      : {}),
  };
  return `${JSON.stringify(words, null, 2)}\n`;
}
