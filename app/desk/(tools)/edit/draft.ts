/**
 * A copy of unsaved text kept in the editor's own browser (localStorage), so a crashed tab, a
 * killed browser or a flat battery loses nothing: the next time the file is opened, the desk offers
 * the copy back. It is never put in the editor without the editor asking, and it remembers which
 * version of the file it was written over, so a Save after restoring it meets the same conflict
 * check as any other (a file changed on disk since is shown beside it, never overwritten).
 */

export type Draft = {
  /** The unsaved text, exactly as the editor held it (the file's own line ends). */
  text: string;
  /** The hash of the file's version the text was written over: the base a Save sends. */
  base: string;
  /** When the copy was last written, as an ISO date. */
  at: string;
};

/** The part of the Web Storage interface used here (a Map stands in for it in tests). */
export type DraftStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

const KEY = 'n95-desk-draft:';
export const draftKey = (path: string) => KEY + path;

/**
 * The copy kept for `path`, if there is a whole one. A value that is not one (written by another
 * version of the desk, or edited by hand) is left where it is and not offered: read as text it
 * could only be guessed at.
 */
export function readDraft(storage: DraftStorage | undefined, path: string): Draft | undefined {
  let raw: string | null;
  try {
    raw = storage?.getItem(draftKey(path)) ?? null;
  } catch {
    return undefined; // Storage the browser refuses (a private window's settings): no copy to offer.
  }
  if (!raw) return undefined;
  try {
    const value: unknown = JSON.parse(raw);
    if (!value || typeof value !== 'object') return undefined;
    const { text, base, at } = value as Record<string, unknown>;
    if (typeof text !== 'string' || typeof base !== 'string' || typeof at !== 'string' || Number.isNaN(Date.parse(at))) return undefined;
    return { text, base, at };
  } catch {
    return undefined;
  }
}

/** Keeps `draft` for `path`; false when the browser would not store it (full, or refused). */
export function keepDraft(storage: DraftStorage | undefined, path: string, draft: Draft): boolean {
  if (!storage) return false;
  try {
    storage.setItem(draftKey(path), JSON.stringify(draft));
    return true;
  } catch {
    return false;
  }
}

export function dropDraft(storage: DraftStorage | undefined, path: string): void {
  try {
    storage?.removeItem(draftKey(path));
  } catch {
    // Nothing kept, or nothing the browser lets us touch: either way there is no copy to offer.
  }
}

/** The browser's localStorage, or undefined where reading it throws (storage turned off). */
export function browserStorage(): DraftStorage | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
}
