export interface ChartTooltipProps {
  /** Chart id, used for the tooltip element's id. */
  chartId: string;
}

/**
 * The tooltip for the chart's marks (inside `.chart-body`, next to the SVGs). Empty in the HTML;
 * components/enhance/chart-tooltip.ts fills it with a mark's value and source on hover, tap or focus.
 */
export function ChartTooltip({ chartId }: ChartTooltipProps) {
  return <div id={`${chartId}-tooltip`} className="chart-tooltip" role="status" aria-live="polite" />;
}
