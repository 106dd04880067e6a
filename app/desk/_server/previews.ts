import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/**
 * The unsaved text each open editor last sent for its preview, kept in a file per editor (the
 * preview page is a separate request from the one that sent it). An editor names itself with a
 * random id; nothing else can be named.
 */
const DIR = path.join(os.tmpdir(), `n95-desk-previews-${process.getuid?.() ?? 'user'}`);
const ID = /^[0-9a-f]{32}$/;

export const isPreviewId = (id: string) => ID.test(id);

export function storePreview(id: string, preview: { path: string; text: string }) {
  if (!isPreviewId(id)) throw new Error('not a preview id');
  fs.mkdirSync(DIR, { recursive: true, mode: 0o700 });
  fs.writeFileSync(path.join(DIR, `${id}.json`), JSON.stringify(preview), { mode: 0o600 });
}

export function readPreview(id: string): { path: string; text: string } | undefined {
  if (!isPreviewId(id)) return undefined;
  try {
    return JSON.parse(fs.readFileSync(path.join(DIR, `${id}.json`), 'utf8'));
  } catch {
    return undefined;
  }
}
