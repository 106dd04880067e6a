import fs from 'node:fs';
import path from 'node:path';
import { Text } from '@codemirror/state';
import { describe, expect, test } from 'vitest';
import { checkText } from '@/app/desk/_server/check';
import { diagnosticsOf } from '@/app/desk/(tools)/edit/marks';
import type { DeskProblem } from '@/app/desk/_server/check';
import { FIXTURE_CONTENT } from '../../fixture-site';

/** What the editor sees underlined for each problem of `text`, as the check finds them. */
function marked(rel: string, text: string): string[] {
  const doc = Text.of(text.split('\n'));
  return diagnosticsOf(doc, checkText(rel, text).problems).map((d) => doc.sliceString(d.from, d.to));
}

const at = (line: number, column: number): DeskProblem => ({ file: 'x', severity: 'error', field: 'f', message: 'm', here: true, line, column }) as DeskProblem;
const marks = (text: string, ...problems: DeskProblem[]) => {
  const doc = Text.of(text.split('\n'));
  return diagnosticsOf(doc, problems).map((d) => doc.sliceString(d.from, d.to));
};

describe('the marks under a problem in the text', () => {
  test('an empty value in a data file: its name and the value, not the name alone', () => {
    const rel = 'data/widget-orders.json';
    const text = fs.readFileSync(path.join(FIXTURE_CONTENT, rel), 'utf8').replace('"sourceRef": "report-b", "speaker": "News report, June 16, 2021", "quote": "has ordered', '"sourceRef": "",\n      "speaker": "News report, June 16, 2021", "quote": "has ordered');
    expect(marked(rel, text)).toEqual(['"sourceRef": ""']);
  });

  test('a frontmatter value of the wrong kind: the field and its value', () => {
    const rel = 'stories/a-note-on-orders.mdx';
    const text = fs.readFileSync(path.join(FIXTURE_CONTENT, 'stories', 'a-note-on-orders.mdx'), 'utf8').replace(/^title: .*$/m, 'title: 42');
    expect(marked(rel, text)).toEqual(['title: 42']);
  });

  test('in the story’s text, a word that ends in a colon is a word: the mark stops there', () => {
    expect(marks('---\ntitle: "x"\n---\n\nNote: this {1 + 1}', at(5, 1), at(5, 12))).toEqual(['Note:', '{1']);
    // A field that opens a list or an object: the name and the bracket.
    expect(marks('{\n  "values": [\n  ]\n}', at(2, 3))).toEqual(['"values": [']);
  });
});

describe('marks on lines of any size', () => {
  // A pattern that backtracks takes minutes on these lines: the test's own time limit ends it.
  test('a field on a line of 400,000 spaces and one of 100,000 escapes is marked at once', () => {
    expect(marks(`{\n  "a": ${' '.repeat(200_000)}x${' '.repeat(200_000)},\n}`, at(2, 3))).toEqual([`"a": ${' '.repeat(200_000)}x`]);
    expect(marks(`{\n  "${'\\"'.repeat(100_000)}`, at(2, 3))).toEqual([`"${'\\"'.repeat(100_000)}`]);
  });
});
