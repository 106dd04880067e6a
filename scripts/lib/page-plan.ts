// Which pages a correction build must generate again: every page of a route with a variable part
// (the home page and its later pages among them), with a fingerprint of exactly what it renders
// (scripts/build.mjs keeps the others from the last build). The site's fixed pages (the topics,
// corrections, sitemap...) are few: Next generates them at every build, and the feeds and the
// search index are written anew.
import crypto from 'node:crypto';
import { pageKey, type RouteId } from '../../app/_routes/changed';
import { homePageParams, tagPageParams } from '../../app/_routes/pages';
import { getPublishedChart, getPublishedChartData, getPublishedCharts, getStories, type Story } from '../../lib/content/stories';
import { editionTags, pageCount, pageOf, sitePage, tagPage } from '../../lib/editions';
import { LANGS, type Lang } from '../../lib/i18n/lang';
import { paths, tagSlug } from '../../lib/i18n/paths';
import type { Editions } from '../../lib/metadata';
import { chartCardInput, siteCardInput, storyCardInput } from '../../lib/share-image/cards';
import { cardCacheName } from '../../lib/share-image/render';
import { bodyKey } from './feed-bodies';

/** One page: its route, its params' key (app/_routes/changed.ts pageKey: "x.png", "trade/page/2", "" for the home page), the file it is exported to (from the site's root) and its fingerprint. */
export type PlannedPage = { route: RouteId; param: string; file: string; fingerprint: string };

/** The text of every content file, by its path in the content model (stories/x.mdx, data/fr/y.json). */
export type ContentTexts = ReadonlyMap<string, string>;

const digest = (text: string) => crypto.createHash('sha256').update(text).digest('hex').slice(0, 32);
const fingerprint = (value: unknown) => digest(JSON.stringify(value));

/** The file an address is exported to: /stories/x/ is stories/x/index.html, /og/x.png is og/x.png. */
const fileOf = (address: string) => (address.endsWith('/') ? `${address}index.html` : address).slice(1);

/**
 * A story as its page shows it: its fields (frontmatter and what is derived from its text), its
 * text, from which alone its compiled body comes (lib/content/story-file.ts compiles each file on
 * its own), and the data files of its charts and figures (a French story's: the English file and
 * its French words), from which alone its datasets come. The files stand in for the body and the
 * datasets, which are far larger to serialise.
 */
function storyFingerprints(texts: ContentTexts) {
  const fileHashes = new Map<string, string>();
  const fileHash = (file: string) => fileHashes.get(file) ?? fileHashes.set(file, digest(`${file}\0${texts.get(file) ?? '\u0001no such file'}`)).get(file)!;
  const stories = new WeakMap<Story, string>();
  return (story: Story) => {
    const known = stories.get(story);
    if (known) return known;
    const { datasets, ...fields } = story;
    const text = story.lang === 'fr' ? `stories/fr/${story.slug}.mdx` : `stories/${story.slug}.mdx`;
    const data = datasets.flatMap(({ id }) => (story.lang === 'fr' ? [`data/${id}.json`, `data/fr/${id}.json`] : [`data/${id}.json`]));
    // A story or chart whose file is not where this expects it would go unnoticed when it changed.
    for (const file of [text, ...data.filter((f) => !f.startsWith('data/fr/'))]) if (!texts.has(file)) throw new Error(`page plan: ${story.lang} story ${story.slug} has no file ${file}`);
    const result = fingerprint([fields, fileHash(text), data.map((file) => [file, fileHash(file)])]);
    stories.set(story, result);
    return result;
  };
}

/**
 * Each story's page in both editions, as storyPage (lib/editions.ts) gives it, from one pass over
 * the stories: storyPage looks the counterpart up in the whole other edition, once a story, which
 * at 2,006 stories is most of the plan's time.
 */
function storyPages(): (story: Story) => Editions {
  const [en, fr] = [getStories({ lang: 'en' }), getStories({ lang: 'fr' })];
  const counterpart = new Map<Story, Story>();
  // As counterpartOf: the first story of the other edition that pairs with it, in the edition's order.
  const englishBySlug = new Map<string, Story>();
  for (const story of en) if (!englishBySlug.has(story.slug)) englishBySlug.set(story.slug, story);
  const frenchOf = new Map<string, Story>();
  for (const story of fr) if (story.translationOf && !frenchOf.has(story.translationOf)) frenchOf.set(story.translationOf, story);
  for (const story of en) if (frenchOf.has(story.slug)) counterpart.set(story, frenchOf.get(story.slug)!);
  for (const story of fr) if (story.translationOf && englishBySlug.has(story.translationOf)) counterpart.set(story, englishBySlug.get(story.translationOf)!);
  return (story) => {
    const other = counterpart.get(story);
    return { [story.lang]: paths(story.lang).story(story.slug), ...(other ? { [other.lang]: paths(other.lang).story(other.slug) } : {}) };
  };
}

/**
 * What storyCardInput needs of the other stories of an edition, for each story: their tags
 * (storyCardKicker reads nothing else of them), given as one list instead of every story, which
 * it would go through once a story (2,006 stories: two million).
 */
function cardCompanions(stories: Story[]): (story: Story) => Story[] {
  const storiesWith = new Map<string, number>();
  for (const story of stories) for (const tag of new Set(story.tags)) storiesWith.set(tag, (storiesWith.get(tag) ?? 0) + 1);
  return (story) => {
    const own = new Set(story.tags);
    const tags = [...storiesWith].filter(([tag, n]) => n > (own.has(tag) ? 1 : 0)).map(([tag]) => tag);
    return [{ slug: `\u0000others of ${story.slug}`, tags } as unknown as Story];
  };
}

function editionPages(lang: Lang, storyFingerprint: (story: Story) => string, storyPage: (story: Story) => Editions): PlannedPage[] {
  const at = paths(lang);
  const stories = getStories({ lang });
  const companions = cardCompanions(stories);
  const pages: PlannedPage[] = [];
  const add = (route: RouteId, param: string, address: string, print: string) => pages.push({ route, param, file: fileOf(address), fingerprint: print });
  for (const story of stories) {
    // The story, and where its language switch leads.
    add(`story:${lang}`, story.slug, at.story(story.slug), fingerprint([storyFingerprint(story), storyPage(story)]));
    // A card is a pure function of its input (lib/share-image/render.tsx): its name in the card cache.
    add(`story-card:${lang}`, `${story.slug}.png`, at.storyCard(story.slug), cardCacheName(storyCardInput(story, lang, companions(story))));
  }
  // A list's page shows its own stories as cards, and where it is among the list's pages; its
  // language switch leads to the other edition's first page. The home page leads with its first
  // story's chart, which that story's fingerprint covers (its data files).
  const home = sitePage('home');
  const homeCount = pageCount(stories.length);
  for (let page = 1; page <= homeCount; page++) {
    add(`home:${lang}`, pageKey(homePageParams(page)), at.home(page), fingerprint(['home', page, homeCount, pageOf(stories, page).map(storyFingerprint), home]));
  }
  // A topic's pages also give its number of stories, and its first page names its counterpart.
  for (const { tag, stories: tagged } of editionTags(lang)) {
    const count = pageCount(tagged.length);
    const editions = tagPage(tag);
    for (let page = 1; page <= count; page++) {
      add(`tag:${lang}`, pageKey(tagPageParams(tagSlug(tag, lang), page)), at.tag(tag, page), fingerprint([tag, page, count, tagged.length, pageOf(tagged, page).map(storyFingerprint), editions]));
    }
  }
  for (const chart of getPublishedCharts({ lang })) {
    const { id } = chart;
    // An embed links to the edition's newest story showing the chart, and names the editions that publish it.
    const story = stories.find((s) => s.charts.includes(id));
    add(`embed:${lang}`, id, at.embed(id), fingerprint([chart, story && [story.slug, story.title], LANGS.filter((l) => getPublishedChart(id, { lang: l }))]));
    add(`csv:${lang}`, `${id}.csv`, at.data(id), fingerprint(getPublishedChartData(id, { lang })));
    add(`chart-card:${lang}`, `${id}.png`, at.chartCard(id), cardCacheName(chartCardInput(chart, lang)));
  }
  return pages;
}

/**
 * Every page of both editions that a correction build may skip, with its fingerprint; the names in
 * the card cache of every card the content needs (the build prunes the others); and each story's
 * own fingerprint (its fields, text and data files, by bodyKey), under which the feeds keep its
 * rendered body (scripts/lib/feed-bodies.ts).
 */
export function pagePlan(texts: ContentTexts): { pages: PlannedPage[]; cards: string[]; bodies: Record<string, string> } {
  const storyFingerprint = storyFingerprints(texts);
  const storyPage = storyPages();
  const pages = LANGS.flatMap((lang) => editionPages(lang, storyFingerprint, storyPage));
  const cards = [...LANGS.map((lang) => cardCacheName(siteCardInput(lang))), ...pages.filter((p) => p.route.startsWith('story-card:') || p.route.startsWith('chart-card:')).map((p) => p.fingerprint)];
  const bodies = Object.fromEntries(LANGS.flatMap((lang) => getStories({ lang }).map((story) => [bodyKey(story), storyFingerprint(story)])));
  return { pages, cards, bodies };
}
