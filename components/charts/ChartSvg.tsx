import type { Dataset } from '@/lib/data/schema';
import { describe } from '@/lib/charts/describe';
import { layoutChart } from '@/lib/charts/layout';
import type { Variant } from '@/lib/charts/variants';
import type { Lang } from '@/lib/i18n/lang';
import { AnnotationNotes, AnnotationRanges } from './AnnotationMarks';
import { BarMarks } from './BarMarks';
import { ChartPatterns } from './ChartPatterns';
import { LineMarks } from './LineMarks';
import { TimelineMarks } from './TimelineMarks';
import { MapMarks } from './MapMarks';

export interface ChartSvgProps {
  /** The dataset to draw. */
  dataset: Dataset;
  /** Which fixed layout (narrow or wide viewBox) to draw. */
  variant: Variant;
  /** Edition whose words and number style the chart's labels, description and marks use (default English). */
  lang: Lang;
}

/**
 * The chart as an accessible SVG with a fixed viewBox. It scales to its container's width and
 * keeps its aspect ratio, so the page does not shift while loading.
 */
export function ChartSvg({ dataset, variant, lang }: ChartSvgProps) {
  const layout = layoutChart(dataset, variant, lang);
  const idBase = `${dataset.id}-${variant.name}`;
  return (
    <svg
      xmlns="http://www.w3.org/2000/svg"
      viewBox={`0 0 ${layout.width} ${layout.height}`}
      width="100%"
      style={{ height: 'auto', aspectRatio: `${layout.width} / ${layout.height}` }}
      role="img"
      aria-labelledby={`${idBase}-title`}
      aria-describedby={`${idBase}-desc`}
      className={`chart-svg chart-svg--${variant.name}`}
      data-variant={variant.name}
    >
      <title id={`${idBase}-title`}>{dataset.title}</title>
      <desc id={`${idBase}-desc`}>{describe(dataset, lang)}</desc>
      <ChartPatterns idBase={idBase} />
      <AnnotationRanges annotations={layout.annotations} />
      {layout.kind === 'line' && dataset.chart === 'line' && (
        <LineMarks lang={lang} dataset={dataset} layout={layout} idBase={idBase} />
      )}
      {layout.kind === 'bars' && (dataset.chart === 'column' || dataset.chart === 'comparison') && (
        <BarMarks lang={lang} dataset={dataset} layout={layout} idBase={idBase} />
      )}
      {layout.kind === 'timeline' && dataset.chart === 'timeline' && (
        <TimelineMarks lang={lang} dataset={dataset} layout={layout} />
      )}
      {layout.kind === 'map' && dataset.chart === 'map' && <MapMarks lang={lang} dataset={dataset} layout={layout} />}
      <AnnotationNotes annotations={layout.annotations} />
    </svg>
  );
}
