/**
 * Figures in a story's prose, drawn from the data: the key an editor names a value by, the
 * house style a figure is written in, and where its row is in the chart's data table.
 */
import GithubSlugger from 'github-slugger';
import type { Dataset, NumericValue, Qualifier } from '@/lib/data/schema';
import type { Lang } from '@/lib/i18n/lang';
import { chartText } from '@/lib/i18n/charts';
import { unseenDifference } from '@/lib/text-rules';
import { formatFull } from './format';

/** The name an editor gives a value: its month ("2020-03") on a line chart, else its label. */
export const valueKey = (v: { label: string; date?: string }, chart: Dataset['chart']) => (chart === 'line' && v.date ? v.date : v.label);

/** The values a figure can state: numbers, not events or unknowns. */
export function figureValues(dataset: Dataset): (NumericValue & { key: string })[] {
  if (dataset.chart === 'timeline') return [];
  // A map's crossings carry no number; its flows do.
  const values: NumericValue[] = dataset.chart === 'map' ? dataset.values.filter((v) => v.kind === 'flow') : dataset.values;
  return values.map((v) => ({ ...v, key: keyOf(dataset, v) }));
}

/** The key of a row of `dataset`: as valueKey, but a translated dataset's rows keep their English keys. */
export function keyOf(dataset: Dataset, v: Dataset['values'][number]): string {
  const i = (dataset.values as Dataset['values'][number][]).indexOf(v);
  return dataset.valueKeys?.[i] ?? valueKey({ label: v.label, date: 'date' in v ? v.date : undefined }, dataset.chart);
}

/** The id of a value's row in the chart's data table, for links from the prose. */
export function rowId(datasetId: string, key: string): string {
  return `${datasetId}-${new GithubSlugger().slug(key)}`;
}

/**
 * A figure as a sentence states it: "35 million", "about 6 million", "more than 230 million".
 * A whole number below ten on its own is spelled out where the edition's style says so
 * (lib/i18n/charts.ts); before "million" it keeps its digit, as the charts' labels and the French
 * edition write it ("6M", « 6 millions »): "about six million" in a headline over a "6M" bar read
 * as another figure.
 */
export function formatFigure(value: number, qualifier: Qualifier | undefined, lang: Lang): string {
  const { spelled, qualifiers } = chartText(lang).numbers;
  const full = formatFull(value, lang).replace(/^(\d)$/, (d) => spelled[Number(d)] ?? d);
  return qualifier ? `${qualifiers[qualifier]} ${full}` : full;
}

/** Parses a figure as written in English prose ("35 million", "six million", "1.5 billion") into a number. */
export function parseFigure(text: string): number | undefined {
  const m = /^(\d+(?:[.,]\d+)*|zero|one|two|three|four|five|six|seven|eight|nine)\s+(million|billion)$/i.exec(text.trim());
  if (!m) return undefined;
  const words = chartText('en').numbers.spelled;
  const n = words.includes(m[1].toLowerCase()) ? words.indexOf(m[1].toLowerCase()) : Number(m[1].replace(/,/g, ''));
  return n * (m[2].toLowerCase() === 'billion' ? 1e9 : 1e6);
}

/** What is wrong with naming `key` in `dataset` for a figure, or undefined when it names a number. */
export function figureProblem(dataset: Dataset, key: string): { expected: string; found: string } | undefined {
  const values = figureValues(dataset);
  if (!values.length) return { expected: 'a chart of numbers (a timeline has none)', found: `the ${dataset.chart} "${dataset.id}"` };
  const value = values.find((v) => v.key === key);
  const keys = values.map((v) => `"${v.key}"`).join(', ');
  if (!value) {
    const twin = unseenDifference(key, values.map((v) => v.key));
    return { expected: `one of ${keys}`, found: twin ? `"${key}", ${twin}` : `"${key}"` };
  }
  if (value.value === null) return { expected: 'a value that was reported', found: `"${key}", which is not reported` };
  return undefined;
}
