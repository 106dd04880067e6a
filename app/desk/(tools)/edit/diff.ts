/**
 * The desk's diffs (lines of a file, sentences of a paragraph, words of a line) and the three-way
 * merge built on them. Myers' algorithm (E. W. Myers, "An O(ND) difference algorithm and its
 * variations", 1986), after the common start and end are cut: its time grows with the size of the
 * change, not with how often a line repeats. node-diff3, used before, compared every pair of equal
 * lines against a list it walked one by one, so a story's blank lines were the slow case: a conflict
 * on a 2,000-line file held the page for 2 s, on 8,000 lines for 143 s.
 */

/** One change: `aLength` items of a from `aStart` became `bLength` items of b from `bStart`. */
export type Hunk = { aStart: number; aLength: number; bStart: number; bLength: number };

/**
 * Beyond this many items taken out and put in, the part between the common start and end counts
 * as one change: a result a reader can still use, in bounded time and memory (MAX_EDITS² numbers
 * kept for the way back, 16 MB). A save of a thousand changed paragraphs is a rewrite.
 */
export const MAX_EDITS = 2000;

/** The changes that make b from a, in order; none when they are equal. */
export function diffHunks<T>(a: readonly T[], b: readonly T[]): Hunk[] {
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let aEnd = a.length;
  let bEnd = b.length;
  while (aEnd > start && bEnd > start && a[aEnd - 1] === b[bEnd - 1]) {
    aEnd--;
    bEnd--;
  }
  if (start === aEnd && start === bEnd) return [];
  const whole = [{ aStart: start, aLength: aEnd - start, bStart: start, bLength: bEnd - start }];
  if (start === aEnd || start === bEnd) return whole;
  return shortestEdit(a, b, start, aEnd, start, bEnd) ?? whole;
}

/**
 * The furthest x on diagonal k (x − y = k) after d edits, from the furthest points after d − 1
 * (`at`), and whether the last edit put an item of b in (down) rather than took one of a out; x is
 * −1 where no path of d edits stays inside the n × m grid.
 */
function reach(at: (k: number) => number, k: number, d: number, n: number, m: number): { x: number; down: boolean } {
  const above = k < d ? at(k + 1) : -1;
  const left = k > -d ? at(k - 1) : -1;
  const downX = above >= 0 && above - k <= m ? above : -1;
  const rightX = left >= 0 && left + 1 <= n ? left + 1 : -1;
  return downX >= rightX ? { x: downX, down: true } : { x: rightX, down: false };
}

/** The shortest edit from a[aLo, aHi) to b[bLo, bHi) as hunks, or undefined past MAX_EDITS edits. */
function shortestEdit<T>(a: readonly T[], b: readonly T[], aLo: number, aHi: number, bLo: number, bHi: number): Hunk[] | undefined {
  const n = aHi - aLo;
  const m = bHi - bLo;
  const max = Math.min(n + m, MAX_EDITS);
  const offset = max + 1;
  const v = new Int32Array(2 * max + 3).fill(-1);
  const slide = (x: number, y: number) => {
    while (x < n && y < m && a[aLo + x] === b[bLo + y]) {
      x++;
      y++;
    }
    return x;
  };
  // What each step read, kept for the way back: diagonals −d−1 to d+1 of the points after d − 1 edits.
  const trace: Int32Array[] = [];
  v[offset] = slide(0, 0);
  if (v[offset] >= n && v[offset] >= m) return [];
  for (let d = 1; d <= max; d++) {
    const before = v.slice(offset - d - 1, offset + d + 2);
    trace.push(before);
    const at = (k: number) => before[k + d + 1];
    for (let k = -d; k <= d; k += 2) {
      const { x } = reach(at, k, d, n, m);
      if (x < 0) {
        v[offset + k] = -1;
        continue;
      }
      const end = slide(x, x - k);
      v[offset + k] = end;
      if (end === n && end - k === m) return backtrack(trace, d, k, n, m, aLo, bLo);
    }
  }
  return undefined;
}

/** From the end back to the start: the runs both keep, then the hunks between them. */
function backtrack(trace: Int32Array[], dEnd: number, kEnd: number, n: number, m: number, aLo: number, bLo: number): Hunk[] {
  const kept: [number, number, number][] = [];
  let x = n;
  let k = kEnd;
  for (let d = dEnd; d >= 1; d--) {
    const before = trace[d - 1];
    const { x: afterEdit, down } = reach((j) => before[j + d + 1], k, d, n, m);
    if (x > afterEdit) kept.push([afterEdit, afterEdit - k, x - afterEdit]);
    k = down ? k + 1 : k - 1;
    x = down ? afterEdit : afterEdit - 1;
  }
  if (x > 0) kept.push([0, 0, x]);
  kept.reverse();
  const hunks: Hunk[] = [];
  let ca = 0;
  let cb = 0;
  for (const [ra, rb, length] of [...kept, [n, m, 0] as [number, number, number]]) {
    if (ra > ca || rb > cb) hunks.push({ aStart: aLo + ca, aLength: ra - ca, bStart: bLo + cb, bLength: rb - cb });
    ca = ra + length;
    cb = rb + length;
  }
  return hunks;
}

/** a and b as runs both keep and runs that differ, in order (what `comm` shows). */
export function diffRuns<T>(a: readonly T[], b: readonly T[]): ({ common: T[] } | { a: T[]; b: T[] })[] {
  const out: ({ common: T[] } | { a: T[]; b: T[] })[] = [];
  let at = 0;
  for (const h of diffHunks(a, b)) {
    if (h.aStart > at) out.push({ common: a.slice(at, h.aStart) });
    out.push({ a: a.slice(h.aStart, h.aStart + h.aLength), b: b.slice(h.bStart, h.bStart + h.bLength) });
    at = h.aStart + h.aLength;
  }
  if (at < a.length) out.push({ common: a.slice(at) });
  return out;
}

export type MergeRegion<T> = { ok: T[] } | { conflict: { a: T[]; o: T[]; b: T[] } };

/**
 * The three-way merge of a and b from their common ancestor o, as diff3 makes it: a region changed
 * on one side only takes that side; where changes of both sides overlap or touch (nothing unchanged
 * between them), it is a conflict, unless both made the same change.
 */
export function diff3Merge<T>(a: readonly T[], o: readonly T[], b: readonly T[]): MergeRegion<T>[] {
  type Side = { hunk: Hunk; side: 'a' | 'b' };
  const hunks: Side[] = [...diffHunks(o, a).map((hunk) => ({ hunk, side: 'a' as const })), ...diffHunks(o, b).map((hunk) => ({ hunk, side: 'b' as const }))];
  hunks.sort((x, y) => x.hunk.aStart - y.hunk.aStart);
  const out: MergeRegion<T>[] = [];
  const ok = (items: readonly T[]) => {
    if (!items.length) return;
    const last = out.at(-1);
    if (last && 'ok' in last) for (const item of items) last.ok.push(item);
    else out.push({ ok: [...items] });
  };
  let at = 0;
  for (let i = 0; i < hunks.length; ) {
    const start = hunks[i].hunk.aStart;
    let end = start + hunks[i].hunk.aLength;
    let j = i + 1;
    while (j < hunks.length && hunks[j].hunk.aStart <= end) {
      end = Math.max(end, hunks[j].hunk.aStart + hunks[j].hunk.aLength);
      j++;
    }
    ok(o.slice(at, start));
    const group = hunks.slice(i, j);
    if (group.length === 1) {
      const { hunk, side } = group[0];
      ok((side === 'a' ? a : b).slice(hunk.bStart, hunk.bStart + hunk.bLength));
    } else {
      // Each side's text over o[start, end): its hunks' own span, widened by the unchanged items
      // the region takes in on either side of them.
      const span = (side: 'a' | 'b', text: readonly T[]) => {
        const mine = group.filter((g) => g.side === side).map((g) => g.hunk);
        // (A group of two or more always holds both sides: one side's own hunks never touch.)
        if (!mine.length) return o.slice(start, end);
        const first = mine[0];
        const last = mine[mine.length - 1];
        const from = first.bStart - (first.aStart - start);
        const to = last.bStart + last.bLength + (end - (last.aStart + last.aLength));
        return text.slice(from, to);
      };
      const [sideA, sideB] = [span('a', a), span('b', b)];
      if (sideA.length === sideB.length && sideA.every((item, n) => item === sideB[n])) ok(sideA);
      else out.push({ conflict: { a: sideA, o: o.slice(start, end), b: sideB } });
    }
    at = end;
    i = j;
  }
  ok(o.slice(at));
  return out;
}
