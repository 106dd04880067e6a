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

/** What they changed since `base`: each run of lines taken out and put in, in order. */
export function theirChanges(base: string, theirs: string): { removed: string[]; added: string[] }[] {
  return diffComm(linesOf(base), linesOf(theirs)).flatMap((block) => (block.common ? [] : [{ removed: block.buffer1, added: block.buffer2 }]));
}
