import { site } from './site';

/** The site's feeds: where they live, their type, and the title readers' apps show. */
export const FEEDS = {
  rss: { path: '/feed.xml', type: 'application/rss+xml', title: `${site.name} (RSS)` },
  atom: { path: '/atom.xml', type: 'application/atom+xml', title: `${site.name} (Atom)` },
  json: { path: '/feed.json', type: 'application/feed+json', title: `${site.name} (JSON Feed)` },
} as const;
