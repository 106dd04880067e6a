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

export type ReadResult = { ok: true; text: string } | { ok: false; missing: boolean; reason: string };

/**
 * Strict UTF-8, the byte-order mark kept: the text must be the file's bytes again when it is
 * written back. A lenient decoder would put U+FFFD in place of an invalid byte, and a save would
 * silently write that instead of the byte.
 */
const UTF8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** The file's text, or why there is none: no such file, or bytes that are not UTF-8 text. */
export function readFile(file: string): ReadResult {
  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(file);
  } catch {
    return { ok: false, missing: true, reason: 'does not exist' };
  }
  try {
    return { ok: true, text: UTF8.decode(bytes) };
  } catch {
    return { ok: false, missing: false, reason: 'is not valid UTF-8 text, so the desk cannot keep its bytes: it neither opens nor saves it (fix its encoding in your text editor, then open it again)' };
  }
}

/** The file's text, or undefined when there is no such file or it is not UTF-8 text. */
export function readText(file: string): string | undefined {
  const read = readFile(file);
  return read.ok ? read.text : undefined;
}

/** Writes through a temporary file and a rename, so a reader never sees half a file. */
export function writeText(file: string, text: string) {
  const temp = `${file}.desk-${process.pid}.tmp`;
  fs.writeFileSync(temp, text, 'utf8');
  fs.renameSync(temp, file);
}
