import { describe, expect, test } from 'vitest';
import { location, problemMessage } from '@/lib/problems';
import { compileMdx } from '@/lib/content/mdx';
import { parseStory } from '@/lib/content/stories';
import { curlQuotes } from '@/lib/content/typography';
import { storySource } from './helpers';
import { cpuMs } from '../cpu-time';

const FILE = 'content/stories/huge.mdx';
const problems = (body: string) => {
  const compiled = compileMdx(FILE, storySource({}, `\n${body}\n`), 'en');
  return compiled.problems.map((p) => `${location(p).replace(`${FILE}:`, '')} ${problemMessage(p)}`);
};
const NESTING_HINT = '(flatten it: a list or quotation inside another is rarely needed more than two or three levels deep)';

describe('nesting has a limit, checked before anything recursive sees the story', () => {
  test('2,000 nested list items on one line', () => {
    expect(problems('- '.repeat(2_000) + 'x')).toEqual([`16:1 nesting: expected lists and quotations at most 32 levels deep, found 2,000 levels on this line ${NESTING_HINT}`]);
  });

  test('3,000 nested quotations, and 100,000', () => {
    expect(problems('>'.repeat(3_000) + ' x')).toEqual([`16:1 nesting: expected lists and quotations at most 32 levels deep, found 3,000 levels on this line ${NESTING_HINT}`]);
    expect(problems('> '.repeat(100_000) + 'x')).toEqual([`16:1 nesting: expected lists and quotations at most 32 levels deep, found 100,000 levels on this line ${NESTING_HINT}`]);
  });

  test('lists nested by indentation, one line each', () => {
    const body = Array.from({ length: 700 }, (_, i) => `${'  '.repeat(i)}- x`).join('\n');
    expect(problems(body)).toEqual([`48:1 nesting: expected lists and quotations at most 32 levels deep, found 33 levels on this line ${NESTING_HINT}`]);
  });

  test('5,000 nested <sup>, and 50,000', () => {
    const message = '16:161 nesting: expected elements inside one another at most 32 levels deep, found more than 32 open tags here (close each tag before opening the next: <sup>1</sup> <sup>2</sup>)';
    expect(problems('<sup>'.repeat(5_000) + 'x' + '</sup>'.repeat(5_000))).toEqual([message]);
    expect(problems('<sup>'.repeat(50_000) + 'x' + '</sup>'.repeat(50_000))).toEqual([message]);
  });

  test('emphasis nested past what the tree allows, where the text scan sees no container', () => {
    // 30 quotations (under the line limit) around 45 levels of bold: 78 levels in all.
    const body = `${'> '.repeat(30)}${'**'.repeat(45)}x${'**'.repeat(45)}`;
    expect(problems(body)).toEqual([`16:143 nesting: expected lists, quotations, emphasis and elements at most 72 levels deep in all, found bold text deeper than that ${NESTING_HINT}`]);
  });

  test('thousands of emphasis marks in one paragraph', () => {
    expect(problems('*'.repeat(50_000) + 'x' + '*'.repeat(50_000))).toEqual(['16:2001 emphasis: expected at most 2,000 * and _ in one paragraph, found more: this is number 2,001 (to show a * or _ as it is, write \\* or \\_)']);
  });

  test('nesting a story needs passes', () => {
    expect(problems('> A quotation\n>\n> - with a list\n>   - and a list in it, *with **emphasis***')).toEqual([]);
  });
});

describe('size has a limit, and a long story is read in linear time', () => {
  test('a story over 2,000,000 characters', () => {
    expect(problems('word '.repeat(420_000))).toEqual(['content/stories/huge.mdx story length: expected a story of at most 2,000,000 characters, found 2,100,229 characters (split it into several stories)']);
  });

  test('a 1 MB story of paragraphs checks in about a second', () => {
    const paragraph = `${'The order of the day was "no exports", and 3M\'s answer -- as its chief said... was a careful one. '.repeat(6)}\n\n`;
    const body = paragraph.repeat(Math.ceil(1_000_000 / paragraph.length));
    const start = cpuMs();
    const { story, problems: found } = parseStory(FILE, storySource({}, `\n${body}`));
    expect(found).toEqual([]);
    expect(story?.wordCount).toBeGreaterThan(150_000);
    // About 1 s of CPU; quadratic reading would take minutes. CPU time, not the clock: a busy
    // machine slows the clock (this failed once beside the desk tests), not the work done.
    expect(cpuMs() - start).toBeLessThan(5_000);
  }, 20_000);

  test('150 kB of apostrophes curl in linear time', () => {
    const text = "'".repeat(150_000);
    const start = cpuMs();
    expect(curlQuotes(text)).toHaveLength(150_000);
    expect(cpuMs() - start).toBeLessThan(1_000);
  });
});

describe('a story of more blocks, or a list of more items, than any story needs is refused before it is parsed', () => {
  test('10,001 one-line paragraphs: the problem is at the first block over the limit', () => {
    // The story's own first paragraph is at line 16 (storySource), so block 10,001 is 10,000 blocks of two lines later.
    expect(problems('Words.\n\n'.repeat(10_001))).toEqual([
      '20016:1 story length: expected at most 10,000 paragraphs, headings, list items and other blocks in one story, found more, from this line on (split it into several stories)',
    ]);
  });

  test('10,001 headings with no blank line between them count as blocks too', () => {
    expect(problems('## A\n'.repeat(10_001))).toEqual([
      '10016:1 story length: expected at most 10,000 paragraphs, headings, list items and other blocks in one story, found more, from this line on (split it into several stories)',
    ]);
  });

  test('a list of 1,001 items', () => {
    expect(problems('- item\n'.repeat(1_001))).toEqual(['16:1 list: expected a list of at most 1,000 items, found 1,001 items (split it into several lists under their own headings, or make it a chart)']);
    expect(problems('- item\n'.repeat(1_000))).toEqual([]);
  });

  test('a story refused for its length still has its frontmatter checked', () => {
    const source = storySource({ title: '""' }, `\n${'x'.repeat(2_000_001)}\n`);
    const found = parseStory(FILE, source).problems.map((p) => p.field);
    expect(found).toEqual(expect.arrayContaining(['story length', 'title']));
  });
});
