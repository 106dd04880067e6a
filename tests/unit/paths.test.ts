/** The table of addresses read backwards: what the check, the headers and the tests ask of an address. */
import { describe, expect, test } from 'vitest';
import { LANGS } from '@/lib/i18n/lang';
import { langOfPath, linkablePages, parsePath, paths } from '@/lib/i18n/paths';
import { problemsIn } from './content/helpers';

describe('parsePath', () => {
  test('reads the addresses of both editions', () => {
    expect(parsePath('/embed/fixture-line/')).toEqual({ lang: 'en', page: 'embed', param: 'fixture-line', address: '/embed/fixture-line/' });
    expect(parsePath('/fr/graphiques/fixture-line/')).toEqual({ lang: 'fr', page: 'embed', param: 'fixture-line', address: '/fr/graphiques/fixture-line/' });
    expect(parsePath('/fr/donnees/fixture-line.csv')).toEqual({ lang: 'fr', page: 'data', param: 'fixture-line', address: '/fr/donnees/fixture-line.csv' });
    expect(parsePath('/stories/a-story/')).toEqual({ lang: 'en', page: 'story', param: 'a-story', address: '/stories/a-story/' });
    expect(parsePath('/fr/sujets/commerce/')).toEqual({ lang: 'fr', page: 'tag', param: 'trade', address: '/fr/sujets/commerce/' });
    expect(parsePath('/fr/sujets/canada/')).toEqual({ lang: 'fr', page: 'tag', param: 'canada', address: '/fr/sujets/canada/' });
    expect(parsePath('/tags/trade/')).toEqual({ lang: 'en', page: 'tag', param: 'trade', address: '/tags/trade/' });
    expect(parsePath('/fr/')).toEqual({ lang: 'fr', page: 'home', address: '/fr/' });
    expect(parsePath('/')).toEqual({ lang: 'en', page: 'home', address: '/' });
    expect(parsePath('/fr/atom.xml')).toEqual({ lang: 'fr', page: 'feed', param: 'atom', address: '/fr/atom.xml' });
    expect(parsePath('/og/charts/fixture-line.png')).toEqual({ lang: 'en', page: 'chartCard', param: 'fixture-line', address: '/og/charts/fixture-line.png' });
  });

  test('a folder written without its trailing slash is the same page, with its address as the table writes it', () => {
    expect(parsePath('/stories/a-story')).toMatchObject({ page: 'story', param: 'a-story', address: '/stories/a-story/' });
    expect(parsePath('/fr/a-propos')).toMatchObject({ lang: 'fr', page: 'about', address: '/fr/a-propos/' });
  });

  test('addresses no page has are nothing', () => {
    for (const address of ['/fr/sujets/trade/', '/fr/sujets/diplomacy/', '/nothing/', '/a-propos/', '/fr/stories/a/', '/stories/a/b/', '/embed/', '/data/x', '/data/x.json', '/fr/graphiques/', '/stories//'])
      expect(parsePath(address), address).toBeUndefined();
  });

  test('every address the table writes reads back as what it was written for', () => {
    for (const lang of LANGS) {
      const p = paths(lang);
      const written = [
        ...(['story', 'tag', 'embed', 'data', 'storyCard', 'chartCard'] as const).map((page) => ({ page, param: 'some-id', address: p[page]('some-id') })),
        ...(['home', 'tags', 'about', 'corrections', 'search', 'siteCard'] as const).map((page) => ({ page, param: undefined, address: p[page]() })),
        ...(['rss', 'atom', 'json'] as const).map((kind) => ({ page: 'feed', param: kind, address: p.feed(kind) })),
      ];
      // Every kind of page but the embeds' folder is covered above.
      expect(written.map((w) => w.page).filter((page, i, all) => all.indexOf(page) === i).sort()).toEqual(Object.keys(p).filter((k) => k !== 'embeds').sort());
      for (const { page, param, address } of written) expect(parsePath(address), address).toEqual({ lang, page, ...(param ? { param } : {}), address });
    }
  });

  test('a French topic has its address in French words, and every tag reads back from its address', () => {
    for (const tag of ['data', 'diplomacy', 'health-care', 'trade', 'canada', '3m', 'defense-production-act']) {
      const address = paths('fr').tag(tag);
      expect(address, tag).toMatch(/^\/fr\/sujets\/[a-z0-9]+(-[a-z0-9]+)*\/$/);
      expect(parsePath(address), tag).toEqual({ lang: 'fr', page: 'tag', param: tag, address });
    }
    expect(['data', 'diplomacy', 'health-care', 'trade'].map((tag) => paths('fr').tag(tag))).toEqual(['/fr/sujets/donnees/', '/fr/sujets/diplomatie/', '/fr/sujets/sante/', '/fr/sujets/commerce/']);
  });

  test('an address belongs to the edition whose root it is under', () => {
    expect(['/', '/stories/x/', '/french/', '/frx'].map(langOfPath)).toEqual(['en', 'en', 'en', 'en']);
    expect(['/fr', '/fr/', '/fr/graphiques/x/'].map(langOfPath)).toEqual(['fr', 'fr', 'fr']);
  });

  test('the pages a story may link to besides stories, tags and charts are each edition’s fixed pages and feeds', () => {
    expect(linkablePages('en')).toEqual(['/', '/tags/', '/about/', '/corrections/', '/search/', '/feed.xml', '/atom.xml', '/feed.json']);
    expect(linkablePages('fr')).toEqual(['/fr/', '/fr/sujets/', '/fr/a-propos/', '/fr/corrections/', '/fr/recherche/', '/fr/feed.xml', '/fr/atom.xml', '/fr/feed.json']);
    expect(paths('fr').embeds()).toBe('/fr/graphiques/');
  });
});

describe('links in a story to the site’s own pages, as npm run check reads them through parsePath', () => {
  test('a French embed, a data file, a tag, a feed and a French page are found; what no page has is named', () => {
    expect(problemsIn('site-links')).toEqual([
      'stories/site-links.mdx:18:6 error link /fr/donnees/no-such-chart.csv: expected a chart in content/data/, found no chart "no-such-chart"',
      'stories/site-links.mdx:18:45 error link /embed/fixture-line: expected a trailing slash, /embed/fixture-line/, found none',
      'stories/site-links.mdx:18:75 error link /fr/sujets/canada/: expected a tag some published story has, found no story tagged "canada"',
      `stories/site-links.mdx:18:102 error link /fr/about/: expected a story, a tag, one of ${linkablePages('en').join(', ')} (or their French addresses under /fr/), or a file in public/, found no such page on the site`,
      'stories/site-links.mdx:18:122 error link /stories/site-links: expected a trailing slash, /stories/site-links/, found none',
    ]);
  });
});
