import { downloadBlob, exportSvg, markerNotesFor, svgToPng, visibleChartSvg } from './svg-export';

/** "Download SVG" and "Download PNG": the chart as it looks now (light or dark), with its title and source. */
export function enhanceChartDownloads(root: ParentNode = document) {
  for (const group of root.querySelectorAll<HTMLElement>('[data-chart-downloads]')) {
    const { chartId = 'chart', title = '', sourceLine = '', failed = '' } = group.dataset;
    const error = group.querySelector<HTMLElement>('[data-download-error]');
    const save = async (type: 'svg' | 'png') => {
      try {
        const figure = group.closest('figure');
        const svg = figure && visibleChartSvg(figure);
        if (!svg) throw new Error('Chart not found');
        const { markup, width, height } = exportSvg(svg, { title, sourceLine, notes: markerNotesFor(svg) });
        const blob = type === 'svg' ? new Blob([markup], { type: 'image/svg+xml;charset=utf-8' }) : await svgToPng(markup, width, height);
        downloadBlob(blob, `${chartId}.${type}`);
        if (error) error.textContent = '';
      } catch (e) {
        // The page's own words only: the browser's reason is in English, and for the console.
        console.error(e);
        if (error) error.textContent = failed;
      }
    };
    group.querySelector('[data-download="svg"]')?.addEventListener('click', () => save('svg'));
    group.querySelector('[data-download="png"]')?.addEventListener('click', () => save('png'));
  }
}
