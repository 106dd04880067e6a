import fs from 'node:fs';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { compileMdx } from '@/lib/content/mdx';
import { buildModel } from '@/lib/content/model';
import type { Problem } from '@/lib/problems';
import { storySource } from './helpers';

/**
 * Whatever an editor types, the check answers with problems or a story: never an exception, never
 * a hang. fast-check throws generated MDX, YAML frontmatter and JSON at the functions that read
 * content, with a fixed seed (a failure replays the same input) and bounded runs.
 *
 * The one adapter: point these at another reader (core's buildModel after the merge) and the
 * generators stay as they are. Each returns problems, and something compiled when there are none.
 */
const FIXTURE_DATA = fs.readFileSync('tests/unit/charts/fixtures/valid/fixture-line.json', 'utf8');

type Outcome = { problems: Problem[]; result?: unknown };
const read = {
  /** A whole story file (frontmatter and body) through the compiler alone. */
  mdx: (text: string): Outcome => {
    const compiled = compileMdx('content/stories/fuzz.mdx', text, 'en');
    return { problems: compiled.problems, result: 'hast' in compiled ? compiled.hast : undefined };
  },
  /** A whole story file, frontmatter checked too, through the content model the check and the build use. */
  story: (text: string): Outcome => {
    const model = buildModel({ files: [{ path: 'stories/fuzz.mdx', text }, { path: 'data/fixture-line.json', text: FIXTURE_DATA }] });
    return { problems: model.problems.filter((p) => p.severity === 'error'), result: model.stories[0] };
  },
  /** A chart's data file, through the model. */
  data: (text: string): Outcome => {
    const model = buildModel({ files: [{ path: 'data/fixture-line.json', text }] });
    return { problems: model.problems.filter((p) => p.severity === 'error'), result: model.datasets.en[0] };
  },
};

const SEED = 20261203;
const runs = (numRuns: number) => ({ seed: SEED, numRuns, endOnFailure: true });

/** Problems or a result, each problem a whole one: where, what was expected, what was found. */
function expectAnswer(outcome: Outcome) {
  for (const p of outcome.problems) {
    expect(typeof p.file).toBe('string');
    expect(p.expected).toEqual(expect.any(String));
    expect(p.found).toEqual(expect.any(String));
  }
  if (!outcome.problems.length) expect(outcome.result).toBeDefined();
}

/** Pieces of Markdown, MDX and HTML, hostile characters and escapes, in any order. */
const piece = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom('> ', '- ', '1. ', '* ', '## ', '# ', '\n', '\n\n', '    ', ' ', 'word', 'Word', '*', '**', '_', '"', "'", '--', '...', '`', '```\n', '~~~', '|', '\\', '{', '}', '[', ']', '(', ')', '](/x)', '](#a)', '](100%.png)', '](javascript:x)', '![a](', '<', '>', '/>', '</', '&amp;', '&#x202e;', '&#0;', '&#xd800;') },
  { weight: 3, arbitrary: fc.constantFrom('<sup>', '</sup>', '<br>', '</br>', '<br />', '<abbr title="t">', '</abbr>', '<Chart id="fixture-line" />', '\n\n<Chart id="fixture-line" />\n\n', '<Figure chart="fixture-line" value="2020-01" />', '<Quote original="x">', '</Quote>', '<constructor />', '<toString>', '<a.b />', '<script>', '<!--', '-->', '<>', '</>', 'x={1}') },
  { weight: 2, arbitrary: fc.constantFrom('\u202e', '\u2066', '\u0000', '\u0007', '\u001b', '\u0085', '\u200b', '\ufeff', '\ufffe', '\uffff', '\ud800', '\udc00', '\r', '\r\n', '\t', '😀', 'é', 'ﷺ') },
  { weight: 1, arbitrary: fc.string({ maxLength: 12, unit: 'binary' }) },
);
const body = fc.array(piece, { maxLength: 60 }).map((parts) => parts.join(''));

/** Deep nesting, long runs: the shapes that overflowed the stack or took seconds. */
const deep = fc
  .tuple(fc.constantFrom('> ', '- ', '1. ', '<sup>', '*', '_', "'", '"', '[', '## a\n\n', '<Chart id="fixture-line" />\n\n'), fc.integer({ min: 1, max: 3_000 }), fc.constantFrom('', 'x', 'x</sup>'))
  .map(([unit, n, tail]) => `${unit.repeat(n)}${tail}`);

/** Frontmatter values: valid ones, and what YAML allows that a story must not. */
const yamlValue = fc.oneof(
  fc.constantFrom('"A title"', '""', '"\\u200b"', '"\\u202e evil"', '"\\x1b[31m"', '"\\e"', '[]', '{}', 'null', '~', '&a "x"', '*a', '*nope', '!!binary aGk=', '[[[[[[[[', '{a: [b, {c: d}]}', '|\n  block', '2026-11-20T09:00:00-05:00', '\n  - Jane Doe', '\n  - name: "A report"\n    date: 2020-04-05', '\n  - constructor\n  - __proto__'),
  fc.string({ maxLength: 20 }).map((s) => JSON.stringify(s)),
);
const frontmatter = fc.dictionary(fc.constantFrom('title', 'dek', 'byline', 'published', 'tags', 'sources', 'corrections', 'draft', 'translationOf', '__proto__', 'constructor', '<<'), yamlValue, { maxKeys: 6 });

// Bounded runs keep this file near 10 s on a busy 2-core machine; the timeout leaves room for a slower one.
describe('no input crashes or stalls the readers of content', { timeout: 30_000 }, () => {
  test('generated MDX bodies compile to problems or a story', () => {
    fc.assert(fc.property(body, (text) => expectAnswer(read.mdx(storySource({}, `\n${text}\n`)))), runs(1000));
  });

  test('deep nesting and long runs give a problem, not a stack overflow', () => {
    fc.assert(fc.property(deep, (text) => expectAnswer(read.story(storySource({}, `\n${text}\n`)))), runs(60));
  });

  test('generated frontmatter and bodies give problems or a story', () => {
    fc.assert(
      fc.property(frontmatter, body, (fields, text) => expectAnswer(read.story(storySource(fields, `\n${text}\n`)))),
      runs(600),
    );
  });

  test('arbitrary text as a story file', () => {
    fc.assert(fc.property(fc.string({ maxLength: 200, unit: 'binary' }), (text) => expectAnswer(read.story(text))), runs(200));
  });

  const valid = fs.readFileSync('tests/unit/charts/fixtures/valid/fixture-line.json', 'utf8');

  test('a data file with generated text spliced in gives problems or a dataset', () => {
    const splice = fc.tuple(fc.nat(valid.length), fc.nat(8), fc.oneof(piece, fc.constantFrom('{', '[', '"', ',', '\\u202e', '\\ud800', '\\b', '"constructor": 1,', '"__proto__": {"chart": "map"},', '[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[')));
    fc.assert(fc.property(splice, ([at, cut, text]) => expectAnswer(read.data(valid.slice(0, at) + text + valid.slice(at + cut)))), runs(800));
  });

  test('any JSON value, and deep brackets, as a data file', () => {
    fc.assert(fc.property(fc.json({ maxDepth: 4 }), (text) => expectAnswer(read.data(text))), runs(200));
    fc.assert(fc.property(fc.integer({ min: 1, max: 100_000 }), (n) => expectAnswer(read.data(`${'['.repeat(n)}${']'.repeat(n)}`))), runs(10));
  });
});
