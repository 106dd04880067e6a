/**
 * Words for the charts, generated from the data: the SVG <desc>, each mark's aria-label and
 * tooltip, and the source attribution of every value.
 */
import type {
  Dataset,
  DatasetValue,
  LineDataset,
  ColumnDataset,
  ComparisonDataset,
  TimelineDataset,
  MapDataset,
  MapValue,
  Qualifier,
  Source,
} from '@/lib/data/schema';
import { annotationsOf } from '@/lib/data/schema';
import { chartText, typeset } from '@/lib/i18n/charts';
import { colon, labelled, sentenceStart, type Lang } from '@/lib/i18n/lang';
import { formatDate, formatList, monthName, yearOf } from '@/lib/i18n/intl';
import type { RoutePlace } from '@/lib/i18n/place-names';
import { formatFull, formatValueFull, isMonth, parseDate } from './format';

/** The source entry a value points at (validated to exist by the loader). */
export function sourceOf(ds: Dataset, v: DatasetValue): Source {
  const s = ds.sources.find((x) => x.id === v.sourceRef);
  if (!s) throw new Error(`${ds.id}: no source "${v.sourceRef}"`);
  return s;
}

/**
 * Whether a value's speaker is the report itself ("News report, April 5, 2020"): unnamed reporting
 * is credited to the report, as a newsroom credits it, and the report is not named twice.
 */
export function isNewsReport(speaker: string, lang: Lang): boolean {
  const word = chartText(lang).newsReport;
  return speaker === word || speaker.startsWith(`${word},`);
}

/** "3M, in News report on … (April 5, 2020)"; the report's own words: "News report on … (April 5, 2020)". */
export function attribution(ds: Dataset, v: DatasetValue, lang: Lang): string {
  const s = sourceOf(ds, v);
  return chartText(lang).attribution(isNewsReport(v.speaker, lang) ? null : v.speaker, s.name, formatDate(s.date, 'long', lang));
}

/** The label of a row with its basis: "US production, January 2020 (per month)". */
export function rowLabel(v: DatasetValue): string {
  return 'basis' in v && v.basis ? `${v.label} (${v.basis})` : v.label;
}

/** What a mark says: "January 2020: 22 million N95 masks per month" / "Thursday, April 2, 2020: …". */
export function markText(ds: Dataset, v: DatasetValue, lang: Lang): string {
  const t = chartText(lang);
  if (ds.chart === 'timeline') {
    const e = v as TimelineDataset['values'][number];
    // It starts a sentence (a mark's name, its tooltip, an event of the description): « Mardi 7 avril 2020 : selon… ».
    return sentenceStart(labelled(eventWhen(e, lang), e.label, lang));
  }
  // Typeset like the rest: the tooltip had « masques; Canada », without the space French puts before a semicolon.
  if (ds.chart === 'map') return typeset(mapValueText(ds, v as MapValue, lang), lang);
  const n = v as LineDataset['values'][number] | ColumnDataset['values'][number];
  const amount = n.value === null ? t.notReported : amountIn(n.value, n.qualifier, ds.units, lang);
  return typeset(`${rowLabel(n)}${colon(lang)}${amount}`, lang);
}

/** An amount with its units: "22 million N95 masks", "22 millions de masques". */
export function amountIn(value: number, qualifier: Qualifier | undefined, units: string, lang: Lang): string {
  return chartText(lang).amount(formatValueFull(value, qualifier, lang), units);
}


/** When an event happened: "Monday, April 6, 2020, evening" / "lundi 6 avril 2020, en soirée". */
export const eventWhen = (e: { date: string; time?: string }, lang: Lang) => formatDate(e.date, 'weekday', lang) + (e.time ? `, ${e.time}` : '');

/** Full accessible name of a mark: value plus source. */
export function markLabel(ds: Dataset, v: DatasetValue, lang: Lang): string {
  return typeset(`${markText(ds, v, lang)}. ${chartText(lang).source(1)}${colon(lang)}${attribution(ds, v, lang)}.`, lang);
}

/** Longer text description of the whole chart, used as the SVG <desc>. */
export function describe(ds: Dataset, lang: Lang): string {
  const notes = describeAnnotations(ds, lang);
  return typeset(notes ? `${describeData(ds, lang)} ${notes}` : describeData(ds, lang), lang);
}

function describeData(ds: Dataset, lang: Lang): string {
  switch (ds.chart) {
    case 'line':
      return describeLine(ds, lang);
    case 'column':
      return describeBars(ds, lang);
    case 'comparison':
      return describeComparison(ds, lang);
    case 'timeline':
      return describeTimeline(ds, lang);
    case 'map':
      return describeMap(ds, lang);
  }
}

/** A flow or crossing in words: "Traditionally exported …: about 6 million masks (per month …); Canada and Latin America: split not reported". */
function mapValueText(ds: MapDataset, v: MapValue, lang: Lang): string {
  // The note, as the legend prints it under the arrow's words (layout-map.ts's flowText).
  const note = v.note ? `; ${v.note}` : '';
  if (v.kind === 'crossing') return `${v.label}${note}`;
  const amount = v.value === null ? chartText(lang).notReported : amountIn(v.value, v.qualifier, ds.units, lang);
  const split = v.splitNotReported ? `; ${splitText(v.splitNotReported, lang, ds.places)}` : '';
  return `${rowLabel(v)}${colon(lang)}${amount}${split}${note}`;
}

/** Accessible name of a map mark that shows one or more rows (a crossing both reports describe). */
export function mapMarkLabel(ds: MapDataset, rows: readonly MapValue[], lang: Lang): { label: string; source: string } {
  const source = [...new Set(rows.map((v) => attribution(ds, v, lang)))].join('; ');
  const label = `${mapValueText(ds, rows[0], lang)}. ${chartText(lang).source(rows.length)}${colon(lang)}${source}.`;
  return { label: typeset(label, lang), source: typeset(source, lang) };
}

/** "Place name (from → to)" for every flow and crossing, in a sentence each. */
function describeMap(ds: MapDataset, lang: Lang): string {
  const t = chartText(lang);
  const place = (id: string) => ds.places.find((p) => p.id === id) ?? { name: id, kind: 'city' as const };
  const seen = new Set<string>();
  const parts: string[] = [];
  for (const v of ds.values) {
    const route = t.route(place(v.from), v.to.map(place));
    if (v.kind === 'crossing') {
      if (seen.has(route)) continue;
      seen.add(route);
      parts.push(t.crossing(route, v.label));
    } else {
      parts.push(t.arrow(route, mapValueText(ds, v, lang)));
    }
  }
  return `${t.mapIntro(ds.places.length, ds.locator.title)} ${parts.join('. ')}. ${t.arrowWidths}`;
}

/** Where an annotation points, in words: "March 2020", "Monday, April 6, 2020", or a bar's label. */
export function annotationPlace(ds: Dataset, key: string, lang: Lang): string {
  if (ds.chart === 'line') return pointName(key, true, lang);
  if (ds.chart === 'timeline') return formatDate(key, 'weekday', lang);
  return key;
}

/** "March 2020 (dashed line at 22 million): text." for each annotation; empty when there are none. */
export function describeAnnotations(ds: Dataset, lang: Lang): string {
  const t = chartText(lang);
  const list = annotationsOf(ds);
  if (!list.length) return '';
  // Each starts a sentence but the first after "Notes on the chart:" (French ends that with a full stop: « Notes sur le graphique. Mars 2020 : selon… »).
  const head = t.notes(list.length);
  const items = list.map((a, i) => {
    const r = a.range;
    let extra = '';
    if (r?.from && r.to) extra = r.from === r.to ? t.shaded : t.shadedFrom(annotationPlace(ds, r.from, lang), annotationPlace(ds, r.to, lang));
    else if (r?.value !== undefined) extra = t.dashedAt(formatFull(r.value, lang));
    const text = /[.!?]["”’»]?$/.test(a.text) ? a.text : `${a.text}.`;
    const item = labelled(`${annotationPlace(ds, a.at, lang)}${extra}`, text, lang);
    return i === 0 && head.endsWith(':') ? item : sentenceStart(item);
  });
  return `${head} ${items.join(' ')}`;
}

/** "January 2020" or "April 5, 2020"; without the year, "January" or "April 5". */
function pointName(date: string, withYear: boolean, lang: Lang): string {
  if (!isMonth(date)) return formatDate(date, withYear ? 'long' : 'monthDay', lang);
  const d = parseDate(date);
  return withYear ? `${monthName(d, lang)} ${yearOf(d)}` : monthName(d, lang);
}

function describeLine(ds: LineDataset, lang: Lang): string {
  const t = chartText(lang);
  const known = ds.values.filter((v) => v.value !== null);
  const missing = ds.values.filter((v) => v.value === null);
  const sameYear = new Set(ds.values.map((v) => v.date.slice(0, 4))).size === 1;
  let sentence: string;
  if (known.length === 0) {
    sentence = t.noValues;
  } else if (known.length === 1) {
    const [only] = known;
    sentence = t.onlyOne(t.valueIn(formatValueFull(only.value, only.qualifier, lang), pointName(only.date, true, lang)));
  } else {
    const first = known[0];
    const last = known[known.length - 1];
    const a = first.value as number;
    const b = last.value as number;
    const from = t.valueIn(formatValueFull(a, first.qualifier, lang), pointName(first.date, !sameYear, lang));
    const to = t.valueIn(formatValueFull(b, last.qualifier, lang), pointName(last.date, true, lang));
    sentence = (b > a ? t.rose : b < a ? t.fell : t.same)(from, to);
  }
  if (missing.length > 0) {
    const names = formatList(missing.map((v) => pointName(v.date, !sameYear, lang)), lang);
    sentence += `; ${t.wasNotReported(names, missing.length)}`;
  }
  return `${sentence}.`;
}

/**
 * Between one bar's words and the next: each starts with its label, capitalised. French writes a
 * lower case after a semicolon (« ; masques N95 »), and a label may start with a name, so each bar
 * is a sentence of its own there.
 */
const barsJoin = (lang: Lang) => (lang === 'fr' ? '. ' : '; ');

function describeBars(ds: ColumnDataset | ComparisonDataset, lang: Lang): string {
  const t = chartText(lang);
  const parts = ds.values.map((v) => {
    const amount = v.value === null ? t.notReported : formatValueFull(v.value, v.qualifier, lang);
    return `${rowLabel(v)}${colon(lang)}${amount}`;
  });
  const lowerBounds = ds.values.some((v) => v.qualifier === 'more than');
  return `${t.barChart(ds.units)} ${parts.join(barsJoin(lang))}.${lowerBounds ? t.lowerBounds : ''}`;
}

function describeComparison(ds: ComparisonDataset, lang: Lang): string {
  const t = chartText(lang);
  const parts = ds.values.map((v) => {
    const amount = v.value === null ? t.notReported : formatValueFull(v.value, v.qualifier, lang);
    let s = `${rowLabel(v)}${colon(lang)}${amount}`;
    if (v.splitNotReported) s += ` (${splitText(v.splitNotReported, lang)})`;
    return s;
  });
  return `${t.comparison(ds.units)} ${parts.join(barsJoin(lang))}.`;
}

/**
 * "Canada and Latin America: split not reported"; where the parts are all places of the map the
 * value is on (they are its destinations), a phrase that reads in a sentence too: "split between
 * Canada and Latin America not reported", « répartition entre le Canada et l’Amérique latine non
 * communiquée ».
 */
export function splitText(parts: readonly string[], lang: Lang, places: readonly RoutePlace[] = []): string {
  const named = parts.map((part) => places.find((p) => p.name === part));
  if (named.length && named.every(Boolean)) return chartText(lang).splitBetween(named as RoutePlace[]);
  return chartText(lang).splitNotReported(formatList(parts, lang));
}

function describeTimeline(ds: TimelineDataset, lang: Lang): string {
  const first = ds.values[0];
  const last = ds.values[ds.values.length - 1];
  const events = ds.values.map((e) => markText(ds, e, lang));
  return `${chartText(lang).timeline(ds.values.length, daySpan(first.date, last.date, lang))} ${events.join('. ')}.`;
}

/** "April 2 to 7, 2020", "March 30 to April 2, 2020", "April 5, 2020"; "du 2 au 7 avril 2020", "du 30 mars au 2 avril 2020". */
export function daySpan(a: string, b: string, lang: Lang): string {
  if (a === b) return formatDate(a, 'long', lang);
  const sameYear = a.slice(0, 4) === b.slice(0, 4);
  const sameMonth = sameYear && a.slice(5, 7) === b.slice(5, 7);
  const range = chartText(lang).dayRange;
  if (lang === 'fr') {
    // French names the month once, after the second day: "du 1er au 7 avril 2020".
    const from = sameMonth ? formatDate(a, 'monthDay', lang).split(' ')[0] : formatDate(a, sameYear ? 'monthDay' : 'long', lang);
    return range(from, formatDate(b, 'long', lang));
  }
  if (sameMonth) return range(formatDate(a, 'monthDay', lang), `${parseDate(b).getUTCDate()}, ${b.slice(0, 4)}`);
  return range(formatDate(a, sameYear ? 'monthDay' : 'long', lang), formatDate(b, 'long', lang));
}
