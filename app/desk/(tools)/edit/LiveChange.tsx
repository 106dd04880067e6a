'use client';

import { useEffect, useRef } from 'react';
import { whenParts } from './said';
import { headingFocus } from '../../focus';

type Props = { since: string; timeZone: string; button: string; onAddCorrection: () => void; onSmallFix: () => void };

/**
 * Shown when Publish would change a story readers have already seen, with no new correction and
 * no new Updated time (api/publish/live-change.ts): the newsroom's rule, and the one way on without
 * a correction, which the commit message records. The keyboard is taken here, as for a conflict.
 */
export function LiveChange({ since, timeZone, button, onAddCorrection, onSmallFix }: Props) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), [since]);
  return (
    <section aria-labelledby="live-change" className="mt-4 rounded border-2 border-amber-600 p-3">
      <h2 id="live-change" ref={heading} tabIndex={-1} className={`font-semibold ${headingFocus}`}>
        This story is live: readers will see this change once you publish
      </h2>
      <p className="mt-1 max-w-prose text-sm">
        {liveSince(since, timeZone)} If this change corrects a fact, add a correction saying what was wrong, then save and publish again. The correction also marks the story as updated. Fixing a typo, or any change that does not alter the meaning, needs no correction.
      </p>
      <div className="mt-2 flex flex-col gap-2 sm:flex-row sm:flex-wrap">
        <button type="button" className={button} onClick={onAddCorrection}>Add a correction</button>
        <button type="button" className={button} onClick={onSmallFix}>Publish as a small fix, with no correction</button>
      </div>
    </section>
  );
}

/** "Live since 9 a.m. ET on Nov. 16, 2026.": the time first, so the sentence never ends "a.m.." */
function liveSince(since: string, timeZone: string): string {
  const parts = whenParts(since, timeZone);
  return parts ? `Live since ${parts.clock} on ${parts.day}.` : `Live since ${since}.`;
}
