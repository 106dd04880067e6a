import { expect, test } from 'vitest';
import { lacksTheirChanges, linesOf, mergeBoth, lineChanges, wordChanges } from '@/app/desk/(tools)/edit/merge';

/** A Save that meets another editor's save: both changes kept when they touch different lines. Texts by hand. */

const BASE = '---\ntitle: "Masks"\n---\n\nFirst paragraph.\n\nSecond paragraph.\n';

test('lines keep their own ends, whatever they are, so joining them gives back the bytes', () => {
  for (const text of [BASE, BASE.replace(/\n/g, '\r\n'), 'a\rb\r', 'no end', '', '\n\n']) expect(linesOf(text).join('')).toBe(text);
  expect(linesOf('a\r\nb\nc')).toEqual(['a\r\n', 'b\n', 'c']);
});

test('changes on different lines: both kept, byte for byte', () => {
  const theirs = BASE.replace('title: "Masks"', 'title: "N95 masks"');
  const mine = BASE.replace('Second paragraph.', 'Second paragraph, longer.');
  expect(mergeBoth(BASE, mine, theirs)).toBe('---\ntitle: "N95 masks"\n---\n\nFirst paragraph.\n\nSecond paragraph, longer.\n');
  expect(lineChanges(BASE, theirs)).toEqual([{ removed: ['title: "Masks"\n'], added: ['title: "N95 masks"\n'] }]);
  // CRLF files merge as CRLF.
  const crlf = (s: string) => s.replace(/\n/g, '\r\n');
  expect(mergeBoth(crlf(BASE), crlf(mine), crlf(theirs))).toBe(crlf('---\ntitle: "N95 masks"\n---\n\nFirst paragraph.\n\nSecond paragraph, longer.\n'));
});

test('changes to the same lines, or both adding at the end: no merge, the editor decides', () => {
  expect(mergeBoth(BASE, BASE.replace('First', 'My first'), BASE.replace('First', 'Their first'))).toBeUndefined();
  expect(mergeBoth(BASE, `${BASE}Mine.\n`, `${BASE}Theirs.\n`)).toBeUndefined();
});

test('after Keep both, a text lacks their changes when an Undo took them out, not when the editor rewrote their lines', () => {
  const theirs = BASE.replace('title: "Masks"', 'title: "N95 masks"');
  const mine = BASE.replace('Second paragraph.', 'Second paragraph, longer.');
  const merged = '---\ntitle: "N95 masks"\n---\n\nFirst paragraph.\n\nSecond paragraph, longer.\n';
  expect(lacksTheirChanges(BASE, merged, theirs)).toBe(false);
  expect(lacksTheirChanges(BASE, `${merged}One more.\n`, theirs)).toBe(false);
  // Undone: my text as it was before Keep both.
  expect(lacksTheirChanges(BASE, mine, theirs)).toBe(true);
  // Their headline edited again by the editor: the editor's own choice.
  expect(lacksTheirChanges(BASE, merged.replace('N95 masks', 'N95 respirators'), theirs)).toBe(false);
});

test('the same change made on both sides is no conflict', () => {
  const both = BASE.replace('First', 'The first');
  expect(mergeBoth(BASE, both, both)).toBe(both);
});

test('a paragraph with one phrase changed shows that phrase, not the whole paragraph, on each side', () => {
  expect(wordChanges('Canada stood to lose a supplier.', 'Canada was about to lose a supplier.')).toEqual({
    removed: [{ text: 'Canada ', changed: false }, { text: 'stood', changed: true }, { text: ' to lose a supplier.', changed: false }],
    added: [{ text: 'Canada ', changed: false }, { text: 'was about', changed: true }, { text: ' to lose a supplier.', changed: false }],
  });
  // Words only taken out, or only put in: the other side has nothing marked.
  expect(wordChanges('Masks, fast.', 'Masks.')).toEqual({ removed: [{ text: 'Masks, fast.', changed: true }], added: [{ text: 'Masks.', changed: true }] });
  expect(wordChanges('', 'New.')).toEqual({ removed: [], added: [{ text: 'New.', changed: true }] });
});
