import { diff3Merge, diffComm } from 'node-diff3';

/**
 * When a Save meets a file someone else saved meanwhile (409): what they changed, and both sets of
 * changes together when they touch different lines. Three-way, from the text this page opened or
 * last saved (node-diff3: the diff3 merge git and iD use, rather than one of our own). Lines keep
 * their own ends, so joining them gives back every byte.
 */

/** The lines of a text, each with its line end (the last one may have none). */
export const linesOf = (text: string): string[] => text.match(/[^\r\n]*(?:\r\n|\r|\n)|[^\r\n]+$/g) ?? [];

/** My changes and theirs in one text, or undefined when both touch the same lines (the editor decides there). */
export function mergeBoth(base: string, mine: string, theirs: string): string | undefined {
  const regions = diff3Merge(linesOf(mine), linesOf(base), linesOf(theirs), { excludeFalseConflicts: true });
  if (regions.some((r) => r.conflict)) return undefined;
  return regions.flatMap((r) => r.ok ?? []).join('');
}

/**
 * Whether `text` lacks changes of theirs (since `base`) that would still go into it cleanly: what
 * Keep both put in and an Undo took out. Where the editor rewrote their lines, nothing is lacking:
 * that is the editor's own edit of them.
 */
export function lacksTheirChanges(base: string, text: string, theirs: string): boolean {
  const merged = mergeBoth(base, text, theirs);
  return merged !== undefined && merged !== text;
}

/** What changed from one text to another (their save, a kept copy): each run of lines taken out and put in, in order. */
export function lineChanges(from: string, to: string): { removed: string[]; added: string[] }[] {
  return diffComm(linesOf(from), linesOf(to)).flatMap((block) => (block.common ? [] : [{ removed: block.buffer1, added: block.buffer2 }]));
}

/** A run of a changed line, and whether it differs from the other side's line. */
export type Piece = { text: string; changed: boolean };

/**
 * One line changed into another (a paragraph edited): each side cut into the words both keep and
 * the words that differ, so a one-word change in a paragraph shows as one word.
 */
export function wordChanges(removed: string, added: string): { removed: Piece[]; added: Piece[] } {
  const words = (line: string) => line.match(/\s+|\S+/g) ?? [];
  const out: { removed: Piece[]; added: Piece[] } = { removed: [], added: [] };
  const push = (side: Piece[], text: string, changed: boolean) => {
    if (!text) return;
    const last = side.at(-1);
    if (last && last.changed === changed) last.text += text;
    else side.push({ text, changed });
  };
  for (const block of diffComm(words(removed), words(added))) {
    if (block.common) {
      const text = block.common.join('');
      push(out.removed, text, false);
      push(out.added, text, false);
    } else {
      push(out.removed, block.buffer1.join(''), true);
      push(out.added, block.buffer2.join(''), true);
    }
  }
  return { removed: tidy(out.removed), added: tidy(out.added) };
}

/**
 * The pieces as a reader would mark them: a space kept between two changed words is part of the
 * change ("was about", not "was" and "about"), and a change does not end in a space.
 */
function tidy(pieces: Piece[]): Piece[] {
  const out: Piece[] = [];
  pieces.forEach((piece, i) => {
    const bridge = !piece.changed && /^\s+$/.test(piece.text) && pieces[i - 1]?.changed && pieces[i + 1]?.changed;
    const changed = piece.changed || Boolean(bridge);
    const last = out.at(-1);
    if (last && last.changed === changed) last.text += piece.text;
    else out.push({ text: piece.text, changed });
  });
  for (let i = 0; i + 1 < out.length; i++) {
    const space = out[i].changed && !out[i + 1].changed ? /\s+$/.exec(out[i].text)?.[0] : undefined;
    if (space && space.length < out[i].text.length) {
      out[i].text = out[i].text.slice(0, -space.length);
      out[i + 1].text = space + out[i + 1].text;
    }
  }
  return out;
}
