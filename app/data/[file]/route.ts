import { getPublishedChart, getPublishedCharts } from '@/lib/content/stories';
import { datasetToCsv } from '@/lib/data/csv';

export const dynamic = 'force-static';
export const dynamicParams = false;

/** Each chart's data as /data/<id>.csv, written at build time. */
export function generateStaticParams() {
  return getPublishedCharts().map(({ id }) => ({ file: `${id}.csv` }));
}

export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }) {
  const id = (await params).file.replace(/\.csv$/, '');
  return new Response(datasetToCsv(getPublishedChart(id)!), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8', 'Content-Disposition': `attachment; filename="${id}.csv"` },
  });
}
