/**
 * What a story may contain besides Markdown. A story is content, not code: these lists are the
 * whole of it, and lib/content/safety.ts refuses everything else at compile time.
 */
import type { Lang } from '../i18n/lang';
import { linkablePages } from '../i18n/paths';

/**
 * Components an editor may use, with the attributes each takes (all written as literal strings).
 * mdx-components.tsx maps each name to its implementation; a unit test keeps the two equal.
 */
export const STORY_COMPONENTS = {
  Chart: { required: ['id'], optional: [] },
  /** A figure from a chart's data, in the prose: <Figure chart="us-n95-production" value="2020-03" />. */
  Figure: { required: ['chart', 'value'], optional: [] },
  /**
   * A quotation translated into French, inside the sentence: « <Quote original="I am just so, so
   * disappointed right now.">Je suis tellement, tellement déçu en ce moment.</Quote> ». The text
   * inside is our translation; `original` holds the speaker's English words, verbatim.
   */
  Quote: { required: ['original'], optional: [], text: true, editions: ['fr'] },
} as const satisfies Record<string, ComponentRule>;

/**
 * What a component accepts: its attributes; `text` if it wraps words of the prose (plain text and
 * emphasis only, so it stays phrasing content); `editions` if only some editions may use it.
 */
export type ComponentRule = { required: readonly string[]; optional: readonly string[]; text?: boolean; editions?: readonly Lang[] };

export type StoryComponentName = keyof typeof STORY_COMPONENTS;

/** The attribute that names a chart, on each component that takes one: it must be a data file's name. */
export const CHART_ATTRIBUTE: Partial<Record<StoryComponentName, string>> = { Chart: 'id', Figure: 'chart' };

/**
 * Plain HTML an editor may write inside a sentence, for what Markdown has no syntax for:
 * abbreviations, superscripts and the like. Nothing here loads, runs or embeds anything.
 */
export const STORY_HTML: Record<string, readonly string[]> = {
  abbr: ['title'],
  br: [],
  cite: [],
  del: [],
  ins: [],
  mark: [],
  q: [],
  small: [],
  sub: [],
  sup: [],
};

/** Link and image addresses may use these schemes, or none (a path on this site, or #anchor). */
export const URL_SCHEMES = ['http', 'https', 'mailto'] as const;

/**
 * Element ids every story page has besides its headings and charts (components/SiteChrome.tsx,
 * SiteHeader.tsx, TableOfContents.tsx, StoryFooter.tsx): a heading never takes one of them
 * (lib/content/derive.ts headingIds), and a link to #main is no link to a part of the story.
 */
export const PAGE_IDS = ['main', 'site-search', 'toc-heading', 'sources-heading', 'corrections-heading'] as const;

/** Site pages a story may link to, besides stories, tags, embeds and data files. */
export const SITE_PATHS = linkablePages('en');
