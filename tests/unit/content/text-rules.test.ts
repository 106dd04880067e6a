import fs from 'node:fs';
import { describe, expect, test } from 'vitest';
import { location, problemMessage, type Problem } from '@/lib/problems';
import { parseStory } from '@/lib/content/stories';
import { parseDataset } from '@/lib/data/datasets';
import { tagName } from '@/lib/i18n/site';
import { storySource } from './helpers';

const FILE = 'content/stories/hostile.mdx';
const shown = (file: string) => (p: Problem) => `${location(p).replace(`${file}:`, '')} ${problemMessage(p)}`;
const problems = (body: string, fields: Record<string, string> = {}) => {
  const parsed = parseStory(FILE, storySource(fields, `\n${body}\n`));
  if (parsed.problems.length) expect(parsed.story).toBeUndefined();
  return parsed.problems.map(shown(FILE));
};

const BIDI = 'delete it: it reorders the text after it, so readers would see other words than the file holds; the site sets the direction of the text itself';
const CONTROL = 'delete it; it is invisible and feed readers refuse the whole feed for it. Copying from a PDF or a word processor often brings one along';
const EXPECTED = 'character: expected text without control characters or bidi controls';

describe('control and bidi characters are refused in every text of a story, typed or escaped', () => {
  test('a bidi override and its pop in the body', () => {
    expect(problems('Pay \u202eevil\u202c now.')).toEqual([
      `16:5 ${EXPECTED}, found U+202E (RIGHT-TO-LEFT OVERRIDE) (${BIDI})`,
      `16:10 ${EXPECTED}, found U+202C (POP DIRECTIONAL FORMATTING) (${BIDI})`,
    ]);
  });

  test('an isolate written as a character reference', () => {
    expect(problems('Pay &#x2067;evil now.')).toEqual([`16:5 ${EXPECTED}, found U+2067 (RIGHT-TO-LEFT ISOLATE), written as &#x2067; (${BIDI})`]);
  });

  test('control characters: C0, DEL and C1; a Windows line ending is no control', () => {
    expect(problems('A bell\u0007 here,\r\na delete\u007f and a next-line\u0085.')).toEqual([
      `16:7 ${EXPECTED}, found U+0007 (a control character) (${CONTROL})`,
      `17:9 ${EXPECTED}, found U+007F (a control character) (${CONTROL})`,
      `17:26 ${EXPECTED}, found U+0085 (a control character) (${CONTROL})`,
    ]);
  });

  test('in the frontmatter, typed or as a YAML escape', () => {
    expect(problems('Body.', { title: '"A \u202etitle"', dek: '"A dek\\x1b[31m in red"' })).toEqual([
      `2:11 ${EXPECTED}, found U+202E (RIGHT-TO-LEFT OVERRIDE) (${BIDI})`,
      `3:12 ${EXPECTED}, found U+001B (a control character), written as \\x1b (${CONTROL})`,
    ]);
  });

  test('non-characters and a lone half of a surrogate pair', () => {
    expect(problems('A \ufffe and \ud800 here.')).toEqual([
      `16:3 ${EXPECTED}, found U+FFFE (not a character) (delete it)`,
      `16:9 ${EXPECTED}, found U+D800 (half of a character: a lone surrogate) (retype the character; the file holds half of it)`,
    ]);
  });

  test('marks a language needs pass: right-to-left and left-to-right marks, joiners, emoji', () => {
    expect(problems('Arabic \u200f and \u200e marks, a zero\u200dwidth joiner, 😀 and é.')).toEqual([]);
  });
});

describe('frontmatter is plain YAML', () => {
  test('an alias, which could expand a few bytes without end, is refused', () => {
    expect(problems('Body.', { title: '&t "A title"', dek: '*t' })).toEqual(['3:6 frontmatter: expected each value written out in full (no YAML aliases), found the alias "*t"']);
    const bomb = ['a: &a ["x","x","x","x","x","x","x","x","x"]', ...Array.from({ length: 8 }, (_, i) => `${'bcdefghi'[i]}: &${'bcdefghi'[i]} [${Array(9).fill(`*${'abcdefgh'[i]}`).join(',')}]`)].join('\n');
    expect(parseStory(FILE, `---\n${bomb}\n---\nBody.\n`).problems.map(shown(FILE))).toEqual(['3:8 frontmatter: expected each value written out in full (no YAML aliases), found the alias "*a" (and 71 more)']);
  });
});

describe('a title, dek or byline that shows nothing is refused', () => {
  test('zero-width and word-joiner characters only', () => {
    expect(problems('Body.', { title: '"\u200b\u200b"', dek: '"\ufeff "', byline: '\n  - "\u2060"' })).toEqual([
      '2:1 title: expected visible text, not only spaces or invisible characters, found only invisible characters (U+200B U+200B)',
      '3:1 dek: expected some text, found only invisible characters (U+FEFF U+0020)',
      '5:5 byline[0]: expected visible text, not only spaces or invisible characters, found only invisible characters (U+2060)',
    ]);
  });
});

describe('data files: the same character rules, invisible labels, and size', () => {
  const valid = fs.readFileSync('tests/unit/charts/fixtures/valid/fixture-line.json', 'utf8');
  const DATA = 'content/data/fixture-line.json';
  const dataProblems = (text: string) => {
    return parseDataset(text, DATA).problems.map(shown(DATA));
  };

  test('a bidi override typed in a title and a control character escaped in a label', () => {
    const text = valid.replace('Output rose', 'Output \u202erose').replace('"January 2021"', '"January\\u0007 2021"');
    expect(dataProblems(text)).toEqual([
      `3:20 JSON text: expected text without control characters or bidi controls, found U+202E (RIGHT-TO-LEFT OVERRIDE) (${BIDI})`,
      `21:24 JSON text: expected text without control characters or bidi controls, found U+0007 (a control character), written as \\u0007 (${CONTROL})`,
    ]);
  });

  test('an emoji written as a surrogate pair escape passes; a lone half does not', () => {
    expect(dataProblems(valid.replace('"January 2021"', '"January \\ud83d\\ude00"'))).toEqual([]);
    expect(dataProblems(valid.replace('"January 2021"', '"January \\ud83d"'))).toEqual([
      '21:25 JSON text: expected text without control characters or bidi controls, found U+D83D (half of a character: a lone surrogate), written as \\ud83d (retype the character; the file holds half of it)',
    ]);
  });

  test('a label of zero-width spaces, and a note too long to be one', () => {
    const text = valid.replace('"January 2021"', '"\u200b\u200b"').replace('"February was not reported."', JSON.stringify('x'.repeat(2_001)));
    expect(dataProblems(text)).toEqual([
      '8:5 notes[0]: expected a note, at most 2,000 characters, found "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx..."',
      '21:7 values[0].label: expected a label such as "January 2020" (visible text, not only spaces or invisible characters), found only invisible characters (U+200B U+200B)',
    ]);
  });

  test('brackets nested 100,000 deep, and a file over 1,000,000 characters', () => {
    expect(dataProblems('['.repeat(100_000))).toEqual([
      '1:33 nesting: expected lists and objects at most 32 levels inside one another, found more than 32 here (a data file needs three or four levels; check for brackets opened and never closed)',
    ]);
    expect(dataProblems(`${valid.slice(0, -2)}, "x": "${'x'.repeat(1_000_000)}"}`)).toEqual([
      '1:1 file size: expected a data file of at most 1,000,000 characters, found 1,001,xxx characters (split the data into several charts)'.replace('1,001,xxx', (valid.length + 1_000_008).toLocaleString('en-US')),
    ]);
  });
});

describe('names from content are looked up as own properties only', () => {
  test('a tag named like a property of every object is a word', () => {
    expect(tagName('constructor', 'en')).toBe('Constructor');
    expect(tagName('to-string', 'fr')).toBe('To string');
    expect(tagName('__proto__', 'en')).toBe('__proto__');
    expect(tagName('defense-production-act', 'en')).toBe('Defense Production Act');
  });
});
