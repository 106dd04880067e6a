import { expect, test } from 'vitest';
import { diff3Merge, diffHunks, diffRuns, MAX_EDITS, type Hunk } from '@/app/desk/(tools)/edit/diff';

/** The desk's diff and three-way merge, against what they must give, computed here independently. */

/** b rebuilt from a and the hunks: the hunks are a true description of the change. */
const apply = <T>(a: T[], b: T[], hunks: Hunk[]) => {
  const out: T[] = [];
  let at = 0;
  for (const h of hunks) {
    expect(h.aStart).toBeGreaterThanOrEqual(at);
    out.push(...a.slice(at, h.aStart), ...b.slice(h.bStart, h.bStart + h.bLength));
    at = h.aStart + h.aLength;
  }
  return [...out, ...a.slice(at)];
};

/** The fewest items taken out and put in, by the textbook table (n × m), for small inputs only. */
function editDistance<T>(a: T[], b: T[]): number {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = row[0];
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const next = a[i - 1] === b[j - 1] ? diagonal : Math.min(row[j], row[j - 1]) + 1;
      diagonal = row[j];
      row[j] = next;
    }
  }
  return row[b.length];
}

let seed = 19;
const random = (n: number) => Math.floor(((seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x80000000) * n);
const items = (length: number, kinds: number) => Array.from({ length }, () => 'abcdefgh'[random(kinds)]);

test('hunks rebuild the second text and are as few edits as can be, on 3,000 random pairs', () => {
  for (let n = 0; n < 3000; n++) {
    const a = items(random(14), 1 + random(4));
    const b = items(random(14), 1 + random(4));
    const hunks = diffHunks(a, b);
    expect(apply(a, b, hunks)).toEqual(b);
    expect(hunks.reduce((s, h) => s + h.aLength + h.bLength, 0), JSON.stringify([a, b])).toBe(editDistance(a, b));
    // Two hunks always have something kept between them.
    hunks.slice(1).forEach((h, i) => expect(h.aStart).toBeGreaterThan(hunks[i].aStart + hunks[i].aLength));
  }
});

test('past MAX_EDITS the middle is one change, still a true one', () => {
  // Every other item alike, every other one different: MAX_EDITS * 1.5 of them taken out and as many put in.
  const a = Array.from({ length: MAX_EDITS * 3 + 1 }, (_, i) => (i % 2 ? '' : `a${i}`));
  const b = Array.from({ length: MAX_EDITS * 3 + 1 }, (_, i) => (i % 2 ? '' : `b${i}`));
  const hunks = diffHunks(['same', ...a, 'end'], ['same', ...b, 'end']);
  expect(hunks).toEqual([{ aStart: 1, aLength: a.length, bStart: 1, bLength: b.length }]);
  // Under it, the exact answer: each different item its own change.
  const [few, other] = [a.slice(0, 801), b.slice(0, 801)];
  const fewHunks = diffHunks(few, other);
  expect(apply(few, other, fewHunks)).toEqual(other);
  expect(fewHunks).toHaveLength(401);
});

test('runs alternate between kept and changed and join back into both texts', () => {
  const a = ['t', 'x', '', 'p', '', 'q'];
  const b = ['t', 'y', '', 'p', 'r', '', 'q'];
  const runs = diffRuns(a, b);
  expect(runs).toEqual([{ common: ['t'] }, { a: ['x'], b: ['y'] }, { common: ['', 'p'] }, { a: [], b: ['r'] }, { common: ['', 'q'] }]);
  expect(runs.flatMap((r) => ('common' in r ? r.common : r.a))).toEqual(a);
  expect(runs.flatMap((r) => ('common' in r ? r.common : r.b))).toEqual(b);
});

test('three-way: a change on one side is taken; changes that meet are a conflict; the same change on both is not', () => {
  const o = ['title', '', 'one', '', 'two', '', 'three'];
  const a = ['title', '', 'ONE', '', 'two', '', 'three'];
  const b = ['title', '', 'one', '', 'two', '', 'THREE'];
  expect(diff3Merge(a, o, b)).toEqual([{ ok: ['title', '', 'ONE', '', 'two', '', 'THREE'] }]);
  expect(diff3Merge(a, o, a)).toEqual([{ ok: a }]);
  expect(diff3Merge(o, o, b)).toEqual([{ ok: b }]);
  // Side by side, nothing kept between: the editor decides.
  const c = ['title', '', 'one', 'and more', '', 'two', '', 'three'];
  const d = ['title', '', 'One', '', 'two', '', 'three'];
  expect(diff3Merge(c, o, d)).toEqual([{ ok: ['title', ''] }, { conflict: { a: ['one', 'and more'], o: ['one'], b: ['One'] } }, { ok: ['', 'two', '', 'three'] }]);
  // Both adding at the same place.
  expect(diff3Merge([...o, 'mine'], o, [...o, 'theirs'])).toEqual([{ ok: o }, { conflict: { a: ['mine'], o: [], b: ['theirs'] } }]);
});

test('three-way on random texts: with no conflict, each side’s changes are in the result', () => {
  let clean = 0;
  for (let n = 0; n < 2000; n++) {
    const o = items(random(12), 3);
    const edit = (t: string[]) => {
      const out = [...t];
      for (let k = random(3); k > 0; k--) out.splice(random(out.length + 1), random(2), `${'xyz'[random(3)]}${n}`);
      return out;
    };
    const [a, b] = [edit(o), edit(o)];
    const regions = diff3Merge(a, o, b);
    const merged = regions.flatMap((r) => ('ok' in r ? r.ok : []));
    if (regions.every((r) => 'ok' in r)) {
      clean++;
      // Every item added by either side is in the result: once for each side that added it, or
      // once for both where both made the same change at the same place.
      const count = (t: string[], item: string) => t.filter((x) => x === item).length;
      for (const item of new Set([...a, ...b].filter((x) => x.length > 1))) {
        const found = count(merged, item);
        expect(found, JSON.stringify({ o, a, b, merged })).toBeGreaterThanOrEqual(Math.max(count(a, item), count(b, item)));
        expect(found, JSON.stringify({ o, a, b, merged })).toBeLessThanOrEqual(count(a, item) + count(b, item));
      }
      // Of o's items (which no side adds), each side's taking-out is done once: at most what the
      // side that kept more has, at least o's count less both sides' taking-out.
      for (const item of new Set(o)) {
        const found = count(merged, item);
        expect(found, JSON.stringify({ o, a, b, merged })).toBeLessThanOrEqual(Math.max(count(a, item), count(b, item)));
        expect(found, JSON.stringify({ o, a, b, merged })).toBeGreaterThanOrEqual(count(a, item) + count(b, item) - count(o, item));
      }
      if (a.join() === o.join()) expect(merged).toEqual(b);
      if (b.join() === o.join()) expect(merged).toEqual(a);
    }
  }
  // Enough of the random pairs merge cleanly for the properties above to say something.
  expect(clean).toBeGreaterThan(500);
});
