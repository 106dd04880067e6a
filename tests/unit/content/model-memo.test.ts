import { describe, expect, test } from 'vitest';
import { storyPage } from '@/app/desk/_server/preview-pages';
import { readContent } from '@/lib/content/disk';
import { buildModel, checkEdit, parseMemo, type ContentFile, type ModelInput } from '@/lib/content/model';
import { parseStory } from '@/lib/content/story-file';
import { parseDataset } from '@/lib/data/parse';

/**
 * The desk keeps what reading each file gave between checks (parseMemo). A build that finds its
 * files there must give exactly what a build that reads every file gives, on the fixture site
 * (CONTENT_DIR, set by vitest.config.ts), through edits and their undoing; and nothing may change
 * what is kept, or a later check would report on a tree that is no longer the file's.
 */

const { input, display } = readContent();
// Fixed, so that two builds a few milliseconds apart judge "published" alike.
const now = Date.parse('2026-12-01T12:00:00Z');
const ENGLISH = 'stories/the-widget-standoff.mdx';
const DATA = 'data/widget-output.json';
const textOf = (files: ContentFile[], rel: string) => files.find((f) => f.path === rel)!.text;
const replaced = (files: ContentFile[], rel: string, text: string): ModelInput => ({ ...input, files: files.map((f) => (f.path === rel ? { path: rel, text } : f)) });

/** The parts of a model a check and a preview use, for toEqual: problems in order, and the stories with their trees and datasets. */
const seen = (model: ReturnType<typeof buildModel>) => ({ problems: model.problems, stories: model.stories, datasets: model.datasets });
/** A value with each function replaced by where it places the document's root and its first field. */
const withoutFunctions = (value: unknown): unknown =>
  typeof value === 'function'
    ? [value([]), value(['title'])]
    : Array.isArray(value)
      ? value.map(withoutFunctions)
      : value && typeof value === 'object'
        ? Object.fromEntries(Object.entries(value).map(([k, v]) => [k, withoutFunctions(v)]))
        : value;
const plain = (i: ModelInput) => seen(buildModel(i, { display, now }));

describe('a build that finds its files in the memo', () => {
  test('gives the problems, stories and datasets of a build that reads every file: first, again, after edits and after undoing them', () => {
    const memo = parseMemo();
    const remembered = (i: ModelInput) => seen(buildModel(i, { display, now, memo }));
    const original = plain(input);
    expect(original.stories.length).toBeGreaterThan(3);
    expect(remembered(input)).toEqual(original);
    expect(remembered(input)).toEqual(original);

    // An editor's mistake in a story: an expression the model refuses, and a figure its data contradicts.
    const story = textOf(input.files, ENGLISH);
    const broken = `${story}\nAn {expression} here.\n`;
    const wrongFigure = `${story}\nOutput reached 13 million widgets a month in April.\n`;
    for (const text of [broken, wrongFigure]) {
      const edit = { path: ENGLISH, text };
      const expected = seen(checkEdit(input, edit, { display, now }));
      expect(expected.problems.some((p) => p.file === display(ENGLISH) && p.severity === 'error')).toBe(true);
      expect(seen(checkEdit(input, edit, { display, now, memo }))).toEqual(expected);
      expect(seen(checkEdit(input, edit, { display, now, memo }))).toEqual(expected);
    }
    // Undone: the story as it was, which the memo no longer has as its last text.
    expect(seen(checkEdit(input, { path: ENGLISH, text: story }, { display, now, memo }))).toEqual(original);
  });

  test('reads a French data file again when the English file it translates changes', () => {
    const memo = parseMemo();
    const remembered = (i: ModelInput) => seen(buildModel(i, { display, now, memo }));
    expect(remembered(input)).toEqual(plain(input));
    // A value the French file does not list any more: the translation no longer matches its original.
    const data = JSON.parse(textOf(input.files, DATA));
    data.values = data.values.slice(1);
    const edited = replaced(input.files, DATA, `${JSON.stringify(data, null, 2)}\n`);
    const expected = plain(edited);
    expect(expected.problems.some((p) => p.file === display(`data/fr/${DATA.slice('data/'.length)}`))).toBe(true);
    expect(remembered(edited)).toEqual(expected);
    expect(remembered(input)).toEqual(plain(input));
  });

  test('keeps what it was given unchanged through builds and the preview of every story', () => {
    const memo = parseMemo();
    for (let i = 0; i < 2; i++) for (const story of buildModel(input, { display, now, memo }).stories) storyPage(story);
    checkEdit(input, { path: ENGLISH, text: `${textOf(input.files, ENGLISH)}\nMore.\n` }, { display, now, memo });
    // What the memo hands out now is what reading the file afresh gives (its position functions are closures: compared by what they return).
    const never = () => {
      throw new Error('read again: the memo lost it');
    };
    for (const file of input.files) {
      const name = display(file.path);
      if (file.path.startsWith('stories/')) expect(withoutFunctions(memo.story(name, file.text, never))).toEqual(withoutFunctions(parseStory(name, file.text)));
      else if (/^data\/[^/]+\.json$/.test(file.path)) expect(withoutFunctions(memo.dataset(name, file.text, never))).toEqual(withoutFunctions(parseDataset(file.text, name)));
    }
  });
});

describe('the memo', () => {
  test('keeps the last two texts of a file, and at most `files` files, the least recently read dropped first', () => {
    const memo = parseMemo({ files: 2 });
    let reads = 0;
    const read = (text: string) => () => ({ problems: [], frontmatter: { positionOf: () => ({ line: 1, column: 1 }), strings: [], problems: [] }, text, n: ++reads });
    const get = (file: string, text: string) => memo.story(file, text, read(text));
    get('a', 'one');
    get('a', 'two');
    get('a', 'one');
    expect(reads).toBe(2);
    get('a', 'three');
    get('a', 'two');
    expect(reads).toBe(4);
    get('b', 'x');
    get('a', 'two');
    get('c', 'y');
    get('a', 'two');
    get('b', 'x');
    expect(reads).toBe(7);
  });
});
