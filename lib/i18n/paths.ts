import type { Lang } from './lang';

/**
 * Every address on the site, per edition. English keeps the addresses it always had; French lives
 * under /fr/ with French words in the path. Pages, links, feeds, the sitemap and the language
 * switch all build addresses here, so the two editions cannot drift apart.
 */
const SEGMENTS = {
  en: { root: '/', story: 'stories', tags: 'tags', about: 'about', corrections: 'corrections', search: 'search', embed: 'embed', data: 'data', og: 'og' },
  fr: { root: '/fr/', story: 'articles', tags: 'sujets', about: 'a-propos', corrections: 'corrections', search: 'recherche', embed: 'graphiques', data: 'donnees', og: 'og' },
} as const satisfies Record<Lang, Record<string, string>>;

export function paths(lang: Lang) {
  const s = SEGMENTS[lang];
  const at = (...parts: string[]) => `${s.root}${parts.join('/')}`;
  return {
    home: () => s.root,
    story: (slug: string) => at(s.story, slug, ''),
    tags: () => at(s.tags, ''),
    tag: (tag: string) => at(s.tags, tag, ''),
    about: () => at(s.about, ''),
    corrections: () => at(s.corrections, ''),
    search: () => at(s.search, ''),
    embed: (chartId: string) => at(s.embed, chartId, ''),
    /** A chart's data as CSV, with headers in this edition's language. */
    data: (chartId: string) => at(s.data, `${chartId}.csv`),
    siteCard: () => at(s.og, 'site.png'),
    storyCard: (slug: string) => at(s.og, 'stories', `${slug}.png`),
    chartCard: (chartId: string) => at(s.og, 'charts', `${chartId}.png`),
    feed: (kind: 'rss' | 'atom' | 'json') => at({ rss: 'feed.xml', atom: 'atom.xml', json: 'feed.json' }[kind]),
  };
}

/** The edition a site path belongs to. */
export const langOfPath = (pathname: string): Lang => (pathname === '/fr' || pathname.startsWith('/fr/') ? 'fr' : 'en');
