import { describe, expect, test } from 'vitest';
import { checkText } from '@/app/desk/_server/check';
import { fieldName, fileName, namingFiles } from '@/app/desk/file-names';
import { readContent } from '@/lib/content/disk';

describe('files named as an editor knows them', () => {
  test('a story or a chart by its kind, edition and name; anything else by its path', () => {
    expect(['content/stories/the-n95-standoff.mdx', 'stories/fr/le-bras-de-fer.mdx', 'content/data/n95-output.json', '/tmp/x/content/data/fr/n95-output.json', 'content/sources/report.txt', 'stories/notes.txt'].map(fileName)).toEqual([
      'Story the-n95-standoff',
      'French story le-bras-de-fer',
      'Chart n95-output',
      'French chart n95-output',
      'content/sources/report.txt',
      'stories/notes.txt',
    ]);
  });

  test('the paths in the check’s words, with their lines; folders and commands left as they are', () => {
    // Messages as npm run check prints them (EDITORS.md, "What npm run check compares").
    expect(namingFiles('expected <Figure chart="canada-procurement" value="N95 masks" />, as the original states it at content/stories/the-n95-standoff.mdx:79, found <Figure chart="canada-procurement" value="Surgical masks" />')).toBe(
      'expected <Figure chart="canada-procurement" value="N95 masks" />, as the original states it at story the-n95-standoff, line 79, found <Figure chart="canada-procurement" value="Surgical masks" />',
    );
    expect(namingFiles('expected the correction of 2026-11-22 carried over from the original (content/stories/the-n95-standoff.mdx:19:3), with the same date')).toBe('expected the correction of 2026-11-22 carried over from the original (story the-n95-standoff, line 19), with the same date');
    expect(namingFiles('a chart of content/data/fr/n95-output.json and content/data/n95-output.json')).toBe('a chart of French chart n95-output and chart n95-output');
    const untouched = 'found "31 million", which no chart in content/data/ gives (npm run new-story -- --translate an-untranslated-note --slug <french-slug> starts one)';
    expect(namingFiles(untouched)).toBe(untouched);
  });
});

describe('files named in messages of any size', () => {
  test('a long message, path-like or not, is read in one pass and comes back whole', () => {
    // A pattern that backtracks (5 s on 100 kB of "a/") does not finish these in minutes: the run would not end.
    for (const unit of ['a/', 'x', 'stories/', 'data/fr/a', 'content/stories/x.mdx:1 ']) {
      const message = unit.repeat(Math.ceil(400_000 / unit.length));
      const named = namingFiles(message);
      if (!unit.includes('.mdx')) expect(named).toBe(message);
      else expect(named.startsWith('story x, line 1 story x, line 1 ')).toBe(true);
    }
  });

  test('random text with paths in it: nothing is lost around them', () => {
    const pieces = ['content/', 'stories/', 'fr/', 'data/', 'a-b', '.mdx', '.json', ':12', ':3', ' ', '(', ')', 'x', '/', 'é'];
    for (let i = 0; i < 500; i++) {
      const text = Array.from({ length: 1 + ((i * 7) % 40) }, (_, j) => pieces[(i * 31 + j * 17 + (i >> 3)) % pieces.length]).join('');
      const named = namingFiles(text);
      // Whatever was not a path is still there, in order.
      const outside = text.split(/(?:[\w./-]*)(?:stories|data)\/(?:fr\/)?[\w-]+\.(?:mdx|json)(?::\d+(?::\d+)?)?/);
      let at = 0;
      for (const piece of outside) {
        const found = named.indexOf(piece, at);
        expect(found, JSON.stringify([text, named, piece])).toBeGreaterThanOrEqual(0);
        at = found + piece.length;
      }
    }
  });
});

describe('fields named as an editor counts', () => {
  test('an item of a list by its place from 1; the kinds of problem the check also names as they are', () => {
    const fields = ['values[0].sourceRef', 'sources[10].file', 'byline[1]', 'series[2].name', 'corrections[0].date', 'address[0]', 'title', 'placeholder text', 'link #x', '<Chart id="x">', 'import/export', 'the 2nd <Figure>'];
    expect(fields.map((f) => fieldName(f))).toEqual(['entry 1, sourceRef', 'source 11, file', 'byline 2', 'series 3, name', 'correction 1, date', 'address 1', 'title', 'placeholder text', 'link #x', '<Chart id="x">', 'import/export', 'the 2nd <Figure>']);
  });

  test('a chart’s entry by its label too, its full stops its own; a list inside an item by its place only', () => {
    const labels = (list: string, index: number) => (list === 'values' ? ['U.S. output, March', 'Exports'][index] : undefined);
    expect(['values[0].quote', 'values[1]', 'values[5].value', 'sources[0].id', 'series[0].values[1]'].map((f) => fieldName(f, labels))).toEqual(['entry 1 (U.S. output, March), quote', 'entry 2 (Exports)', 'entry 6, value', 'source 1, id', 'series 1, entry 2']);
  });

  test('a path of any length is read once', () => {
    expect(fieldName(`${'a.'.repeat(200_000)}b`)).toBe(`${'a, '.repeat(200_000)}b`);
    expect(fieldName(`a${'[0]'.repeat(100_000)}.`)).toBe(`a${'[0]'.repeat(100_000)}.`);
  });

  test('the desk’s problems with a chart file say so (on the fixture site)', () => {
    const file = readContent().input.files.find((f) => f.path === 'data/widget-output.json')!;
    const broken = file.text.replace('"value": 10000000, "sourceRef": "report-a", ', '"value": 10000000, ');
    expect(broken).not.toBe(file.text);
    const fields = checkText('data/widget-output.json', broken).problems.filter((p) => p.here).map((p) => p.field);
    expect(fields).toContain('entry 1 (January 2021), sourceRef');
    expect(fields.filter((f) => f?.includes('['))).toEqual([]);
  });
});
