import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/**
 * The unsaved text each open editor last sent for its preview, kept in a file per editor (its
 * share card is drawn by a separate request, an <img>, which cannot carry the text). An editor
 * names itself with a random id; nothing else can be named.
 */
const DIR = path.join(os.tmpdir(), `n95-desk-previews-${process.getuid?.() ?? 'user'}`);
const ID = /^[0-9a-f]{32}$/;
/** A text not sent again for this long belongs to an editor closed long ago. */
const STALE_MS = 24 * 60 * 60 * 1000;
let swept = 0;

export const isPreviewId = (id: string) => ID.test(id);

/** Removes the texts of editors closed long ago, at most once an hour. */
function sweep(now = Date.now()) {
  if (now - swept < 60 * 60 * 1000) return;
  swept = now;
  for (const name of fs.readdirSync(DIR)) {
    const file = path.join(DIR, name);
    try {
      if (now - fs.statSync(file).mtimeMs > STALE_MS) fs.rmSync(file);
    } catch {
      // Another desk removed it first.
    }
  }
}

export function storePreview(id: string, preview: { path: string; text: string }) {
  if (!isPreviewId(id)) throw new Error('not a preview id');
  fs.mkdirSync(DIR, { recursive: true, mode: 0o700 });
  fs.writeFileSync(path.join(DIR, `${id}.json`), JSON.stringify(preview), { mode: 0o600 });
  sweep();
}

export function readPreview(id: string): { path: string; text: string } | undefined {
  if (!isPreviewId(id)) return undefined;
  try {
    return JSON.parse(fs.readFileSync(path.join(DIR, `${id}.json`), 'utf8'));
  } catch {
    return undefined;
  }
}
