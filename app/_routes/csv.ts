import { getPublishedChartData, getPublishedCharts } from '@/lib/content/stories';
import type { Lang } from '@/lib/i18n/lang';
import { datasetToCsv } from '@/lib/charts/csv';
import { onlyChanged } from './changed';

type Params = { params: Promise<{ file: string }> };

/** Each chart's data as CSV, written at build time: /data/<id>.csv, or /fr/donnees/<id>.csv with French headers and words. */
export function csvRoute(lang: Lang) {
  return {
    generateStaticParams: () => onlyChanged(`csv:${lang}`, getPublishedCharts({ lang }).map(({ id }) => ({ file: `${id}.csv` }))),
    GET: async (_request: Request, { params }: Params) => {
      const id = (await params).file.replace(/\.csv$/, '');
      // The data as typed in its file, not the typeset words the page shows (lib/content/disk.ts).
      return new Response(datasetToCsv(getPublishedChartData(id, { lang })!, lang), {
        headers: { 'Content-Type': 'text/csv; charset=utf-8', 'Content-Disposition': `attachment; filename="${id}.csv"` },
      });
    },
  };
}
