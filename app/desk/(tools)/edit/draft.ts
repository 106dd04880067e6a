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
  /**
   * That version's text, so a Save that meets a newer file can tell the other editor's changes from
   * these and keep both (a copy kept by an older desk has none).
   */
  baseText?: string;
  /** When the copy was last written, as an ISO date. */
  at: string;
};

/** The part of the Web Storage interface used here (a Map stands in for it in tests). */
export type DraftStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem' | 'key' | 'length'>;

/** A copy found in storage, with the key it is kept under. */
export type Kept = Draft & { key: string };

const KEY = 'n95-desk-draft:';
/**
 * Each page keeps its copy under a key of its own (the file's path, a tab character, then the
 * page's id), so a second tab on the same file never writes over or removes the first one's. An
 * older desk's copy has the path alone.
 */
export const draftKey = (path: string, page?: string) => KEY + path + (page ? `\t${page}` : '');

/** The whole copy under `key`, if there is one: a value that is not one (another version's, edited by hand) is not offered, and left where it is. */
function readKey(storage: DraftStorage, key: string): Kept | undefined {
  try {
    const value: unknown = JSON.parse(storage.getItem(key) ?? '');
    if (!value || typeof value !== 'object') return undefined;
    const { text, base, baseText, at } = value as Record<string, unknown>;
    if (typeof text !== 'string' || typeof base !== 'string' || typeof at !== 'string' || Number.isNaN(Date.parse(at))) return undefined;
    return { text, base, ...(typeof baseText === 'string' ? { baseText } : {}), at, key };
  } catch {
    return undefined;
  }
}

/** Every whole copy kept for `path`, by any page; none where the browser refuses storage (a private window's settings). */
function copiesOf(storage: DraftStorage | undefined, path: string): Kept[] {
  const own = draftKey(path);
  const copies: Kept[] = [];
  try {
    for (let i = 0; i < (storage?.length ?? 0); i++) {
      const key = storage!.key(i);
      const kept = key === own || key?.startsWith(`${own}\t`) ? readKey(storage!, key!) : undefined;
      if (kept) copies.push(kept);
    }
  } catch {
    return [];
  }
  return copies;
}

/** The newest whole copy kept for `path` by any page, if there is one. */
export function readDraft(storage: DraftStorage | undefined, path: string): Kept | undefined {
  return copiesOf(storage, path).reduce<Kept | undefined>((newest, kept) => (!newest || Date.parse(kept.at) > Date.parse(newest.at) ? kept : newest), undefined);
}

/** Keeps `draft` under `key`; false when the browser would not store it (full, or refused). */
export function keepDraft(storage: DraftStorage | undefined, key: string, draft: Draft): boolean {
  if (!storage) return false;
  try {
    storage.setItem(key, JSON.stringify({ text: draft.text, base: draft.base, baseText: draft.baseText, at: draft.at }));
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
 * An id for this page, new at each load: not kept in sessionStorage, which a duplicated tab copies,
 * so two tabs could share one key again. A reloaded or crashed tab's copy is found at the next load
 * as any other tab's is, and offered.
 */
export const pageId = () => Math.random().toString(36).slice(2, 10) + Date.now().toString(36);

/**
 * Removes the copies of `path` whose text is the file's (`text`): nothing in them is unsaved. Left
 * behind by a tab closed right after a save, or by one whose text another tab saved, such a copy
 * would hide older ones and, offered once the file changed, put old text back. A tab still open
 * with unsaved text that is the file's keeps its copy again (Editor.tsx).
 */
export function dropCopiesOf(storage: DraftStorage | undefined, path: string, text: string): void {
  for (const kept of copiesOf(storage, path)) if (kept.text === text) dropDraft(storage, kept.key);
}
