export interface ChartDownloadsProps {
  /** Chart id: the files are named <id>.svg and <id>.png. */
  chartId: string;
  /** Title written above the chart in the image. */
  title: string;
  /** Source line written below the chart in the image. */
  sourceLine: string;
}

/**
 * "Download SVG" and "Download PNG" (wired by components/enhance/chart-downloads.ts). They need
 * JavaScript, so they show only with it, from the first paint.
 */
export function ChartDownloads({ chartId, title, sourceLine }: ChartDownloadsProps) {
  return (
    <span className="chart-image-downloads js-only" data-chart-downloads data-chart-id={chartId} data-title={title} data-source-line={sourceLine}>
      <button type="button" data-download="svg">
        Download SVG
      </button>
      <button type="button" data-download="png">
        Download PNG
      </button>
      <span role="alert" data-download-error />
    </span>
  );
}
