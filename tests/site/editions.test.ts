/** The two editions as crawlers and feed readers see them, read from out/. */
import fs from 'node:fs';
import path from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { describe, expect, test } from 'vitest';
import { getStories } from '@/lib/content/stories';
import { langOfPath, parsePath } from '@/lib/i18n/paths';
import { OUT, attr, builtPages, elements, textOf } from './out';

const pages = builtPages().filter((p) => !p.startsWith('/pagefind'));
const isFrench = (page: string) => langOfPath(page) === 'fr';

/** A page's hreflang links, as { "en-CA": "/stories/x/", … } with paths, not absolute URLs. */
function hreflangs(page: string): Record<string, string> {
  const links = elements(page).filter((el) => el.tagName === 'link' && attr(el, 'rel') === 'alternate' && attr(el, 'hreflang'));
  return Object.fromEntries(links.map((el) => [attr(el, 'hreflang')!, new URL(attr(el, 'href')!).pathname]));
}

const meta = (page: string, property: string) =>
  elements(page).filter((el) => el.tagName === 'meta' && attr(el, 'property') === property).map((el) => attr(el, 'content'));

test('both editions are built: a French page for every page of the English site', () => {
  expect(pages).toEqual(expect.arrayContaining(['/fr/', '/fr/sujets/', '/fr/a-propos/', '/fr/corrections/', '/fr/recherche/', '/fr/404.html']));
  const french = getStories({ preview: false, lang: 'fr' });
  expect(french.length).toBeGreaterThan(0);
  for (const story of french) expect(pages).toContain(`/fr/articles/${story.slug}/`);
});

test('every page declares its language: fr-CA under /fr/, en-CA elsewhere', () => {
  for (const page of pages) {
    const html = elements(page).find((el) => el.tagName === 'html')!;
    expect(attr(html, 'lang'), page).toBe(isFrench(page) ? 'fr-CA' : 'en-CA');
  }
});

describe('hreflang', () => {
  const withAlternates = pages.filter((page) => Object.keys(hreflangs(page)).length);

  test('every indexable page of the site has alternates in both languages and x-default', () => {
    for (const page of ['/', '/fr/', '/about/', '/fr/a-propos/', '/tags/', '/fr/sujets/']) {
      expect(Object.keys(hreflangs(page)).sort(), page).toEqual(['en-CA', 'fr-CA', 'x-default']);
    }
  });

  test('alternates are reciprocal: each names itself, and the page it names names it back', () => {
    expect(withAlternates.length).toBeGreaterThan(10);
    for (const page of withAlternates) {
      const links = hreflangs(page);
      expect(links[isFrench(page) ? 'fr-CA' : 'en-CA'], `${page} names itself`).toBe(page);
      expect(links['x-default'], page).toBe(links['en-CA']);
      for (const other of [links['en-CA'], links['fr-CA']]) {
        expect(pages, `${page} → ${other}`).toContain(other);
        expect(hreflangs(other), `${other} answers ${page}`).toEqual(links);
      }
    }
  });

  test('a translated story and its original point at each other', () => {
    for (const story of getStories({ preview: false, lang: 'fr' })) {
      const fr = `/fr/articles/${story.slug}/`;
      expect(hreflangs(fr)).toEqual({ 'en-CA': `/stories/${story.translationOf}/`, 'fr-CA': fr, 'x-default': `/stories/${story.translationOf}/` });
    }
  });
});

test('the language switch leads to the page its hreflang names in the other language', () => {
  for (const page of pages.filter((p) => parsePath(p)?.page !== 'embed')) {
    const link = elements(page).find((el) => el.tagName === 'a' && attr(el, 'data-language-switch') !== undefined);
    expect(link, `${page} has a language switch`).toBeDefined();
    const other = hreflangs(page)[isFrench(page) ? 'en-CA' : 'fr-CA'];
    // A list's later page (/page/2/, /tags/canada/page/2/) names no counterpart, the other edition's
    // pages holding other stories: it leads to the other edition's first page of the list.
    const list = /^(.*\/)page\/\d+\/$/.exec(page)?.[1];
    const first = list && hreflangs(list)[isFrench(page) ? 'en-CA' : 'fr-CA'];
    // A page with no counterpart (a 404, a story not yet translated) leads to the other edition's home.
    expect(attr(link!, 'href'), page).toBe(other ?? first ?? (isFrench(page) ? '/' : '/fr/'));
    expect(attr(link!, 'hreflang'), page).toBe(isFrench(page) ? 'en-CA' : 'fr-CA');
  }
});

test('Open Graph and JSON-LD name the page’s language, and its counterpart’s', () => {
  for (const story of getStories({ preview: false, lang: 'fr' })) {
    const page = `/fr/articles/${story.slug}/`;
    expect(meta(page, 'og:locale')).toEqual(['fr_CA']);
    expect(meta(page, 'og:locale:alternate')).toEqual(['en_CA']);
    const jsonLd = JSON.parse(textOf(elements(page).find((el) => el.tagName === 'script' && attr(el, 'type') === 'application/ld+json')!));
    expect(jsonLd.inLanguage).toBe('fr-CA');
    expect(new URL(jsonLd.translationOfWork['@id']).pathname).toBe(`/stories/${story.translationOf}/`);
  }
  expect(meta('/', 'og:locale')).toEqual(['en_CA']);
  expect(meta('/', 'og:locale:alternate')).toEqual(['fr_CA']);
});

test('the sitemap lists both editions, each French page with its hreflang alternates', () => {
  const xml = fs.readFileSync(path.join(OUT, 'sitemap.xml'), 'utf8');
  const urls: { loc: string; 'xhtml:link'?: { '@_hreflang': string; '@_href': string }[] | { '@_hreflang': string; '@_href': string } }[] = [
    new XMLParser({ ignoreAttributes: false }).parse(xml).urlset.url,
  ].flat();
  for (const story of getStories({ preview: false, lang: 'fr' })) {
    const entry = urls.find((u) => new URL(u.loc).pathname === `/fr/articles/${story.slug}/`);
    expect(entry, story.slug).toBeDefined();
    const links = [entry!['xhtml:link'] ?? []].flat().map((l) => [l['@_hreflang'], new URL(l['@_href']).pathname]);
    expect(Object.fromEntries(links)).toEqual({ 'en-CA': `/stories/${story.translationOf}/`, 'fr-CA': `/fr/articles/${story.slug}/`, 'x-default': `/stories/${story.translationOf}/` });
  }
  expect(urls.some((u) => new URL(u.loc).pathname === '/fr/404.html' || u.loc.includes('/recherche/'))).toBe(false);
});

test('the French feeds list the French stories only, in French', () => {
  const french = getStories({ preview: false, lang: 'fr' });
  const parser = new XMLParser({ ignoreAttributes: false });
  const rss = parser.parse(fs.readFileSync(path.join(OUT, 'fr/feed.xml'), 'utf8')).rss.channel;
  expect(rss.language).toBe('fr-CA');
  expect([rss.item].flat().map((i: { link: string }) => new URL(i.link).pathname).sort()).toEqual(french.map((s) => `/fr/articles/${s.slug}/`).sort());
  const atom = parser.parse(fs.readFileSync(path.join(OUT, 'fr/atom.xml'), 'utf8')).feed;
  expect(atom['@_xml:lang']).toBe('fr-CA');
  expect([atom.entry].flat()).toHaveLength(french.length);
  const json = JSON.parse(fs.readFileSync(path.join(OUT, 'fr/feed.json'), 'utf8'));
  expect(json.language).toBe('fr-CA');
  expect(json.items.map((i: { title: string }) => i.title).sort()).toEqual(french.map((s) => s.title).sort());
  // And the English feeds stay English.
  const en = parser.parse(fs.readFileSync(path.join(OUT, 'feed.xml'), 'utf8')).rss.channel;
  expect([en.item].flat().every((i: { link: string }) => !new URL(i.link).pathname.startsWith('/fr/'))).toBe(true);
});

test('search keeps each language apart: Pagefind built one index per edition', () => {
  const entry = JSON.parse(fs.readFileSync(path.join(OUT, 'pagefind/pagefind-entry.json'), 'utf8'));
  expect(Object.keys(entry.languages).sort()).toEqual(['en-ca', 'fr-ca']);
  expect(entry.languages['fr-ca'].page_count).toBeGreaterThanOrEqual(getStories({ preview: false, lang: 'fr' }).length);
});
