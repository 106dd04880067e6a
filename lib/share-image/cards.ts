/**
 * What each share card of an edition shows: the site's card, one a story, one a chart. The routes
 * under app/(cards)/og/ and app/fr/(cards)/og/ draw these; the tests read them to check every card of a site.
 */
import { getPublishedCharts, getStories, type Story } from '../content/stories';
import type { Dataset } from '../data/schema';
import { chartText } from '../i18n/charts';
import type { Lang } from '../i18n/lang';
import { siteText, storyKicker } from '../i18n/site';
import { site } from '../site';
import type { CardInput } from './render';

/** The host a card prints after the site's name: only a real one, never localhost (SITE_URL unset). */
export const cardHost = () => (site.hasPublicUrl ? new URL(site.url).host : '');

/** The card of an edition's pages that have none of their own: home, topics, about. */
export const siteCardInput = (lang: Lang): CardInput => ({ kicker: siteText(lang).cards.site, title: siteText(lang).name, dek: siteText(lang).description, footer: cardHost(), lang });

/**
 * The chart a story's card shows: of its charts, the one the fewest other stories show (the
 * first such), so two stories that open on the same chart still get cards that look apart.
 */
export function storyCardChart(story: Story, stories: readonly Story[]): Dataset | undefined {
  const charts = story.datasets.filter((d) => story.charts.includes(d.id));
  const sharedBy = (d: Dataset) => stories.filter((s) => s !== story && s.charts.includes(d.id)).length;
  return charts.reduce<Dataset | undefined>((best, d) => (!best || sharedBy(d) < sharedBy(best) ? d : best), undefined);
}

export function storyCardInput(story: Story, lang: Lang, stories = getStories({ lang })): CardInput {
  return { kicker: storyKicker(story.tags, lang), title: story.title, dek: story.dek, chart: storyCardChart(story, stories), footer: cardHost(), lang };
}

export const chartCardInput = (dataset: Dataset, lang: Lang): CardInput => ({ kicker: chartText(lang).cardKicker, title: dataset.title, dek: dataset.sourceLine, chart: dataset, footer: cardHost(), lang });

/** Every card of an edition, by the path it is written to under the edition's og/ folder. */
export function editionCards(lang: Lang): { path: string; input: CardInput }[] {
  const stories = getStories({ lang });
  return [
    { path: 'site.png', input: siteCardInput(lang) },
    ...stories.map((s) => ({ path: `stories/${s.slug}.png`, input: storyCardInput(s, lang, stories) })),
    ...getPublishedCharts({ lang }).map((d) => ({ path: `charts/${d.id}.png`, input: chartCardInput(d, lang) })),
  ];
}

