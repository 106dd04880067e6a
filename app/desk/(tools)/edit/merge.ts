import { diff3Merge, diffRuns } from './diff';

/**
 * When a Save meets a file someone else saved meanwhile (409): what they changed, and both sets of
 * changes together when they touch different sentences. Three-way, from the text this page opened or
 * last saved, as diff3 merges (./diff.ts). Lines keep their own ends, so joining them gives back
 * every byte.
 */

/** The lines of a text, each with its line end (the last one may have none). */
export const linesOf = (text: string): string[] => text.match(/[^\r\n]*(?:\r\n|\r|\n)|[^\r\n]+$/g) ?? [];

/**
 * The sentences of a text, each with the spaces after it, and each line end closing its piece, so
 * joining them gives back every byte. A Markdown paragraph is one line: cut only at line ends, two
 * editors' changes to different sentences of a paragraph could never both be kept. A closing
 * quotation mark stays with its sentence, French « … » typed with its spaces included. (The look
 * ahead comes first: tried only where a run of spaces ends, the look back cannot make a long run of
 * spaces take quadratic time.)
 */
export const sentencesOf = (text: string): string[] => text.split(/(?<=\r\n|\n|\r(?!\n))|(?=[^\s”’»)\]*])(?<=[.!?…](?:[ \u00a0\u202f]?[”’»)\]*"])*[ \t]+)/).filter(Boolean);

/**
 * Each rewrote sentences in place, none added or taken out: sentence k is mine where only I changed
 * it, theirs where only they did. diff3 would call two rewritten sentences side by side a conflict,
 * as it does any two changes with nothing unchanged between them (the third review: sentences 1 and
 * 2 of a paragraph, edited by two editors, could not be kept both).
 */
function sentenceBySentence(a: string[], o: string[], b: string[]): string | undefined {
  const out: string[] = [];
  for (let k = 0; k < o.length; k++) {
    if (a[k] === o[k] || a[k] === b[k]) out.push(b[k]);
    else if (b[k] === o[k]) out.push(a[k]);
    else return undefined;
  }
  return out.join('');
}

/** Sentences added or taken out: diff3 over the sentences (changes side by side are then the editor's to decide). */
function sentenceRuns(a: string[], o: string[], b: string[]): string | undefined {
  const inner = diff3Merge(a, o, b);
  return inner.some((x) => 'conflict' in x) ? undefined : inner.flatMap((x) => ('ok' in x ? x.ok : [])).join('');
}

/**
 * My changes and theirs in one text, or undefined when both touch the same sentence (the editor
 * decides there). Line by line first; where both changed the same lines (a paragraph), sentence by
 * sentence inside them: never word by word, where two edits of one sentence would make a third
 * that neither editor wrote.
 */
export function mergeBoth(base: string, mine: string, theirs: string): string | undefined {
  const regions = diff3Merge(linesOf(mine), linesOf(base), linesOf(theirs));
  const parts: string[] = [];
  for (const r of regions) {
    if ('ok' in r) parts.push(r.ok.join(''));
    else {
      const [a, o, b] = [r.conflict.a, r.conflict.o, r.conflict.b].map((lines) => sentencesOf(lines.join('')));
      const merged = a.length === o.length && b.length === o.length ? sentenceBySentence(a, o, b) : sentenceRuns(a, o, b);
      if (merged === undefined) return undefined;
      parts.push(merged);
    }
  }
  return parts.join('');
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
  return diffRuns(linesOf(from), linesOf(to)).flatMap((run) => ('common' in run ? [] : [{ removed: run.a, added: run.b }]));
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
  for (const run of diffRuns(words(removed), words(added))) {
    if ('common' in run) {
      const text = run.common.join('');
      push(out.removed, text, false);
      push(out.added, text, false);
    } else {
      push(out.removed, run.a.join(''), true);
      push(out.added, run.b.join(''), true);
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
