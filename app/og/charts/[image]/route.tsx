import { getPublishedChart, getPublishedCharts } from '@/lib/content/stories';
import { shareImageResponse } from '@/lib/share-image/render';
import { site } from '@/lib/site';

export const dynamic = 'force-static';
export const dynamicParams = false;

type Params = { params: Promise<{ image: string }> };

/** One share card per chart, at /og/charts/<id>.png, for its embed page and share links. */
export function generateStaticParams() {
  return getPublishedCharts().map(({ id }) => ({ image: `${id}.png` }));
}

export async function GET(_request: Request, { params }: Params) {
  const dataset = getPublishedChart((await params).image.replace(/\.png$/, ''))!;
  return shareImageResponse({
    kicker: 'Chart',
    title: dataset.title,
    dek: dataset.sourceLine,
    chart: dataset,
    footer: new URL(site.url).host,
  });
}
