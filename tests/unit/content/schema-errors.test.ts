import { describe, expect, test } from 'vitest';
import { parseStory } from '@/lib/content/stories';
import { problemMessage } from '@/lib/problems';
import { storySource } from './helpers';

const FILE = 'content/stories/test-story.mdx';
const messages = (source: string) => parseStory(FILE, source).problems.map((p) => `${p.line ?? '-'}: ${problemMessage(p)}`);

describe('frontmatter errors name the field, what was expected and what was found', () => {
  test('a valid story has no problems', () => {
    const { story, problems } = parseStory(FILE, storySource());
    expect(problems).toEqual([]);
    expect(story?.slug).toBe('test-story');
    expect(story?.draft).toBe(false);
  });

  test('missing title', () => {
    expect(messages(storySource({ title: undefined }))).toEqual(['1: title: expected text, found nothing (the field is missing)']);
  });

  test('impossible published date, with its line', () => {
    expect(messages(storySource({ published: '2020-02-30T09:00:00-05:00' }))).toEqual([
      '6: published: expected a date and time with its offset from UTC, like 2026-11-20T09:00:00-05:00, found "2020-02-30T09:00:00-05:00": February 2020 has 29 days',
    ]);
  });

  test('a date in the right shape on a day the month does not have, or in no month at all', () => {
    expect(messages(storySource({ published: '2021-06-31T09:00:00-04:00' }))[0]).toMatch(/found "2021-06-31T09:00:00-04:00": June 2021 has 30 days$/);
    expect(messages(storySource({ published: '2021-13-01T09:00:00-04:00' }))[0]).toMatch(/: there is no month 13$/);
    expect(messages(storySource({ corrections: '\n  - date: 2021-02-29\n    text: Fixed a name.' }))[0]).toMatch(/found "2021-02-29": February 2021 has 28 days$/);
    // A real date refused for its shape gets no reason about its day.
    expect(messages(storySource({ published: '2024-02-29T09:00:00' }))[0]).toMatch(/found "2024-02-29T09:00:00"$/);
  });

  test('a date-time without an offset', () => {
    expect(messages(storySource({ published: '2026-11-20T09:00:00' }))[0]).toMatch(/^6: published: expected a date and time with its offset from UTC/);
  });

  test('byline given as text instead of a list', () => {
    expect(messages(storySource({ byline: 'Jane Doe' }))).toEqual(['4: byline: expected a list, found "Jane Doe"']);
  });

  test('empty byline list', () => {
    expect(messages(storySource({ byline: '[]' }))).toEqual(['4: byline: expected at least one name, found an empty list']);
  });

  test('draft that is not true or false', () => {
    expect(messages(storySource({ draft: '"yes"' }))).toEqual(['14: draft: expected true or false, found "yes"']);
  });

  test('misspelt field lists the known ones', () => {
    expect(messages(storySource({ tilte: '"Oops"' }))).toEqual([
      '14: expected only the fields title, dek, byline, published, updated, tags, draft, sources, corrections, translationOf, found unknown field "tilte"',
    ]);
  });

  test('misspelt field inside a source lists the fields a source has', () => {
    expect(messages(storySource({ sources: '\n  - name: "A report"\n    date: 2020-04-01\n    link: https://example.com' }))).toEqual([
      '13: sources[0]: expected only the fields name, date, url, found unknown field "link"',
    ]);
  });

  test('tag that is not a lowercase slug', () => {
    expect(messages(storySource({ tags: '\n  - Canada' }))).toEqual(['8: tags[0]: expected lowercase words without accents joined by hyphens, found "Canada"']);
  });

  test('source without a date points at the source entry', () => {
    expect(messages(storySource({ sources: '\n  - name: "A report"' }))).toEqual(['11: sources[0].date: expected a real calendar date written YYYY-MM-DD, like 2020-04-05, found nothing (the field is missing)']);
  });

  test('a source link readers would follow must be a web address, not script or data', () => {
    expect(messages(storySource({ sources: '\n  - name: "A report"\n    date: 2020-04-05\n    url: "javascript:alert(1)"' }))).toEqual([
      '13: sources[0].url: expected a full web address starting with https://, found "javascript:alert(1)"',
    ]);
    expect(messages(storySource({ sources: '\n  - name: "A report"\n    date: 2020-04-05\n    url: "data:text/html,<b>x</b>"' }))).toEqual([
      '13: sources[0].url: expected a full web address starting with https://, found "data:text/html,<b>x</b>"',
    ]);
    expect(messages(storySource({ sources: '\n  - name: "A report"\n    date: 2020-04-05\n    url: "https://example.org/report"' }))).toEqual([]);
  });

  test('source with an impossible date', () => {
    expect(messages(storySource({ sources: '\n  - name: "A report"\n    date: 2020-13-01' }))).toEqual([
      '12: sources[0].date: expected a real calendar date written YYYY-MM-DD, like 2020-04-05, found "2020-13-01": there is no month 13',
    ]);
  });

  test('updated before published', () => {
    expect(messages(storySource({ updated: '2026-11-19T09:00:00-05:00' }))).toEqual([
      '14: updated: expected a time after published (2026-11-20T09:00:00-05:00), found "2026-11-19T09:00:00-05:00"',
    ]);
  });

  test('correction without text', () => {
    expect(messages(storySource({ corrections: '\n  - date: 2026-11-21' }))).toEqual(['14: corrections[0].text: expected text, found nothing (the field is missing)']);
  });

  test('correction date in neither accepted form', () => {
    expect(messages(storySource({ corrections: '\n  - date: yesterday\n    text: Fixed a name.' }))).toEqual([
      '14: corrections[0].date: expected a real calendar date written YYYY-MM-DD, like 2020-04-05, or a date and time with its offset from UTC, like 2026-11-20T09:00:00-05:00, found "yesterday"',
    ]);
  });

  test('every problem in a file is reported at once', () => {
    expect(messages(storySource({ title: undefined, draft: '"no"', byline: 'X' }))).toHaveLength(3);
  });
});

describe('file-level errors', () => {
  test('no frontmatter', () => {
    expect(messages('Just text.\n')).toEqual(['1: frontmatter: expected the file to start with a YAML block between two "---" lines, found none']);
  });

  test('invalid YAML gives line and column', () => {
    const { problems } = parseStory(FILE, '---\ntitle: "unclosed\ndek: x\n---\nBody\n');
    expect(problems).toHaveLength(1);
    expect(problems[0].line).toBeGreaterThanOrEqual(2);
    expect(problems[0].column).toBeGreaterThan(0);
    expect(problemMessage(problems[0])).toBe('frontmatter: expected a closing quotation mark for the value that opens one above, found none before this line');
  });

  test('a frontmatter mistake is said once, in an editor’s words, with the line as typed and no line number of the parser’s own', () => {
    const messages = (fields: string) => parseStory(FILE, `---\ntitle: "T"\n${fields}---\nBody\n`).problems.map((p) => `${p.line} ${problemMessage(p)}`);
    // A list item typed at the start of its line (Enter after "  - trade" puts the cursor there).
    expect(messages('tags:\n  - canada\n  - trade\n- pandemic\ndraft: false\n')).toEqual([
      '6 frontmatter: expected each field as name: value on a line of its own, and each list item indented under its field, as in "  - trade", found "- pandemic"',
    ]);
    expect(messages('dek: A: colon\n')).toEqual(['3 frontmatter: expected a value that holds a colon in quotes, as in title: "Masks: the deal", found "dek: A: colon"']);
    expect(messages('dek: "D"\ndek: "E"\n')).toEqual(['4 frontmatter: expected each field once, found "dek: "E"", a field already given above']);
    expect(messages('tags:\n\t- canada\n')).toEqual(['4 frontmatter: expected spaces before a list item, as in "  - trade", found a tab']);
    for (const fields of ['tags:\n  - canada\n- pandemic\n', 'dek: x\n  y: z\n', '- a\nb: c\n']) {
      const [only, ...more] = messages(fields);
      expect(more).toEqual([]);
      expect(only).not.toMatch(/at line \d|column \d|[Ii]mplicit|YAML stream|map-value/);
    }
  });

  test('unclosed JSX gives line and column of the MDX', () => {
    const { problems } = parseStory(FILE, storySource({}, '\nIntro.\n\n<Chart id="x"\n\nMore.\n'));
    expect(problems).toHaveLength(1);
    // At the tag that opens on line 18, not on line 20 where the parser gave up.
    expect(problems[0]).toMatchObject({ line: 18, column: 1 });
    expect(problemMessage(problems[0])).toBe('markup: expected "/>" to close the tag <Chart id="x", found none (everything after it, down to line 20, is being read as part of the tag)');
  });

  test('an attribute without quotes is named, with its value in quotes, at the attribute', () => {
    const { problems } = parseStory(FILE, storySource({}, '\nIntro.\n\n<Chart id=us-n95-production />\n\nMore.\n'));
    expect(problems.map((p) => `${p.line}:${p.column} ${problemMessage(p)}`)).toEqual([
      '18:8 markup: expected the value of id in quotes, as in id="us-n95-production", found id=us-n95-production (an attribute’s value is written in straight quotes)',
    ]);
  });

  test('an unclosed tag inside a sentence, and a brace left open, are each reported where they open', () => {
    const message = (body: string) => parseStory(FILE, storySource({}, body)).problems.map((p) => `${p.line}:${p.column} ${problemMessage(p)}`);
    expect(message('\nIntro with <Figure chart="a" value="b" inside it.\n')).toEqual(['16:12 markup: expected "/>" to close the tag <Figure chart="a" value="b" inside it., found none (the text after it is being read as part of the tag)']);
    // A <Quote> wraps words: what it lacks is its closing tag.
    const quote = parseStory('content/stories/fr/x.mdx', storySource({ translationOf: 'x' }, '\nIl a dit « <Quote original="I am disappointed.">Je suis déçu. »\n')).problems;
    expect(quote.map((p) => `${p.line}:${p.column} ${problemMessage(p)}`)).toEqual(['17:12 markup: expected a closing </Quote> after its text, found none']);
    expect(message('\nIntro.\n\nA {brace left open.\n\nMore.\n')).toEqual(['18:3 markup: expected a brace typed as \\{, found "{" with no "}" after it (a bare "{" starts code, which a story cannot run)']);
  });

  test('file name that is not a slug', () => {
    const { problems } = parseStory('content/stories/My Story.mdx', storySource());
    expect(problems.map((p) => problemMessage(p))).toEqual(['file name: expected lowercase words without accents joined by hyphens, like "mask-exports.mdx", found "My Story.mdx"']);
  });
});
