import type { Metadata } from 'next';
import { ChartFigure } from '@/components/charts/ChartFigure';
import { describe } from '@/lib/charts/describe';
import { getPublishedChart, getPublishedCharts, getStories } from '@/lib/content/stories';
import { chartText } from '@/lib/i18n/charts';
import { LANGS, type Lang } from '@/lib/i18n/lang';
import { paths } from '@/lib/i18n/paths';
import { pageMetadata } from '@/lib/metadata';
import { siteText } from '@/lib/i18n/site';

type Params = { params: Promise<{ id: string }> };

/** A chart alone, made for an iframe: no site chrome, a link back to its story, and it tells the host page its height. */
export function EmbedPage({ id, lang }: { id: string; lang: Lang }) {
  const dataset = getPublishedChart(id, { lang })!;
  // Where "read the story" leads: the edition's newest published story that shows the chart.
  const story = getStories({ lang }).find((s) => s.charts.includes(dataset.id));
  const at = paths(lang);
  return (
    // data-embed: the page script tells the host page this chart's height (enhance/embed-resize.ts).
    <main className="px-3 py-2" data-embed={dataset.id}>
      <ChartFigure dataset={dataset} embed={false} className="chart--embed" titleIsHeading lang={lang} />
      <p className="mt-2 text-sm text-gray-700 dark:text-gray-300">
        {story ? (
          <a href={`${at.story(story.slug)}#${dataset.id}`} target="_blank" rel="noopener noreferrer" className="underline">
            {chartText(lang).fromStory(story.title, siteText(lang).name)}
          </a>
        ) : (
          <a href={at.home()} target="_blank" rel="noopener noreferrer" className="underline">{siteText(lang).name}</a>
        )}
      </p>
    </main>
  );
}

/** The embed page route of an edition: /embed/<id>/ or /fr/graphiques/<id>/. */
export function embedRoute(lang: Lang) {
  const at = paths(lang);
  return {
    generateStaticParams: () => getPublishedCharts({ lang }).map(({ id }) => ({ id })),
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
