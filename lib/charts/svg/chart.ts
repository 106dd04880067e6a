import type { Dataset } from '@/lib/data/schema';
import type { Lang } from '@/lib/i18n/lang';
import { describe } from '../describe';
import { layoutChart } from '../layout';
import type { Variant } from '../variants';
import { annotationNotes, annotationRanges } from './annotations';
import { barMarks } from './bars';
import { lineMarks } from './line';
import { mapMarks } from './map';
import { el } from './node';
import { chartPatterns } from './patterns';
import { timelineMarks } from './timeline';

/**
 * The chart as an accessible SVG with a fixed viewBox, as a plain tree (node.ts). It scales to its
 * container's width and keeps its aspect ratio, so the page does not shift while loading.
 */
export function chartTree(dataset: Dataset, variant: Variant, lang: Lang) {
  const layout = layoutChart(dataset, variant, lang);
  const idBase = `${dataset.id}-${variant.name}`;
  return el(
    'svg',
    {
      xmlns: 'http://www.w3.org/2000/svg',
      viewBox: `0 0 ${layout.width} ${layout.height}`,
      width: '100%',
      style: { height: 'auto', aspectRatio: `${layout.width} / ${layout.height}` },
      role: 'img',
      'aria-labelledby': `${idBase}-title`,
      'aria-describedby': `${idBase}-desc`,
      className: `chart-svg chart-svg--${variant.name}`,
      'data-variant': variant.name,
    },
    el('title', { id: `${idBase}-title` }, dataset.title),
    el('desc', { id: `${idBase}-desc` }, describe(dataset, lang)),
    chartPatterns(idBase),
    annotationRanges(layout.annotations),
    layout.kind === 'line' && dataset.chart === 'line' && lineMarks(dataset, layout, idBase, lang, layout.annotations.flatMap((a) => (a.ground ? [a.ground] : []))),
    layout.kind === 'bars' && (dataset.chart === 'column' || dataset.chart === 'comparison') && barMarks(dataset, layout, lang),
    layout.kind === 'timeline' && dataset.chart === 'timeline' && timelineMarks(dataset, layout, lang),
    layout.kind === 'map' && dataset.chart === 'map' && mapMarks(dataset, layout, lang),
    annotationNotes(layout.annotations),
  );
}
