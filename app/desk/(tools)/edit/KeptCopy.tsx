import type { Ref } from 'react';
import { Changes } from './Changes';
import type { Kept } from './draft';
import { when } from './said';
import { headingFocus } from '../../focus';

type Props = {
  copy: Kept;
  /** The editor's text now: what Restore would replace. */
  text: string;
  /** The file was saved by someone since the copy was written; the editor has typed since opening the file. */
  savedSince: boolean;
  typedSince: boolean;
  timeZone: string;
  button: string;
  heading: Ref<HTMLHeadingElement>;
  onRestore: () => void;
  onDiscard: () => void;
};

/**
 * The offer of unsaved text this browser kept (draft.ts), when the file opens after a crash: what
 * it is, what restoring it would change in the editor's text, line by line, and the choice.
 */
export function KeptCopy({ copy, text, savedSince, typedSince, timeZone, button, heading, onRestore, onDiscard }: Props) {
  return (
    <section aria-labelledby="draft" className="mt-4 rounded border-2 border-amber-600 p-3">
      <h2 id="draft" ref={heading} tabIndex={-1} className={`font-semibold ${headingFocus}`}>Unsaved text from {when(copy.at, timeZone)} is kept in this browser</h2>
      <p className="mt-1 text-sm">
        It was never saved to the file{savedSince ? ', and someone has saved the file since: if you restore it, Save shows both versions before anything is overwritten' : ''}. Restore it to go on where you left off, or discard it for good. Until you choose, it stays in this browser{typedSince ? ', and so does what you have typed since opening the file' : ''}.
        {typedSince && ' Restoring it replaces what you have typed since opening the file; Undo brings your typing back.'}
      </p>
      <p className="mt-2 text-sm">What restoring it would change in your text:</p>
      <Changes from={text} to={copy.text} more="restore it to see them all, and Undo if it is not what you want" />
      <div className="mt-2 flex flex-wrap gap-3">
        <button type="button" className={button} onClick={onRestore}>{typedSince ? 'Restore it in place of my changes' : 'Restore it'}</button>
        <button type="button" className={button} onClick={onDiscard}>Discard it</button>
      </div>
    </section>
  );
}
