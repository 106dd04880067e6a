/**
 * Components an editor may use in a story, by the name written in MDX. mdx-components.tsx maps
 * each to its implementation; a unit test keeps the two lists equal.
 */
export const STORY_COMPONENTS = ['Chart'] as const;

/** Element ids every story page has besides its headings and charts. */
export const PAGE_IDS = ['main', 'toc-heading', 'sources-heading', 'corrections-heading'] as const;

/** Site pages a story may link to, besides stories, tags, embeds and data files. */
export const SITE_PATHS = ['/', '/about/', '/tags/', '/corrections/', '/search/', '/feed.xml', '/atom.xml', '/feed.json'] as const;
