import { colon } from '@/lib/i18n/lang';
import { chartText } from '@/lib/i18n/charts';
import type { Lang } from '@/lib/i18n/lang';

export interface ChartTooltipProps {
  /** Chart id, used for the tooltip element's id. */
  chartId: string;
  /** Edition of the words the script writes in it. */
  lang: Lang;
}

/**
 * The tooltip for the chart's marks (inside `.chart-body`, next to the SVGs). Empty in the HTML;
 * components/enhance/chart-tooltip.ts fills it with a mark's value and source on hover, tap or focus,
 * the source after `data-source-label` ("Source: ", "Source : ").
 */
export function ChartTooltip({ chartId, lang }: ChartTooltipProps) {
  const label = `${chartText(lang).source(1)}${colon(lang)}`;
  return <div id={`${chartId}-tooltip`} className="chart-tooltip" role="status" aria-live="polite" data-source-label={label} />;
}
