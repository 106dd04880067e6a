import { getPublishedChart, getPublishedCharts } from '@/lib/content/stories';
import { chartText } from '@/lib/i18n/charts';
import type { Lang } from '@/lib/i18n/lang';
import { site } from '@/lib/site';
import { shareImageResponse } from './render';

type Params = { params: Promise<{ image: string }> };

/** One share card per chart of an edition, at og/charts/<id>.png (under /fr/ in French), for its embed page and share links. */
export function chartCards(lang: Lang) {
  return {
    generateStaticParams: () => getPublishedCharts({ lang }).map(({ id }) => ({ image: `${id}.png` })),
    GET: async (_request: Request, { params }: Params) => {
      const dataset = getPublishedChart((await params).image.replace(/\.png$/, ''), { lang })!;
      return shareImageResponse({
        kicker: chartText(lang).cardKicker,
        title: dataset.title,
        dek: dataset.sourceLine,
        chart: dataset,
        footer: new URL(site.url).host,
        lang,
      });
    },
  };
}
