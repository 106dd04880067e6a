import type { Metadata } from 'next';
import { ChartFigure } from '@/components/charts/ChartFigure';
import { describe } from '@/lib/charts/describe';
import { getPublishedChart, getPublishedCharts, getStories } from '@/lib/content/stories';
import { pageMetadata } from '@/lib/metadata';
import { site } from '@/lib/site';

type Params = { params: Promise<{ id: string }> };

export const dynamicParams = false;

export function generateStaticParams() {
  return getPublishedCharts().map(({ id }) => ({ id }));
}

/** The newest published story that shows the chart: where "read the story" leads. */
function homeStory(id: string) {
  return getStories().find((story) => story.charts.includes(id));
}

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const dataset = getPublishedChart((await params).id)!;
  return pageMetadata({
    title: dataset.title,
    description: describe(dataset),
    path: `/embed/${dataset.id}/`,
    image: { url: `/og/charts/${dataset.id}.png`, alt: `Chart: ${dataset.title}` },
    // The chart's home is its story; the embed copy stays out of search results.
    noindex: true,
  });
}

/** A chart alone, made for an iframe: no site chrome, a link back to its story, and it tells the host page its height. */
export default async function EmbedPage({ params }: Params) {
  const dataset = getPublishedChart((await params).id)!;
  const story = homeStory(dataset.id);
  return (
    // data-embed: the page script tells the host page this chart's height (enhance/embed-resize.ts).
    <main className="px-3 py-2" data-embed={dataset.id}>
      <ChartFigure dataset={dataset} embed={false} className="chart--embed" titleIsHeading />
      <p className="mt-2 text-sm text-gray-700 dark:text-gray-300">
        {story ? (
          <a href={`/stories/${story.slug}/#${dataset.id}`} target="_blank" rel="noopener noreferrer" className="underline">
            From “{story.title}”, {site.name}
          </a>
        ) : (
          <a href="/" target="_blank" rel="noopener noreferrer" className="underline">{site.name}</a>
        )}
      </p>
    </main>
  );
}
