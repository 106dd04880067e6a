import { describe, expect, test } from 'vitest';
import { lacksTheirChanges, linesOf, mergeBoth, lineChanges, sentencesOf, wordChanges } from '@/app/desk/(tools)/edit/merge';

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

describe('within one paragraph (a Markdown paragraph is one line)', () => {
  const P = 'Trump used the act on April 2. Ottawa did not retaliate. « Nous travaillons ensemble. » Then 3M struck a deal.\n\nNext.\n';

  test('sentences keep their spaces and line ends, so joining them gives back the bytes', () => {
    for (const text of [P, P.replace(/\n/g, '\r\n'), 'One. Two.\rThree', 'No end', '', 'Trailing.  \n']) expect(sentencesOf(text).join('')).toBe(text);
    expect(sentencesOf(P).slice(0, 4)).toEqual(['Trump used the act on April 2. ', 'Ottawa did not retaliate. ', '« Nous travaillons ensemble. » ', 'Then 3M struck a deal.\n']);
  });

  test('their change to one sentence and mine to another: both kept, byte for byte, in LF and CRLF files', () => {
    const theirs = P.replace('April 2', 'Thursday, April 2');
    const mine = P.replace('Then 3M struck a deal.', 'On April 6, 3M struck a deal.');
    const both = P.replace('April 2', 'Thursday, April 2').replace('Then 3M struck a deal.', 'On April 6, 3M struck a deal.');
    expect(mergeBoth(P, mine, theirs)).toBe(both);
    const crlf = (s: string) => s.replace(/\n/g, '\r\n');
    expect(mergeBoth(crlf(P), crlf(mine), crlf(theirs))).toBe(crlf(both));
    // A sentence added by one, another edited by the other.
    expect(mergeBoth(P, P.replace('Ottawa did not retaliate. ', 'Ottawa did not retaliate. It argued instead. '), theirs)).toBe(P.replace('April 2', 'Thursday, April 2').replace('Ottawa did not retaliate. ', 'Ottawa did not retaliate. It argued instead. '));
  });

  test('their change to a sentence and mine to the next one: both kept', () => {
    const theirs = P.replace('Trump used the act on April 2.', 'Trump invoked the act on April 2.');
    const mine = P.replace('Ottawa did not retaliate.', 'Ottawa chose not to retaliate.');
    expect(mergeBoth(P, mine, theirs)).toBe(P.replace('Trump used', 'Trump invoked').replace('did not retaliate', 'chose not to retaliate'));
    // The same, with a sentence of the paragraph also changed the same way by both.
    const both = (s: string) => s.replace('Then 3M', 'That evening 3M');
    expect(mergeBoth(P, both(mine), both(theirs))).toBe(both(P.replace('Trump used', 'Trump invoked').replace('did not retaliate', 'chose not to retaliate')));
  });

  test('both changing one sentence, even different words of it: no merge, the editor decides', () => {
    expect(mergeBoth(P, P.replace('did not retaliate', 'would not retaliate'), P.replace('Ottawa did', 'Canada did'))).toBeUndefined();
  });

  test('a paragraph of more sentences than any story’s is not cut into them: the editor decides, and the page does not wait', () => {
    const long = `${Array.from({ length: 300 }, (_, i) => `Sentence ${i}.`).join(' ')}\n`;
    expect(mergeBoth(long, long.replace('Sentence 1.', 'Sentence one.'), long.replace('Sentence 299.', 'Sentence last.'))).toBeUndefined();
    const short = `${Array.from({ length: 150 }, (_, i) => `Sentence ${i}.`).join(' ')}\n`;
    expect(mergeBoth(short, short.replace('Sentence 1.', 'Sentence one.'), short.replace('Sentence 149.', 'Sentence last.'))).toBe(short.replace('Sentence 1.', 'Sentence one.').replace('Sentence 149.', 'Sentence last.'));
  });
});
