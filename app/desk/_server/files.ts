import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

/**
 * The only files the desk reads or writes: stories and data files inside the content root
 * (CONTENT_DIR, default content), named by their path inside it ("stories/x.mdx",
 * "data/fr/id.json"). Anything else, however it is spelled (../, an absolute path, %2e%2e, a
 * backslash, a symlink leading out), is refused before the disk is touched.
 */

/** The model's own file kinds (lib/content/disk.ts reads exactly these folders). */
const CONTENT_PATH = /^(?:stories|stories\/fr|data|data\/fr)\/[A-Za-z0-9][A-Za-z0-9._-]*\.(?:mdx|md|json)$/;

export const contentRoot = () => path.resolve(process.env.CONTENT_DIR ?? 'content');

export type Resolved = { ok: true; rel: string; file: string } | { ok: false; reason: string };

/**
 * The file on disk for a path from a request, or why not. `raw` may still be percent-encoded (a URL
 * segment): it is decoded once, and anything that is not a plain content path afterwards is refused.
 */
export function resolveContentPath(raw: string, root = contentRoot()): Resolved {
  let rel: string;
  try {
    rel = decodeURIComponent(raw);
  } catch {
    return { ok: false, reason: 'not a valid address' };
  }
  // The pattern allows no "..", no leading "/", no backslash, no "%" and no NUL: only a named file in one of the four folders.
  if (!CONTENT_PATH.test(rel) || rel.split('/').some((part) => part === '.' || part === '..')) return { ok: false, reason: 'not a story or data file inside the content root' };
  const file = path.join(root, rel);
  // A symlink anywhere on the way could lead out of the root: the real path must still be inside it.
  try {
    const realRoot = fs.realpathSync(root);
    const stat = fs.lstatSync(file, { throwIfNoEntry: false });
    if (stat?.isSymbolicLink()) return { ok: false, reason: 'a symbolic link' };
    const realDir = fs.realpathSync(path.dirname(file));
    if (realDir !== realRoot && !realDir.startsWith(realRoot + path.sep)) return { ok: false, reason: 'outside the content root' };
  } catch {
    return { ok: false, reason: 'no such folder' };
  }
  return { ok: true, rel, file };
}

export const hashOf = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

/** The file's text, or undefined when there is no such file. */
export function readText(file: string): string | undefined {
  try {
    return fs.readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
}

/** Writes through a temporary file and a rename, so a reader never sees half a file. */
export function writeText(file: string, text: string) {
  const temp = `${file}.desk-${process.pid}.tmp`;
  fs.writeFileSync(temp, text, 'utf8');
  fs.renameSync(temp, file);
}
