'use client';

import { useRef, useState, useSyncExternalStore } from 'react';
import { downloadBlob, exportSvg, svgToPng, visibleChartSvg } from './svg-export';

export interface ChartDownloadsProps {
  /** Chart id: the files are named <id>.svg and <id>.png. */
  chartId: string;
  /** Title written above the chart in the image. */
  title: string;
  /** Source line written below the chart in the image. */
  sourceLine: string;
}

const subscribe = () => () => {};

/**
 * "Download SVG" and "Download PNG" buttons. Until JavaScript runs (without it they could not
 * work) they are invisible and disabled but keep their space, so showing them shifts nothing.
 */
export function ChartDownloads({ chartId, title, sourceLine }: ChartDownloadsProps) {
  const ref = useRef<HTMLSpanElement>(null);
  const hydrated = useSyncExternalStore(subscribe, () => true, () => false);
  const [error, setError] = useState<string | null>(null);

  const build = () => {
    const figure = ref.current?.closest('figure');
    const svg = figure && visibleChartSvg(figure);
    if (!svg) throw new Error('Chart not found');
    return exportSvg(svg, { title, sourceLine });
  };
  const onSvg = () => {
    try {
      const { markup } = build();
      downloadBlob(new Blob([markup], { type: 'image/svg+xml;charset=utf-8' }), `${chartId}.svg`);
      setError(null);
    } catch (e) {
      setError((e as Error).message);
    }
  };
  const onPng = async () => {
    try {
      const { markup, width, height } = build();
      downloadBlob(await svgToPng(markup, width, height), `${chartId}.png`);
      setError(null);
    } catch (e) {
      setError((e as Error).message);
    }
  };

  return (
    <span
      ref={ref}
      className="chart-image-downloads"
      data-pending={hydrated ? undefined : ''}
      aria-hidden={hydrated ? undefined : true}
    >
      <button type="button" onClick={onSvg} disabled={!hydrated}>
        Download SVG
      </button>
      <button type="button" onClick={onPng} disabled={!hydrated}>
        Download PNG
      </button>
      {error && <span role="alert">Download failed: {error}</span>}
    </span>
  );
}
