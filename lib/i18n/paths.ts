import { LANGS, type Lang } from './lang';

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
    /** The folder of the embed pages, the only pages other sites may frame. */
    embeds: () => at(s.embed, ''),
    /** A chart's data as CSV, with headers in this edition's language. */
    data: (chartId: string) => at(s.data, `${chartId}.csv`),
    siteCard: () => at(s.og, 'site.png'),
    storyCard: (slug: string) => at(s.og, 'stories', `${slug}.png`),
    chartCard: (chartId: string) => at(s.og, 'charts', `${chartId}.png`),
    feed: (kind: 'rss' | 'atom' | 'json') => at({ rss: 'feed.xml', atom: 'atom.xml', json: 'feed.json' }[kind]),
  };
}

/** What an address on the site is: its edition, its kind of page, and the one variable part if any. */
export type SitePath = {
  lang: Lang;
  page: Exclude<keyof ReturnType<typeof paths>, 'embeds'>;
  /** The slug, tag or chart id; for a feed, its kind (rss, atom, json). */
  param?: string;
  /** The address exactly as paths(lang) writes it: a folder's trailing slash may be missing from the one parsed. */
  address: string;
};

/** The pages with nothing variable in their address, and the feeds: any story may link to them. */
const FIXED_PAGES = ['home', 'tags', 'about', 'corrections', 'search'] as const;
const FEED_KINDS = ['rss', 'atom', 'json'] as const;
const SLOT = '\u0000';

type Route = { lang: Lang; page: SitePath['page']; pattern: RegExp; address: (param: string) => string; feed?: string };

/** Every kind of address of each edition, as a pattern with its variable part captured, built from paths(lang) itself. */
const ROUTES: Route[] = LANGS.flatMap((lang) => {
  const p = paths(lang);
  const escape = (address: string) => address.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  // A folder's address matches without its trailing slash too, as static hosts redirect it.
  const route = (page: Route['page'], address: Route['address'], feed?: string): Route => ({
    lang, page, address, feed,
    pattern: new RegExp(`^${escape(address(SLOT)).replace(SLOT, '([^/]+)').replace(/\/$/, '/?')}$`),
  });
  return [
    ...(['story', 'tag', 'embed', 'data', 'storyCard', 'chartCard'] as const).map((page) => route(page, p[page])),
    ...FIXED_PAGES.map((page) => route(page, () => p[page]())),
    route('siteCard', () => p.siteCard()),
    ...FEED_KINDS.map((kind) => route('feed', () => p.feed(kind), kind)),
  ];
});

/**
 * The page an address of this site leads to, or undefined if no page of either edition has such
 * an address: the one reading of paths(lang) that the check (links in stories), the headers and
 * the tests use. `pathname` is the address without its query or #anchor.
 */
export function parsePath(pathname: string): SitePath | undefined {
  for (const route of ROUTES) {
    const match = route.pattern.exec(pathname);
    if (!match) continue;
    const param = route.feed ?? match[1];
    return { lang: route.lang, page: route.page, ...(param === undefined ? {} : { param }), address: route.address(match[1]) };
  }
  return undefined;
}

/** The addresses, besides stories, tags, embeds and data files, that a story may link to: an edition's fixed pages and its feeds. */
export const linkablePages = (lang: Lang): string[] => [...FIXED_PAGES.map((page) => paths(lang)[page]()), ...FEED_KINDS.map((kind) => paths(lang).feed(kind))];

/** The edition a site path belongs to. */
export const langOfPath = (pathname: string): Lang => LANGS.find((lang) => SEGMENTS[lang].root !== '/' && `${pathname}/`.startsWith(SEGMENTS[lang].root)) ?? 'en';
