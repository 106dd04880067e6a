import type { Dataset } from '@/lib/data/schema';

/**
 * The two events a condensed timeline shows, by index: the two its data file marks "summary" (the
 * ones its title is about), or, with none marked, the first and the last: where it starts and ends.
 * The check allows no other count of marks; any other is read as none.
 */
export function summaryEvents(values: readonly { summary?: boolean }[]): [number, number] {
  const marked = values.flatMap((v, i) => (v.summary ? [i] : []));
  return marked.length === 2 ? [marked[0], marked[1]] : [0, values.length - 1];
}

/** How many events a condensed timeline leaves out before, between and after the two it shows. */
export function leftOut(values: readonly { summary?: boolean }[]): { before: number; between: number; after: number } {
  const [a, b] = summaryEvents(values);
  return { before: a, between: b - a - 1, after: values.length - 1 - b };
}

/**
 * What a small picture of a chart shows (the share card, the front page). A timeline in full is
 * far taller than either, so it is condensed to two events, with their dates (summaryEvents).
 */
export function thumbnailDataset(dataset: Dataset): Dataset {
  if (dataset.chart !== 'timeline' || dataset.values.length <= 2) return dataset;
  const picked = summaryEvents(dataset.values);
  const values = picked.map((i) => dataset.values[i]);
  // A note about a day is kept only when every event of its days is shown: "the same Monday: masks
  // held at the border, then the deal" would otherwise point at a day whose first event is gone.
  const annotations = dataset.annotations?.filter((a) => {
    const days = [a.at, a.range?.from, a.range?.to].filter((d): d is string => d !== undefined).sort();
    return dataset.values.every((v, i) => v.date < days[0] || v.date > days[days.length - 1] || picked.includes(i));
  });
  // A translated timeline's rows keep their English keys.
  const valueKeys = dataset.valueKeys && picked.map((i) => dataset.valueKeys![i]);
  return { ...dataset, values, annotations: annotations?.length ? annotations : undefined, ...(valueKeys ? { valueKeys } : {}) };
}
