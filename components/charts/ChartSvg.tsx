import type { Dataset } from '@/lib/data/schema';
import { chartTree } from '@/lib/charts/svg/chart';
import { svgWithHtml } from '@/lib/charts/svg/react';
import type { Variant } from '@/lib/charts/variants';
import type { Lang } from '@/lib/i18n/lang';

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
 * keeps its aspect ratio, so the page does not shift while loading. The picture itself is the
 * plain tree lib/charts draws (lib/charts/svg/), which the share card draws too; its marks go to
 * React as one HTML string (lib/charts/svg/html.ts), which React renders far faster than elements.
 */
export function ChartSvg({ dataset, variant, lang }: ChartSvgProps) {
  return svgWithHtml(chartTree(dataset, variant, lang));
}
