'use client';

import { useState } from 'react';
import { EDITOR_COOKIE, EDITOR_NAME_LIMIT, editorName } from '../../_server/config';

const YEAR = 365 * 24 * 60 * 60;

/**
 * The editor's name for Publish's commit message, typed once: kept in a cookie that the desk's
 * requests carry (so Publish needs nothing more), checked by the same rule as the server's.
 */
export function EditorName({ initial, fallback }: { initial: string; fallback?: string }) {
  const [name, setName] = useState(initial);
  const checked = name.trim() ? editorName(name) : undefined;

  function change(value: string) {
    setName(value);
    const ok = value.trim() ? editorName(value).ok : true;
    // An empty field forgets the name; a name the server would refuse is not kept.
    if (ok) document.cookie = `${EDITOR_COOKIE}=${encodeURIComponent(value.trim())}; Path=/desk; SameSite=Strict; Max-Age=${value.trim() ? YEAR : 0}`;
  }

  return (
    <div className="mx-auto max-w-[100rem] px-4 pb-4">
      <label htmlFor="editor-name" className="block font-semibold">Your name</label>
      <input
        id="editor-name"
        className="mt-1 w-72 max-w-full rounded border border-gray-400 px-2 py-1 dark:bg-gray-900"
        value={name}
        maxLength={EDITOR_NAME_LIMIT * 2}
        autoComplete="name"
        aria-describedby="editor-name-note"
        aria-invalid={checked && !checked.ok ? true : undefined}
        onChange={(event) => change(event.target.value)}
      />
      <p id="editor-name-note" className="mt-1 text-sm">
        {checked && !checked.ok ? `Not kept: ${checked.error}.` : `Publish records it in the story's history.${fallback && !name.trim() ? ` If blank, ${fallback} is used.` : ''} This browser remembers it.`}
      </p>
    </div>
  );
}
