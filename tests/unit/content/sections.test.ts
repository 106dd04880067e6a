import fs from 'node:fs';
import type { Root } from 'mdast';
import remarkFrontmatter from 'remark-frontmatter';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, test } from 'vitest';
import { parseInSections, SECTION_PARSE_FROM, sectionStarts } from '@/lib/content/sections';

// The parser as lib/content/mdx.ts sets it up, without the typography pass (it runs on the joined tree).
const parser = unified().use(remarkParse).use(remarkMdx).use(remarkFrontmatter, ['yaml']);
const parse = (text: string) => parser.parse(text) as Root;

// A fixture story's sections again and again past the threshold, with what must not be cut: a fence holding
// "## " lines, a list and a quotation that go on after a blank line, CRLF line endings in one section.
const story = fs.readFileSync('tests/fixtures/site/stories/the-widget-standoff.mdx', 'utf8');
const body = story.slice(story.indexOf('\n---', 4) + 4);
const extras = '\n## Code\n\n```md\n\n## not a heading\n\n```\n\n- one\n\n  two\n\n> quoted\n>\n> still quoted\n\n## Windows\r\n\r\nLine one\r\nline two\r\n';
const long = (text: string) => {
  let out = story;
  while (out.length < SECTION_PARSE_FROM * 1.5) out += body + extras + text;
  return out;
};

describe('a long story parsed section by section', () => {
  test('gives the same tree, positions included, as parsing it whole', () => {
    const source = long('');
    expect(sectionStarts(source).length).toBeGreaterThan(5);
    expect(parseInSections(source, parse)).toEqual(parse(source));
  });

  test('is never cut inside a fenced code block', () => {
    const source = long('');
    const inFence = source.indexOf('## not a heading');
    expect(sectionStarts(source)).not.toContain(inFence);
  });

  test('is parsed whole when a reference definition or a tag wrapping lines could reach across sections', () => {
    expect(sectionStarts(long('\n[ref]: https://example.org/\n'))).toEqual([]);
    expect(sectionStarts(long('\n<sup>\n\nwrapped\n\n</sup>\n'))).toEqual([]);
    expect(sectionStarts(long('\n<abbr\n  title="x">y</abbr> z\n'))).toEqual([]);
  });

  test('a syntax error in a later section names the line of the file', () => {
    const source = long('');
    const broken = `${source}\n## Broken\n\nA <Chart id="x" without its end\n`;
    const line = broken.split('\n').length - 1;
    expect(() => parseInSections(broken, parse)).toThrow();
    try {
      parseInSections(broken, parse);
    } catch (error) {
      expect((error as { line: number }).line).toBe(line);
    }
  });

  test('a short story is parsed whole', () => {
    expect(sectionStarts(story)).toEqual([]);
  });
});

describe('an error whose place is only in its text', () => {
  const unclosed = '\n## Broken\n\n<Chart id="widget-orders">\n\nmore\n';

  test('an unclosed <Chart> is reported at its line and column', async () => {
    const { compileMdx } = await import('@/lib/content/mdx');
    const source = `${story}${unclosed}`;
    const line = source.split('\n').length - 3;
    const problems = compileMdx('content/stories/x.mdx', source, 'en').problems;
    expect(problems.map((p) => [p.line, p.column, p.expected, p.found])).toEqual([[line, 1, '"/>" at the end of <Chart …>', '">" and no closing </Chart>']]);
  });

  test('the same in a later section of a long story (inside a sentence, so the story is still cut in sections)', () => {
    const source = `${long('')}\n## Broken\n\nSee <Chart id="widget-orders"> here.\n`;
    expect(sectionStarts(source).length).toBeGreaterThan(5);
    const line = source.split('\n').length - 1;
    expect(() => parseInSections(source, parse)).toThrow();
    try {
      parseInSections(source, parse);
    } catch (error) {
      expect([(error as { line: number }).line, (error as { column: number }).column]).toEqual([line, 1]);
    }
  });

  test('the problem points at the tag itself, not at the start of its paragraph', async () => {
    const { compileMdx } = await import('@/lib/content/mdx');
    const source = `${long('')}\n## Broken\n\nSee <Chart id="widget-orders"> here.\n`;
    expect(compileMdx('content/stories/x.mdx', source, 'en').problems.map((p) => [p.line, p.column])).toEqual([[source.split('\n').length - 1, 5]]);
  });
});
