import { createElement } from 'react';
import type { Dataset } from '@/lib/data/schema';
import { chartTree } from '@/lib/charts/svg/chart';
import type { Variant } from '@/lib/charts/variants';
import type { Lang } from '@/lib/i18n/lang';
import { svgMarkup } from './svg-markup';

export interface ChartSvgProps {
  /** The dataset to draw. */
  dataset: Dataset;
  /** Which fixed layout (narrow or wide viewBox) to draw. */
  variant: Variant;
  /** Edition whose words and number style the chart's labels, description and marks use (default English). */
  lang: Lang;
}

type Drawn = { props: Record<string, unknown>; html: string };

// A chart is drawn once per process for each of its layouts: an archive shows one chart on many
// pages (its story, the translation, the embed page). Keyed by the dataset object, which the
// content model shares between pages and which no page changes; dropped with it.
const drawn = new WeakMap<Dataset, Map<string, Drawn>>();

function draw(dataset: Dataset, variant: Variant, lang: Lang): Drawn {
  let mine = drawn.get(dataset);
  if (!mine) drawn.set(dataset, (mine = new Map()));
  const key = `${lang} ${JSON.stringify(variant)}`;
  let known = mine.get(key);
  if (!known) {
    const tree = chartTree(dataset, variant, lang);
    if (typeof tree === 'string' || tree.tag !== 'svg') throw new Error('ChartSvg: a chart is drawn as one <svg> element');
    known = { props: tree.props, html: svgMarkup(tree.children) };
    mine.set(key, known);
  }
  return known;
}

/**
 * The chart as an accessible SVG with a fixed viewBox. It scales to its container's width and
 * keeps its aspect ratio, so the page does not shift while loading. The picture itself is the
 * plain tree lib/charts draws (lib/charts/svg/), which the share card draws too: React writes its
 * <svg> element, and the marks inside come as the HTML React would write for them (./svg-markup).
 */
export function ChartSvg({ dataset, variant, lang }: ChartSvgProps) {
  const { props, html } = draw(dataset, variant, lang);
  return createElement('svg', { ...props, dangerouslySetInnerHTML: { __html: html } });
}
