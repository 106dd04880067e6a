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
 * A story's eyebrow: its first tag that no other story of the edition has, so two stories that
 * share a lead tag ("3M") still get cards that read apart; failing that, its first tag.
 */
export function storyCardKicker(story: Pick<Story, 'slug' | 'tags'>, stories: readonly Story[], lang: Lang): string {
  const others = new Set(stories.filter((s) => s.slug !== story.slug).flatMap((s) => s.tags));
  const own = story.tags.find((t) => !others.has(t));
  return storyKicker(own ? [own] : story.tags, lang);
}

/**
 * A story's card leads with its headline and dek across the card, no picture: a picture would make
 * it the card of the chart it shows (each chart has its own card), not the story's.
 */
export function storyCardInput(story: Pick<Story, 'slug' | 'tags' | 'title' | 'dek'>, lang: Lang, stories = getStories({ lang })): CardInput {
  return { kicker: storyCardKicker(story, stories, lang), title: story.title, dek: story.dek, footer: cardHost(), lang };
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

