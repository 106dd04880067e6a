import { hashOf, readText, resolveContentPath, writeText } from '../../_server/files';
import { json, readJson } from '../../_server/http';

/**
 * POST { path, text, base }: writes exactly `text` (every byte: nothing is parsed or re-serialised)
 * when the file on disk is still the one the editor opened (`base`, the hash of its text then).
 * Otherwise 409 with the disk's text, so the editor sees both versions and loses neither. A story
 * with errors may be saved: it is a draft until it is published.
 */
export async function POST(request: Request) {
  const read = await readJson(request);
  if ('error' in read) return read.error;
  const { path, text, base } = read.body;
  if (typeof path !== 'string' || typeof text !== 'string' || typeof base !== 'string') return json({ error: 'Expected { path, text, base }.' }, 400);
  const resolved = resolveContentPath(path);
  if (!resolved.ok) return json({ error: `Refused: ${resolved.reason}.` }, 403);
  const disk = readText(resolved.file);
  if (disk === undefined) return json({ error: `Refused: ${resolved.rel} does not exist.` }, 404);
  if (hashOf(disk) !== base) return json({ error: `Not saved: ${resolved.rel} changed on disk since you opened it.`, disk, hash: hashOf(disk) }, 409);
  writeText(resolved.file, text);
  return json({ saved: resolved.rel, hash: hashOf(text) });
}
