/**
 * What a sharer or a crawler reads in the built pages. npm test builds the fixture site without
 * SITE_URL, as a first local build is: then no page may name a localhost address as where it lives
 * (canonical link, og:url), while og:image stays an absolute URL, as Open Graph requires (lib/metadata.ts).
 */
import { expect, test } from 'vitest';
import { attr, builtPages, elements } from './out';

// Every page a reader can share; the 404 pages have no card.
const pages = builtPages().filter((p) => p.endsWith('/') && !/^\/(fr\/)?(404|_not-found)\//.test(p));
const LOCAL = /^https?:\/\/(localhost|127\.0\.0\.1)(:\d+)?\//;

test.each(pages)('%s', (page) => {
  const els = elements(page);
  const canonical = els.filter((el) => el.tagName === 'link' && attr(el, 'rel') === 'canonical').map((el) => attr(el, 'href')!);
  const meta = (property: string) => els.filter((el) => el.tagName === 'meta' && attr(el, 'property') === property).map((el) => attr(el, 'content')!);
  for (const url of [...canonical, ...meta('og:url')]) expect(url, `${page} names ${url} as its address`).not.toMatch(LOCAL);
  const images = meta('og:image');
  expect(images.length, page).toBeGreaterThan(0);
  for (const url of images) expect(url).toMatch(/^https?:\/\/[^/]+\/.*\.png$/);
});
