/** What the export holds, and what of it reaches a reader's browser, read from out/. */
import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from 'vitest';
import { getStories } from '@/lib/content/stories';
import { OUT, attr, builtPages, elements, isInside } from './out';

const pages = builtPages();

test('the export holds a page for every published story, and the site pages', () => {
  for (const story of getStories({ lang: 'en', preview: false })) expect(pages).toContain(`/stories/${story.slug}/`);
  expect(pages).toEqual(expect.arrayContaining(['/', '/about/', '/tags/', '/corrections/', '/search/', '/404.html']));
  // The styleguide is a development page (page.dev.tsx); it never ships.
  expect(pages.filter((p) => p.startsWith('/styleguide'))).toEqual([]);
});

test('no d3 code reaches the browser: charts are drawn at build time', () => {
  const scripts = fs.readdirSync(path.join(OUT, 'assets')).filter((f) => f.endsWith('.js'));
  expect(scripts.length).toBeGreaterThan(0);
  for (const file of scripts) {
    expect(fs.readFileSync(path.join(OUT, 'assets', file), 'utf8'), file).not.toMatch(/d3-|scaleLinear|d3\.|curveLinear|bisector/);
  }
});

test('the theme is set before the page paints: the first script of every page is inline and blocking, in <head>', () => {
  for (const page of pages) {
    const first = elements(page).find((el) => el.tagName === 'script' && attr(el, 'type') !== 'application/ld+json');
    expect(first, page).toBeDefined();
    expect(isInside(first!, 'head'), `${page}: in <head>`).toBe(true);
    expect(first!.attrs.map((a) => a.name).filter((n) => ['src', 'async', 'defer', 'type'].includes(n)), page).toEqual([]);
  }
});

test('nothing inside a link takes focus of its own, not even in an SVG (which the Nu HTML Checker does not look into)', () => {
  const nested: string[] = [];
  for (const page of pages) {
    for (const el of elements(page).filter((e) => isInside(e, 'a'))) {
      if (['a', 'button', 'input', 'select', 'textarea', 'details'].includes(el.tagName) || attr(el, 'tabindex') !== undefined) nested.push(`${page}: <${el.tagName}> inside a link`);
    }
  }
  expect(nested).toEqual([]);
});

test('the home page leads with a picture: the lead story’s lead chart, linked to that chart in the story', () => {
  const [lead] = getStories({ lang: 'en', preview: false });
  const links = elements('/').filter((el) => el.tagName === 'a' && attr(el, 'href') === `/stories/${lead.slug}/#${lead.charts[0]}`);
  expect(links).toHaveLength(1);
  const svgs = elements('/').filter((el) => el.tagName === 'svg' && isInside(el, 'a'));
  expect(svgs.map((svg) => attr(svg, 'data-variant'))).toEqual(['narrow', 'medium', 'wide', 'xwide']);
});
