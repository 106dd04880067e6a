/**
 * No straight ' or " in what a reader reads on any built page: every text, from the story body to
 * its title and dek, a chart's title, notes and labels and the site's own words, comes out of one
 * typographic pass (lib/content/typography.ts, applied to the frontmatter and data in
 * lib/content/reader-text.ts). The fixture site types straight quotes on purpose: a fixture title
 * ("two \"totals\"", "the minister's word"), chart labels ("\"Unacceptable\"") and speakers
 * ("Fixture Co's exports").
 *
 * What is read: the text of every element but code, preformatted text, the embed snippet
 * (<textarea>: HTML a reader copies), scripts, styles and templates; attributes are markup, not text.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { paths } from '@/lib/i18n/paths';
import { OUT, builtPages, elements, isInside, textOf, type Element } from './out';

const NOT_TEXT = ['code', 'pre', 'textarea', 'script', 'style', 'template', 'noscript'];
const read = (el: Element) => !NOT_TEXT.includes(el.tagName) && !NOT_TEXT.some((tag) => isInside(el, tag));

describe('typographic quotes in every text a reader reads', () => {
  const pages = builtPages();

  test('the fixture site has pages, and texts typed with straight quotes', () => {
    expect(pages.length).toBeGreaterThan(20);
    // Any space: a headline joins some of its words with no-break spaces on the page.
    const texts = (page: string) => elements(page).filter(read).map(textOf).join(' ').replace(/\s+/g, ' ');
    // On the second home page: the fixture site's lists show two stories a page.
    expect(texts('/page/2/')).toContain('two “totals”, no chart, and the minister’s word');
  });

  test('no straight quote or apostrophe in the text of any page', () => {
    const found: string[] = [];
    for (const page of pages) {
      for (const el of elements(page).filter(read)) {
        const text = textOf(el);
        const at = text.search(/['"]/);
        if (at !== -1) found.push(`${page} <${el.tagName}>: …${text.slice(Math.max(0, at - 30), at + 30)}…`);
      }
    }
    expect(found).toEqual([]);
  });
});

describe('the CSV download keeps the data as typed', () => {
  test('a label and a speaker with straight quotes are in the CSV as the data file has them, where the page curls them', () => {
    const csv = (id: string) => fs.readFileSync(path.join(OUT, paths('en').data(id)), 'utf8');
    expect(csv('dispute-days')).toContain('The Northland premier calls the order ""Unacceptable""');
    expect(csv('exports-vs-output')).toContain("Reporter, describing Fixture Co's exports");
    const page = elements('/stories/the-widget-standoff/').filter(read).map(textOf).join(' ');
    expect(page).toContain('The Northland premier calls the order “Unacceptable”');
  });
});
