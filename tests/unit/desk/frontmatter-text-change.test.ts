import fc from 'fast-check';
import { EditorState } from '@codemirror/state';
import { describe, expect, test } from 'vitest';
import { changeBetween } from '@/app/desk/(tools)/edit/text-change';

/**
 * The panel's edits reach CodeMirror as one change; applied to a document that joins its lines with
 * the file's separator, it must give exactly the panel's text (CodeMirror counts a \r\n as one).
 */
const apply = (current: string, next: string, separator: string) => {
  const state = EditorState.create({ doc: current, extensions: EditorState.lineSeparator.of(separator) });
  return state.update({ changes: changeBetween(current, next, separator) }).state.sliceDoc();
};

describe('the change the panel sends to the editor', () => {
  test('is only the changed value', () => {
    expect(changeBetween('title: Old\r\ndek: x\r\n', 'title: New\r\ndek: x\r\n', '\r\n')).toEqual({ from: 7, to: 10, insert: 'New' });
    // After the first line, positions count \r\n as one.
    expect(changeBetween('a\r\ntitle: Old\r\n', 'a\r\ntitle: New\r\n', '\r\n')).toEqual({ from: 9, to: 12, insert: 'New' });
    expect(changeBetween('a\r\nb\r\n', 'a\r\nb\r\nc\r\n', '\r\n')).toEqual({ from: 4, to: 4, insert: 'c\r\n' });
    expect(changeBetween('x😀', 'x😁', '\n')).toEqual({ from: 1, to: 3, insert: '😁' });
  });

  test('gives the exact text in a CodeMirror document, with any line ends and characters', () => {
    const piece = fc.constantFrom('a', 'b', '\r\n', '\n', '\r', '😀', '😁', 'é', ' ');
    const text = fc.array(piece, { maxLength: 30 }).map((p) => p.join(''));
    fc.assert(
      fc.property(text, text, fc.constantFrom('\r\n', '\n', '\r'), (a, b, separator) => {
        // A file has one kind of line end (line-ends.ts); make both texts use this one.
        const one = (t: string) => t.replace(/\r\n|\r|\n/g, separator);
        expect(apply(one(a), one(b), separator)).toBe(one(b));
      }),
      { seed: 20261203, numRuns: 2000 },
    );
  });
});
