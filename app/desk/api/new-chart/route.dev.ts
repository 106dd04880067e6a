import { newChartFile } from '@/lib/data/new-chart';
import { createPlanned, field } from '../../_server/create';
import { readJson } from '../../_server/http';

/** POST { id, title, kind, table }: writes data/<id>.json from a pasted table, every value without a source yet; 201 names its editor. */
export async function POST(request: Request) {
  const read = await readJson(request);
  if ('error' in read) return read.error;
  const chart = newChartFile({ id: field(read.body, 'id'), title: field(read.body, 'title'), kind: field(read.body, 'kind'), table: field(read.body, 'table') });
  return createPlanned(chart.ok ? { ok: true, slug: chart.rel, files: [{ rel: chart.rel, text: chart.text }] } : chart, 'id');
}
