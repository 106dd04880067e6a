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

/** How many pages a list of `n` stories takes, `site.listLength` a page (an empty list still has its first). */
export const pageCount = (n: number): number => Math.max(1, Math.ceil(n / site.listLength));

/** The stories of a list's page `page` (1 is the first, the newest). */
export const pageOf = <T>(stories: T[], page: number): T[] => stories.slice((page - 1) * site.listLength, page * site.listLength);
