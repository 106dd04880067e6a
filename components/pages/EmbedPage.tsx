import { ChartFigure } from '@/components/charts/ChartFigure';
import { EMBED_VARIANTS } from '@/lib/charts/variants';
import { getPublishedChart, getStories } from '@/lib/content/stories';
import { chartText } from '@/lib/i18n/charts';
import type { Lang } from '@/lib/i18n/lang';
import { paths } from '@/lib/i18n/paths';
import { siteText } from '@/lib/i18n/site';

/** A chart alone, made for an iframe: no site chrome, a link back to its story, and it tells the host page its height. */
export function EmbedPage({ id, lang }: { id: string; lang: Lang }) {
  const dataset = getPublishedChart(id, { lang })!;
  // Where "read the story" leads: the edition's newest published story that shows the chart.
  const story = getStories({ lang }).find((s) => s.charts.includes(dataset.id));
  const at = paths(lang);
  return (
    // data-embed: the page script tells the host page this chart's height (enhance/embed-resize.ts).
    <main className="px-3 py-2" data-embed={dataset.id}>
      <ChartFigure dataset={dataset} embed={false} className="chart--embed" titleIsHeading lang={lang} variants={EMBED_VARIANTS} />
      <p className="mt-2 text-sm text-ink-soft">
        {story ? (
          <a href={`${at.story(story.slug)}#${dataset.id}`} target="_blank" rel="noopener noreferrer" className="text-link">
            {chartText(lang).fromStory(story.title, siteText(lang).name)}
          </a>
        ) : (
          <a href={at.home()} target="_blank" rel="noopener noreferrer" className="text-link">{siteText(lang).name}</a>
        )}
      </p>
    </main>
  );
}
