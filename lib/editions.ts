import { counterpartOf, getStories, getTags, type StoryMeta } from './content/stories';
import type { Editions } from './metadata';
import { LANGS, otherLang, type Lang } from './i18n/lang';
import { paths } from './i18n/paths';
import { tagName } from './i18n/site';
import { site } from './site';

/**
 * A page's address in each edition that has it: what the language switch, hreflang and the sitemap
 * share, so the three always agree.
 */
type Fixed = 'home' | 'tags' | 'about' | 'corrections' | 'search';

/** The site's own pages exist in both editions. */
export const sitePage = (page: Fixed): Editions => Object.fromEntries(LANGS.map((lang) => [lang, paths(lang)[page]()]));

/** A topic's page exists in an edition when one of its published stories carries the tag. */
export function tagPage(tag: string): Editions {
  return Object.fromEntries(LANGS.filter((lang) => getStories({ lang }).some((s) => s.tags.includes(tag))).map((lang) => [lang, paths(lang).tag(tag)]));
}

/** A story and its translation (or original), when that is published. */
export function storyPage(story: StoryMeta): Editions {
  // counterpartOf gives only a story the site publishes.
  const other = counterpartOf(story);
  return { [story.lang]: paths(story.lang).story(story.slug), ...(other ? { [other.lang]: paths(other.lang).story(other.slug) } : {}) };
}

/** Where this page's language switch leads: the same page in the other edition, if there is one. */
export const otherEdition = (editions: Editions, lang: Lang) => editions[otherLang(lang)];

/** Every tag an edition's published stories carry, with those stories (newest first), sorted by its name in that language. */
export const editionTags = (lang: Lang) => getTags({ lang }).sort((a, b) => tagName(a.tag, lang).localeCompare(tagName(b.tag, lang), lang));

/**
 * A list's later pages hold this many times the first page's stories. The first page is where
 * readers land, kept light for its first paint; the later ones are browsed, and each is a page to
 * build: at 20 and 20, an archive of 1,003 stories in two editions added 494 pages, and its cold
 * build went past six times the small site's (BENCHMARKS.md, bench30); at 20 and 100, about 100.
 */
export const LATER_PAGE_FACTOR = 5;

const laterLength = () => site.listLength * LATER_PAGE_FACTOR;

/** How many pages a list of `n` stories takes: the first with `site.listLength`, each later one with five times that (an empty list still has its first). */
export const pageCount = (n: number): number => 1 + Math.max(0, Math.ceil((n - site.listLength) / laterLength()));

/** The stories of a list's page `page` (1 is the first, the newest). */
export function pageOf<T>(stories: T[], page: number): T[] {
  if (page === 1) return stories.slice(0, site.listLength);
  const start = site.listLength + (page - 2) * laterLength();
  return stories.slice(start, start + laterLength());
}
