// Which pages a correction build must generate again: every page of a route with a variable part,
// with a fingerprint of exactly what it renders (scripts/build.mjs keeps the others from the last
// build). The site's fixed pages (home, topics, corrections, sitemap...) are few and list the
// stories: Next generates them at every build, and the feeds and the search index are written anew.
import crypto from 'node:crypto';
import type { RouteId } from '../../app/_routes/changed';
import { getPublishedChart, getPublishedChartData, getPublishedCharts, getStories, type Story } from '../../lib/content/stories';
import { editionTags, storyPage, tagPage } from '../../lib/editions';
import { LANGS, type Lang } from '../../lib/i18n/lang';
import { paths, tagSlug } from '../../lib/i18n/paths';
import { chartCardInput, editionCards, storyCardInput } from '../../lib/share-image/cards';
import { cardCacheName } from '../../lib/share-image/render';

/** One page: its route, the value of the route's one param, the file it is exported to (from the site's root) and its fingerprint. */
export type PlannedPage = { route: RouteId; param: string; file: string; fingerprint: string };

/** A story's compiled body, which the Story objects hold only as a component (lib/content/cache.ts has it). */
export type BodyOf = (story: Story) => unknown;

const fingerprint = (value: unknown) => crypto.createHash('sha256').update(JSON.stringify(value)).digest('hex').slice(0, 32);

/** The file an address is exported to: /stories/x/ is stories/x/index.html, /og/x.png is og/x.png. */
const fileOf = (address: string) => (address.endsWith('/') ? `${address}index.html` : address).slice(1);

function editionPages(lang: Lang, bodyOf: BodyOf): PlannedPage[] {
  const at = paths(lang);
  const stories = getStories({ lang });
  const pages: PlannedPage[] = [];
  const add = (route: RouteId, param: string, address: string, inputs: unknown) => pages.push({ route: `${route}`, param, file: fileOf(address), fingerprint: fingerprint(inputs) });
  for (const story of stories) {
    // The story as the page shows it (frontmatter, derived fields, its charts' and figures' data,
    // its body) and where its language switch leads. JSON leaves out the Body component.
    add(`story:${lang}`, story.slug, at.story(story.slug), [story, bodyOf(story), storyPage(story)]);
    // A card is a pure function of its input (lib/share-image/render.tsx).
    add(`story-card:${lang}`, `${story.slug}.png`, at.storyCard(story.slug), storyCardInput(story, lang, stories));
  }
  // A topic lists its stories as cards, and its language switch leads to the other edition's topic.
  for (const { tag, stories: tagged } of editionTags(lang)) add(`tag:${lang}`, tagSlug(tag, lang), at.tag(tag), [tag, tagged, tagPage(tag)]);
  for (const chart of getPublishedCharts({ lang })) {
    const { id } = chart;
    // An embed links to the edition's newest story showing the chart, and names the editions that publish it.
    const story = stories.find((s) => s.charts.includes(id));
    add(`embed:${lang}`, id, at.embed(id), [chart, story && [story.slug, story.title], LANGS.filter((l) => getPublishedChart(id, { lang: l }))]);
    add(`csv:${lang}`, `${id}.csv`, at.data(id), getPublishedChartData(id, { lang }));
    add(`chart-card:${lang}`, `${id}.png`, at.chartCard(id), chartCardInput(chart, lang));
  }
  return pages;
}

/** Every page of both editions that a correction build may skip, with its fingerprint. */
export function pagePlan(bodyOf: BodyOf): PlannedPage[] {
  return LANGS.flatMap((lang) => editionPages(lang, bodyOf));
}

/** The file names, in the card cache, of every card the current content needs (the rest is pruned). */
export const neededCards = (): string[] => LANGS.flatMap((lang) => editionCards(lang).map(({ input }) => cardCacheName(input)));
