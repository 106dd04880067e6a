import { expect, test } from 'vitest';
import { linesOf, mergeBoth, theirChanges } from '@/app/desk/(tools)/edit/merge';

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
  expect(theirChanges(BASE, theirs)).toEqual([{ removed: ['title: "Masks"\n'], added: ['title: "N95 masks"\n'] }]);
  // CRLF files merge as CRLF.
  const crlf = (s: string) => s.replace(/\n/g, '\r\n');
  expect(mergeBoth(crlf(BASE), crlf(mine), crlf(theirs))).toBe(crlf('---\ntitle: "N95 masks"\n---\n\nFirst paragraph.\n\nSecond paragraph, longer.\n'));
});

test('changes to the same lines, or both adding at the end: no merge, the editor decides', () => {
  expect(mergeBoth(BASE, BASE.replace('First', 'My first'), BASE.replace('First', 'Their first'))).toBeUndefined();
  expect(mergeBoth(BASE, `${BASE}Mine.\n`, `${BASE}Theirs.\n`)).toBeUndefined();
});

test('the same change made on both sides is no conflict', () => {
  const both = BASE.replace('First', 'The first');
  expect(mergeBoth(BASE, both, both)).toBe(both);
});
