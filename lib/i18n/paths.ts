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

/**
 * Tags are named in English in the stories' frontmatter (`health-care`); an edition may give one an
 * address in its own words (/fr/sujets/sante/). A tag not listed keeps its own slug, which suits
 * names ("canada", "3m"). An address, once published, is kept: change an entry only with a reason.
 */
const TAG_SLUGS: Record<Lang, Record<string, string>> = {
  en: {},
  fr: { data: 'donnees', diplomacy: 'diplomatie', 'health-care': 'sante', trade: 'commerce' },
};

/** A tag's part of an address in an edition: "diplomacy" is "diplomatie" in French. */
export const tagSlug = (tag: string, lang: Lang): string => (Object.hasOwn(TAG_SLUGS[lang], tag) ? TAG_SLUGS[lang][tag] : tag);

/**
 * The tag an address part names in an edition, or undefined when it names none there: an English
 * tag whose address this edition writes in its own words (/fr/sujets/diplomacy/ is no page).
 */
export function tagOfSlug(slug: string, lang: Lang): string | undefined {
  const own = Object.entries(TAG_SLUGS[lang]).find(([, s]) => s === slug);
  if (own) return own[0];
  return Object.hasOwn(TAG_SLUGS[lang], slug) ? undefined : slug;
}

/**
 * A list's page after the first: /page/2/ after the home page, /tags/canada/page/2/ after a topic's
 * (the same word in French). The first page keeps the list's own address. No story may link to
 * one (the check's parsePath knows none): a page's stories change with every story published.
 */
export const PAGE_SEGMENT = 'page';

/** What a list's page adds to the list's address: nothing for the first, ["page", "2"] for the second. */
export const pageParts = (page: number): string[] => (page > 1 ? [PAGE_SEGMENT, String(page)] : []);

export function paths(lang: Lang) {
  const s = SEGMENTS[lang];
  const at = (...parts: string[]) => `${s.root}${parts.join('/')}`;
  return {
    /** The home page, or (`page` 2 and on) the pages of older stories after it. */
    home: (page = 1) => (page > 1 ? at(...pageParts(page), '') : s.root),
    story: (slug: string) => at(s.story, slug, ''),
    tags: () => at(s.tags, ''),
    /** A tag's page (or its `page`th), by the tag as stories name it (in English); the address is in the edition's words. */
    tag: (tag: string, page = 1) => at(s.tags, tagSlug(tag, lang), ...pageParts(page), ''),
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
    // A tag's address names it in the edition's words; the page is for the tag as stories name it.
    const param = route.feed ?? (route.page === 'tag' ? tagOfSlug(match[1], route.lang) : match[1]);
    if (route.page === 'tag' && param === undefined) return undefined;
    return { lang: route.lang, page: route.page, ...(param === undefined ? {} : { param }), address: route.address(match[1]) };
  }
  return undefined;
}

/** The addresses, besides stories, tags, embeds and data files, that a story may link to: an edition's fixed pages and its feeds. */
export const linkablePages = (lang: Lang): string[] => [...FIXED_PAGES.map((page) => paths(lang)[page]()), ...FEED_KINDS.map((kind) => paths(lang).feed(kind))];

/** The edition a site path belongs to. */
export const langOfPath = (pathname: string): Lang => LANGS.find((lang) => SEGMENTS[lang].root !== '/' && `${pathname}/`.startsWith(SEGMENTS[lang].root)) ?? 'en';
