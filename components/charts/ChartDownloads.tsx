import { chartText } from '@/lib/i18n/charts';
import type { Lang } from '@/lib/i18n/lang';

export interface ChartDownloadsProps {
  /** Chart id: the files are named <id>.svg and <id>.png. */
  chartId: string;
  /** Title written above the chart in the image. */
  title: string;
  /** Source line written below the chart in the image. */
  sourceLine: string;
  /** Edition of the button labels (default English). */
  lang: Lang;
}

/**
 * "Download SVG" and "Download PNG" (wired by components/enhance/chart-downloads.ts). They need
 * JavaScript, so they show only with it, from the first paint.
 */
export function ChartDownloads({ chartId, title, sourceLine, lang }: ChartDownloadsProps) {
  const t = chartText(lang);
  return (
    <span
      className="chart-image-downloads js-only"
      data-chart-downloads
      data-chart-id={chartId}
      data-title={title}
      data-source-line={sourceLine}
      data-failed={t.downloadFailed}
    >
      <button type="button" data-download="svg">
        {t.downloadSvg}
      </button>
      <button type="button" data-download="png">
        {t.downloadPng}
      </button>
      <span role="alert" data-download-error />
    </span>
  );
}
