'use client';

import { useEffect, useMemo, useRef, type ReactNode } from 'react';
import { mergeBoth, theirChanges, wordChanges } from './merge';

type Props = {
  /** The file as it is on disk now, and as this page opened or last saved it. */
  disk: string;
  base: string;
  /** The editor's text. */
  mine: string;
  button: string;
  onKeepBoth: (merged: string) => void;
  onSaveMine: () => void;
};

/** A line as listed, without its line end (the list's own lines end it). */
const shown = (line: string) => line.replace(/\r\n$|[\r\n]$/, '');

const MARK = { removed: 'bg-amber-200 text-gray-900 dark:bg-amber-700 dark:text-white', added: 'bg-green-200 text-gray-900 dark:bg-green-800 dark:text-white' };

/**
 * The lines of one change, as listed. A paragraph edited in place (one line out, one in) marks the
 * words that differ, so a one-word change in a long paragraph is found at a glance; other lines are
 * shown whole.
 */
function listed(change: { removed: string[]; added: string[] }): { removed: ReactNode[]; added: ReactNode[] } {
  if (change.removed.length !== 1 || change.added.length !== 1) return { removed: change.removed.map(shown), added: change.added.map(shown) };
  const pieces = wordChanges(shown(change.removed[0]), shown(change.added[0]));
  const marked = (side: 'removed' | 'added') => pieces[side].map((piece, i) => (piece.changed ? <mark key={i} className={`rounded-sm ${MARK[side]}`}>{piece.text}</mark> : piece.text));
  return { removed: [marked('removed')], added: [marked('added')] };
}

/** At most this many of their changes are listed; the whole version on disk is below them. */
const SHOWN = 12;

/**
 * A Save refused because the file changed on disk (409): nothing was overwritten. What the other
 * editor changed, line by line; both sets of changes in one text when they touch different lines
 * (put into the editor, undoable, not saved); and, knowingly, mine over theirs. The keyboard is
 * taken here: the editor is 30 or more Tabs away from it otherwise.
 */
export function Conflict({ disk, base, mine, button, onKeepBoth, onSaveMine }: Props) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), [disk]);
  const changes = useMemo(() => theirChanges(base, disk).map(listed), [base, disk]);
  const merged = useMemo(() => mergeBoth(base, mine, disk), [base, mine, disk]);
  const line = 'whitespace-pre-wrap break-words px-1';
  return (
    <section aria-labelledby="conflict" className="mt-4 rounded border-2 border-amber-600 p-3">
      <h2 id="conflict" ref={heading} tabIndex={-1} className="font-semibold focus-visible:outline-2 focus-visible:outline-offset-4 focus-visible:outline-blue-700 dark:focus-visible:outline-blue-400">Someone else saved this file while you were editing</h2>
      <p className="mt-1 text-sm">Your changes were not saved, and nothing of theirs was overwritten. Your text is still in the editor below. Their changes:</p>
      <ol className="mt-2 space-y-2 font-mono text-sm">
        {changes.slice(0, SHOWN).map((change, i) => (
          <li key={i} className="rounded border border-gray-300 dark:border-gray-600">
            {change.removed.map((l, j) => <del key={`r${j}`} className={`${line} block bg-gray-100 no-underline dark:bg-gray-800`}><span aria-hidden="true">− </span>{l}</del>)}
            {change.added.map((l, j) => <ins key={`a${j}`} className={`${line} block bg-green-50 no-underline dark:bg-green-950`}><span aria-hidden="true">+ </span>{l}</ins>)}
          </li>
        ))}
      </ol>
      {changes.length > SHOWN && <p className="mt-1 text-sm">And {changes.length - SHOWN} more: the whole version is below.</p>}
      {merged !== undefined ? (
        <>
          <p className="mt-2 text-sm">Their changes and yours are on different lines, so both can be kept.</p>
          <button type="button" className={`${button} mt-1`} onClick={() => onKeepBoth(merged)}>Keep both: add their changes to my text</button>
        </>
      ) : (
        <p className="mt-2 text-sm">You both changed the same lines, so the desk cannot combine them. Copy what you need from their version into your text, then save. Or replace their version with yours; their changes will be lost.</p>
      )}
      <label htmlFor="disk" className="mt-3 block font-semibold">Their saved version</label>
      <textarea id="disk" readOnly className="mt-1 block h-48 w-full rounded border border-gray-400 p-2 font-mono text-sm dark:bg-gray-900" value={disk} />
      <button type="button" className={`${button} mt-2`} onClick={onSaveMine}>Replace their version with mine (their changes will be lost)</button>
    </section>
  );
}
