import type { Dataset } from '@/lib/data/schema';

/**
 * What a small picture of a chart shows (the share card, the front page). A timeline in full is
 * far taller than either, so it is condensed to its first and last events, with their dates:
 * where the story starts and where it ends.
 */
export function thumbnailDataset(dataset: Dataset): Dataset {
  if (dataset.chart !== 'timeline' || dataset.values.length <= 2) return dataset;
  const values = [dataset.values[0], dataset.values[dataset.values.length - 1]];
  // A note about a day the condensed timeline leaves out has nothing to point at.
  const days = new Set(values.map((v) => v.date));
  const annotations = dataset.annotations?.filter((a) => [a.at, a.range?.from, a.range?.to].every((d) => d === undefined || days.has(d)));
  // A translated timeline's rows keep their English keys, the first and the last.
  const valueKeys = dataset.valueKeys && [dataset.valueKeys[0], dataset.valueKeys[dataset.valueKeys.length - 1]];
  return { ...dataset, values, annotations: annotations?.length ? annotations : undefined, ...(valueKeys ? { valueKeys } : {}) };
}
