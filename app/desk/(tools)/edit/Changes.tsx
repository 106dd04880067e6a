import { useMemo, type ReactNode } from 'react';
import { lineChanges, wordChanges } from './merge';

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

/** At most this many changes are listed; `more` says where the rest can be read. */
const SHOWN = 12;

/** The changes from one text to another, line by line (the conflict's, the kept copy's). */
export function Changes({ from, to, more }: { from: string; to: string; more: string }) {
  // Worked out once per pair of texts, not on every keystroke the page re-renders for.
  const changes = useMemo(() => lineChanges(from, to).map(listed), [from, to]);
  const line = 'whitespace-pre-wrap break-words px-1';
  return (
    <>
      <ol className="mt-2 space-y-2 font-mono text-sm">
        {changes.slice(0, SHOWN).map((change, i) => (
          <li key={i} className="rounded border border-gray-300 dark:border-gray-600">
            {change.removed.map((l, j) => <del key={`r${j}`} className={`${line} block bg-gray-100 no-underline dark:bg-gray-800`}><span aria-hidden="true">− </span>{l}</del>)}
            {change.added.map((l, j) => <ins key={`a${j}`} className={`${line} block bg-green-50 no-underline dark:bg-green-950`}><span aria-hidden="true">+ </span>{l}</ins>)}
          </li>
        ))}
      </ol>
      {changes.length > SHOWN && <p className="mt-1 text-sm">And {changes.length - SHOWN} more: {more}.</p>}
    </>
  );
}
