import type { Metadata } from 'next';
import { EmbedPage } from '@/components/pages/EmbedPage';
import { describe } from '@/lib/charts/describe';
import { getPublishedChart, getPublishedCharts } from '@/lib/content/stories';
import { chartText } from '@/lib/i18n/charts';
import { LANGS, type Lang } from '@/lib/i18n/lang';
import { paths } from '@/lib/i18n/paths';
import { pageMetadata } from '@/lib/metadata';
import { onlyChanged } from './changed';

type Params = { params: Promise<{ id: string }> };

/** The embed page route of an edition: /embed/<id>/ or /fr/graphiques/<id>/. */
export function embedRoute(lang: Lang) {
  const at = paths(lang);
  return {
    generateStaticParams: () => onlyChanged(`embed:${lang}`, getPublishedCharts({ lang }).map(({ id }) => ({ id }))),
    generateMetadata: async ({ params }: Params): Promise<Metadata> => {
      const dataset = getPublishedChart((await params).id, { lang })!;
      return pageMetadata({
        lang,
        // The same chart's page in each edition that publishes it.
        editions: Object.fromEntries(LANGS.filter((l) => getPublishedChart(dataset.id, { lang: l })).map((l) => [l, paths(l).embed(dataset.id)])),
        title: dataset.title,
        description: describe(dataset, lang),
        path: at.embed(dataset.id),
        image: { url: at.chartCard(dataset.id), alt: chartText(lang).chartNamed(dataset.title) },
        // The chart's home is its story; the embed copy stays out of search results.
        noindex: true,
      });
    },
    Page: async ({ params }: Params) => <EmbedPage id={(await params).id} lang={lang} />,
  };
}
