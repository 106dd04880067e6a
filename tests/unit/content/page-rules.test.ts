import { describe, expect, test } from 'vitest';
import { location, problemMessage } from '@/lib/problems';
import { parseStory } from '@/lib/content/stories';
import { storySource } from './helpers';

const FILE = 'content/stories/hostile.mdx';
// storySource puts the body after 14 lines of frontmatter and a blank line: the body starts on line 16.
const problems = (body: string) => {
  const parsed = parseStory(FILE, storySource({}, `\n${body}\n`));
  if (parsed.problems.length) expect(parsed.hast ?? parsed.story).toBeUndefined();
  return parsed.problems.map((p) => `${location(p).replace(`${FILE}:`, '')} ${problemMessage(p)}`);
};

const PLACEMENT = 'expected <Chart … /> on lines of its own, with blank lines around it, outside lists, quotations and other elements';
const PLACEMENT_HINT = '(a chart is a block of its own; to link to it from a sentence, write [the chart](#its-id))';

describe('what would break the page is refused, with where and what to write', () => {
  test('an address with a malformed %-escape', () => {
    expect(problems('![A chart](/100%.png) and [a link](/a%zz/).')).toEqual([
      '16:1 image: expected an address whose % signs each start an escape such as %20, found /100%.png (write a % sign itself as %25, e.g. /100%25.png)',
      '16:27 link: expected an address whose % signs each start an escape such as %20, found /a%zz/ (write a % sign itself as %25, e.g. /100%25.png)',
    ]);
  });

  test('a well-formed escape passes', () => {
    expect(problems('[A report](/reports/100%25%20done/)')).toEqual([]);
  });

  test('<br> with something inside it', () => {
    expect(problems('One <br>two</br> three.')).toEqual(['16:9 <br>: expected <br /> alone: it cannot hold text or elements, found text or elements inside it (write <br /> and put the words after it)']);
  });

  test('a chart inside a link, a sentence, a heading, an element or a list', () => {
    expect(problems('[<Chart id="us-n95-production" />](https://elsewhere.example/)')).toEqual([`16:2 <Chart>: ${PLACEMENT}, found a <Chart> inside a link ${PLACEMENT_HINT}`]);
    expect(problems('Text <Chart id="us-n95-production" /> more.')).toEqual([`16:6 <Chart>: ${PLACEMENT}, found a <Chart> inside a sentence ${PLACEMENT_HINT}`]);
    expect(problems('## The <Chart id="us-n95-production" />')).toEqual([`16:8 <Chart>: ${PLACEMENT}, found a <Chart> inside a heading ${PLACEMENT_HINT}`]);
    expect(problems('<sup>\n<Chart id="us-n95-production" />\n</sup>')).toEqual([`17:1 <Chart>: ${PLACEMENT}, found a <Chart> inside <sup> ${PLACEMENT_HINT}`]);
    expect(problems('- <Chart id="us-n95-production" />')).toEqual([`16:3 <Chart>: ${PLACEMENT}, found a <Chart> inside a list ${PLACEMENT_HINT}`]);
  });

  test('a <Figure>, which is a link, inside a link or a reference link', () => {
    expect(problems('[See <Figure chart="us-n95-production" value="2020-03" />](/about/)')).toEqual([
      '16:6 <Figure>: expected a <Figure> outside link text, found a <Figure> inside the link to /about/ (put the link around other words of the sentence)',
    ]);
    expect(problems('[See <Figure chart="us-n95-production" value="2020-03" />][r]\n\n[r]: /about/')).toEqual([
      '16:6 <Figure>: expected a <Figure> outside link text, found a <Figure> inside the link to [r] (put the link around other words of the sentence)',
    ]);
  });

  test('the same chart twice', () => {
    expect(problems('<Chart id="us-n95-production" />\n\nText.\n\n<Chart id="us-n95-production" />')).toEqual([
      '20:1 <Chart id="us-n95-production">: expected each chart at most once in a story, found the same chart again (first at line 16) (remove this one; to point readers back to it, link to it with [the chart above](#us-n95-production))',
    ]);
  });

  test('a chart alone on its lines passes, and so does a <Figure> beside a link', () => {
    expect(problems('Text with [a link](/about/) and <Figure chart="us-n95-production" value="2020-03" />.\n\n<Chart id="us-n95-production" />')).toEqual([]);
  });
});

describe('heading ids never collide with the page’s own ids: one rule for the page and its table of contents', () => {
  const ids = (body: string) => {
    const parsed = parseStory(FILE, storySource({}, `\n${body}\n`));
    expect(parsed.problems).toEqual([]);
    const rendered: string[] = [];
    const walk = (node: { type: string; tagName?: string; properties?: { id?: unknown }; children?: unknown[] }) => {
      if (node.type === 'element' && /^h[1-6]$/.test(node.tagName ?? '')) rendered.push(String(node.properties?.id));
      for (const child of node.children ?? []) walk(child as typeof node);
    };
    walk(parsed.hast as never);
    // The table of contents links to exactly the ids the page renders (every heading here is an h2).
    expect(parsed.story?.toc.map((t) => t.id)).toEqual(rendered);
    return rendered;
  };

  test('a heading named like a fixed part of the page takes the next number, like a repeated heading', () => {
    expect(ids('## Main\n\n## Sources heading\n\n## Main\n\n## TOC heading\n\n## Site search')).toEqual(['main-1', 'sources-heading-1', 'main-2', 'toc-heading-1', 'site-search-1']);
  });

  test('a heading named like a chart on the page, or beginning like its rows, gets "section-" in front', () => {
    expect(ids('<Chart id="us-n95-production" />\n\n## US N95 production\n\n## US N95 production in 2020\n\n## US N95 production')).toEqual([
      'section-us-n95-production',
      'section-us-n95-production-in-2020',
      'section-us-n95-production-1',
    ]);
  });

  test('in a French story, a heading named like a quotation or its original (q-1, vo-1) takes the next number', () => {
    const parsed = parseStory('content/stories/fr/citations.mdx', storySource({ translationOf: 'the-n95-standoff' }, '\nIl a dit « <Quote original="I am just so disappointed.">Je suis tellement déçu.</Quote> ».\n\n## Q 1\n\n## VO 1\n\n## Q 2\n'));
    expect(parsed.problems).toEqual([]);
    expect(parsed.story?.toc.map((t) => t.id)).toEqual(['q-1-1', 'vo-1-1', 'q-2']);
  });

  test('a heading of punctuation alone still gets an id', () => {
    expect(ids('## ...\n\n## ?')).toEqual(['section', 'section-1']);
  });

  test('headings that repeat, and headings named like the numbered ones, all get ids of their own', () => {
    const body = Array.from({ length: 2_000 }, (_, i) => (i % 2 ? '## a' : `## a-${i}`)).join('\n\n');
    const { story } = parseStory(FILE, storySource({}, `\n${body}\n`));
    expect(new Set(story?.toc.map((t) => t.id)).size).toBe(2_000);
  });
});
