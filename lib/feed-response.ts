import { getDataset } from './data/datasets';

/** Feed readers see a chart as a link titled with its heading. */
export const chartTitle = (id: string) => getDataset(id).title;

export function feedResponse(body: string, type: string): Response {
  return new Response(body, { headers: { 'Content-Type': `${type}; charset=utf-8` } });
}
