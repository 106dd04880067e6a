'use client';

import { useEffect, useMemo, useRef } from 'react';
import { Changes } from './Changes';
import { mergeBoth } from './merge';
import { changeBetween } from './text-change';
import { headingFocus } from '../../focus';

type Props = {
  /**
   * The file as it is on disk now, and the version the editor's text was written over (as this page
   * opened or last saved it); unknown for a restored copy kept by an older desk.
   */
  disk: string;
  base: string | undefined;
  /** The editor's text. */
  mine: string;
  button: string;
  onKeepBoth: (merged: string) => void;
  onSaveMine: () => void;
};

/**
 * A Save refused because the file changed on disk (409): nothing was overwritten. What the other
 * editor changed, line by line; both sets of changes in one text when they touch different sentences
 * (put into the editor, undoable, not saved); and, knowingly, mine over theirs. The keyboard is
 * taken here: the editor is 30 or more Tabs away from it otherwise.
 */
/**
 * How far down a text box `text` reaches, wrapped as the box wraps it: a hidden copy of the box's
 * width, font and padding holds the text, and its height is the answer. A textarea has no way to
 * scroll to a line by itself without taking the focus.
 */
function heightIn(box: HTMLTextAreaElement, text: string): number {
  const style = getComputedStyle(box);
  const copy = document.createElement('div');
  for (const name of ['fontFamily', 'fontSize', 'fontWeight', 'lineHeight', 'letterSpacing', 'tabSize', 'paddingTop', 'paddingLeft', 'paddingRight'] as const) copy.style[name] = style[name];
  Object.assign(copy.style, { position: 'absolute', visibility: 'hidden', boxSizing: 'border-box', width: `${box.clientWidth}px`, whiteSpace: 'pre-wrap', overflowWrap: 'break-word' });
  copy.textContent = text;
  document.body.append(copy);
  const height = copy.scrollHeight;
  copy.remove();
  return height;
}

export function Conflict({ disk, base, mine, button, onKeepBoth, onSaveMine }: Props) {
  const heading = useRef<HTMLHeadingElement>(null);
  const theirs = useRef<HTMLTextAreaElement>(null);
  useEffect(() => heading.current?.focus(), [disk]);
  // Their version opens at their first change, a third of the way down the box, not at the top of
  // the file (the desk review): the line to copy from is in view.
  useEffect(() => {
    const box = theirs.current;
    if (!box) return;
    // Where their text first differs, as a string offset (a one-character separator counts positions as offsets).
    const { from } = changeBetween(base ?? mine, disk, '\n');
    const line = disk.lastIndexOf('\n', from - 1) + 1;
    box.scrollTop = Math.max(0, heightIn(box, disk.slice(0, line)) - box.clientHeight / 3);
    // Once per version of theirs: the editor's typing since must not move the box under their eyes.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [disk, base]);
  const merged = useMemo(() => (base === undefined ? undefined : mergeBoth(base, mine, disk)), [base, mine, disk]);
  return (
    <section aria-labelledby="conflict" className="mt-4 rounded border-2 border-amber-600 p-3">
      <h2 id="conflict" ref={heading} tabIndex={-1} className={`font-semibold ${headingFocus}`}>{base !== undefined ? 'Someone else saved this file while you were editing' : 'The saved file differs from your recovered copy'}</h2>
      {base !== undefined ? (
        <>
          <p className="mt-1 text-sm">Your changes were not saved, and nothing of theirs was overwritten. Your text is still in the editor below. Their changes:</p>
          <Changes from={base} to={disk} more="the whole version is below" />
        </>
      ) : (
        <>
          <p className="mt-1 text-sm">Not saved, and nothing was overwritten: your text is still in the editor below. The copy you restored does not say which version of the file it started from, so the desk cannot tell which differences are yours and which are someone else’s. Where the saved version differs from your text:</p>
          <Changes from={mine} to={disk} more="the whole version is below" />
        </>
      )}
      {merged !== undefined ? (
        <>
          <p className="mt-2 text-sm">Their changes and yours are in different sentences, so both can be kept.</p>
          <button type="button" className={`${button} mt-1`} onClick={() => onKeepBoth(merged)}>Keep both: add their changes to my text</button>
        </>
      ) : (
        <p className="mt-2 text-sm">
          {base !== undefined
            ? 'You both changed the same sentence, or wrote in the same place, so the desk cannot combine them. Copy what you need from their version into your text, then save. Or replace their version with yours; their changes will be lost.'
            : 'Copy anything you need from the saved version into your text, then save. Or replace the saved version with yours; anything only in the saved version will be lost.'}
        </p>
      )}
      <label htmlFor="disk" className="mt-3 block font-semibold">Their saved version</label>
      <textarea id="disk" ref={theirs} readOnly className="mt-1 block h-48 w-full rounded border border-gray-400 p-2 font-mono text-sm dark:bg-gray-900" value={disk} />
      <button type="button" className={`${button} mt-2`} onClick={onSaveMine}>
        {base !== undefined ? 'Replace their version with mine (their changes will be lost)' : 'Replace the saved version with mine (what only it holds will be lost)'}
      </button>
    </section>
  );
}
