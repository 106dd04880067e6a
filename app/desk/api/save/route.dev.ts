import { lineEndsOf } from '../../(tools)/edit/line-ends';
import { hashOf, readFile, resolveContentPath, writeText } from '../../_server/files';
import { json, readJson } from '../../_server/http';

const KIND: Record<string, string> = { '\n': 'LF (\\n)', '\r\n': 'CRLF (\\r\\n)', '\r': 'CR (\\r)' };

/**
 * POST { path, text, base }: writes exactly `text` (every byte: nothing is parsed or re-serialised)
 * when the file on disk is still the one the editor opened (`base`, the hash of its text then).
 * Otherwise 409 with the disk's text, so the editor sees both versions and loses neither. A story
 * with errors may be saved: it is a draft until it is published.
 *
 * Refused, whatever a script sends: a file on disk that is not UTF-8 text (its bytes could not be
 * written back), a text that is not well-formed Unicode (a lone surrogate has no UTF-8 bytes), and
 * a text that mixes line ends when the file had one kind (the editor never makes one; a script or a
 * paste gone wrong would silently change some lines' ends).
 */
export async function POST(request: Request) {
  const read = await readJson(request);
  if ('error' in read) return read.error;
  const { path, text, base } = read.body;
  if (typeof path !== 'string' || typeof text !== 'string' || typeof base !== 'string') return json({ error: 'Expected { path, text, base }.' }, 400);
  const resolved = resolveContentPath(path);
  if (!resolved.ok) return json({ error: `Refused: ${resolved.reason}.` }, 403);
  const disk = readFile(resolved.file);
  if (!disk.ok) return json({ error: `Refused: ${resolved.rel} ${disk.reason}.` }, disk.missing ? 404 : 422);
  if (hashOf(disk.text) !== base) {
    // The disk already holds exactly this text (Save pressed twice before the first answer, or the
    // same words saved from another tab): nothing of anyone's would be lost, so it is no conflict.
    if (disk.text === text) return json({ saved: resolved.rel, hash: hashOf(text) });
    return json({ error: `Not saved: ${resolved.rel} changed on disk since you opened it.`, disk: disk.text, hash: hashOf(disk.text) }, 409);
  }
  if (/\p{Cs}/u.test(text)) return json({ error: `Not saved: the text for ${resolved.rel} is not well-formed Unicode (a lone surrogate), so it has no UTF-8 bytes.` }, 422);
  const before = lineEndsOf(disk.text);
  const after = lineEndsOf(text);
  if (after.mixed && !before.mixed) return json({ error: `Not saved: the text mixes line ends, and ${resolved.rel} uses ${KIND[before.separator]} only. Give every line the same end.` }, 422);
  writeText(resolved.file, text);
  return json({ saved: resolved.rel, hash: hashOf(text) });
}
