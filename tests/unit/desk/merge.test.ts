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

  test('a paragraph of thousands of like sentences is merged sentence by sentence too', () => {
    const long = `${Array.from({ length: 3000 }, (_, i) => `Sentence ${i % 7}.`).join(' ')}\n`;
    const mine = long.replace(/^Sentence 1\./, 'Sentence one.');
    const theirs = long.replace(/Sentence 6\.\n$/, 'Sentence last.\n');
    expect(mergeBoth(long, mine, theirs)).toBe(mine.replace(/Sentence 6\.\n$/, 'Sentence last.\n'));
  });
});

describe('large files', () => {
  // Every other line blank, as in Markdown: the lines that repeat most. The merge used before
  // (node-diff3) took 1.9 s here at 2,000 lines and 143 s at 8,000, the editor's page frozen.
  const story = (lines: number) => Array.from({ length: lines }, (_, i) => (i % 2 ? '\n' : `Paragraph ${i}.\n`)).join('');

  test('a conflict on a 20,000-line story with changes all through it: both kept, and lines listed', () => {
    const base = story(20_000);
    const mine = base.replace(/Paragraph (\d*)04\./g, 'Mine $1.');
    const theirs = base.replace(/Paragraph (\d*)08\./g, 'Theirs $1.');
    expect(mergeBoth(base, mine, theirs)).toBe(mine.replace(/Paragraph (\d*)08\./g, 'Theirs $1.'));
    const changes = lineChanges(base, theirs);
    // Paragraphs 108, 208 … 19,908: each its own change.
    expect(changes).toHaveLength(199);
    expect(changes[0]).toEqual({ removed: ['Paragraph 108.\n'], added: ['Theirs 1.\n'] });
  });

  test('texts with nothing in common but their repeated lines: an answer, not a frozen page', () => {
    const a = Array.from({ length: 20_000 }, (_, i) => (i % 2 ? '\n' : `a${i}\n`)).join('');
    const b = Array.from({ length: 20_000 }, (_, i) => (i % 2 ? '\n' : `b${i}\n`)).join('');
    expect(mergeBoth(a, b, a.replace('a0\n', 'A0\n'))).toBeUndefined();
    const listed = lineChanges(a, b);
    expect(listed.flatMap((c) => c.added).filter((l) => l !== '\n')).toEqual(b.split('\n').filter((l) => l.startsWith('b')).map((l) => `${l}\n`));
    const words = wordChanges('x '.repeat(50_000), 'y '.repeat(50_000));
    expect(words.added.map((p) => p.text).join('')).toBe('y '.repeat(50_000));
  });

});
