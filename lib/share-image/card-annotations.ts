import { layoutChart } from '@/lib/charts/layout';
import { NARROW } from '@/lib/charts/variants';
import { annotationKeys } from '@/lib/data/annotations';
import type { Dataset } from '@/lib/data/schema';

/**
 * The annotations a share card draws: those the narrow layout writes out in full. A card has no
 * room for the list of notes under the chart, and a circled number without its note tells the
 * reader nothing, so notes that became markers are left to the page (and its description).
 * A card may also show fewer values than the chart (a condensed timeline): notes about values
 * it does not show are left out too.
 */
export function cardAnnotations(dataset: Dataset): Dataset {
  if (dataset.chart === 'map') return dataset;
  const { keys } = annotationKeys(dataset);
  const shown = (dataset.annotations ?? []).filter((a) => [a.at, a.range?.from, a.range?.to].every((k) => k === undefined || keys.includes(k)));
  if (!shown.length) return { ...dataset, annotations: undefined };
  const placed = layoutChart({ ...dataset, annotations: shown }, NARROW).annotations;
  const drawn = shown.filter((_, i) => !placed[i].marker);
  return { ...dataset, annotations: drawn.length ? drawn : undefined };
}
