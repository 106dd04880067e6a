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
export type DraftStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem' | 'key' | 'length'>;

/** A copy found in storage, with the key it is kept under. */
export type Kept = Draft & { key: string };

const KEY = 'n95-desk-draft:';
/**
 * Each tab keeps its copy under a key of its own (the file's path, a tab, then the tab's id), so a
 * second tab on the same file never writes over or removes the first one's. An older desk's copy
 * has the path alone.
 */
export const draftKey = (path: string, tab?: string) => KEY + path + (tab ? `\t${tab}` : '');

/** The whole copy under `key`, if there is one: a value that is not one (another version's, edited by hand) is not offered, and left where it is. */
function readKey(storage: DraftStorage, key: string): Kept | undefined {
  try {
    const value: unknown = JSON.parse(storage.getItem(key) ?? '');
    if (!value || typeof value !== 'object') return undefined;
    const { text, base, at } = value as Record<string, unknown>;
    if (typeof text !== 'string' || typeof base !== 'string' || typeof at !== 'string' || Number.isNaN(Date.parse(at))) return undefined;
    return { text, base, at, key };
  } catch {
    return undefined;
  }
}

/** The newest whole copy kept for `path` by any tab, if there is one. */
export function readDraft(storage: DraftStorage | undefined, path: string): Kept | undefined {
  const own = draftKey(path);
  let newest: Kept | undefined;
  try {
    if (!storage) return undefined;
    for (let i = 0; i < storage.length; i++) {
      const key = storage.key(i);
      if (key !== own && !key?.startsWith(`${own}\t`)) continue;
      const kept = readKey(storage, key);
      if (kept && (!newest || Date.parse(kept.at) > Date.parse(newest.at))) newest = kept;
    }
  } catch {
    return undefined; // Storage the browser refuses (a private window's settings): no copy to offer.
  }
  return newest;
}

/** Keeps `draft` under `key`; false when the browser would not store it (full, or refused). */
export function keepDraft(storage: DraftStorage | undefined, key: string, draft: Draft): boolean {
  if (!storage) return false;
  try {
    storage.setItem(key, JSON.stringify({ text: draft.text, base: draft.base, at: draft.at }));
    return true;
  } catch {
    return false;
  }
}

export function dropDraft(storage: DraftStorage | undefined, key: string): void {
  try {
    storage?.removeItem(key);
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

/**
 * This tab's id, kept in its sessionStorage: the same after a reload, a new one in a new tab or
 * after a crash. Where sessionStorage is refused, an id for this page only.
 */
export function tabId(): string {
  const made = () => Math.random().toString(36).slice(2, 10) + Date.now().toString(36);
  try {
    const kept = window.sessionStorage.getItem('n95-desk-tab');
    if (kept) return kept;
    const id = made();
    window.sessionStorage.setItem('n95-desk-tab', id);
    return id;
  } catch {
    return made();
  }
}
