import { checkText } from '../../_server/check';
import { resolveContentPath } from '../../_server/files';
import { json, readJson, withTiming } from '../../_server/http';

/** POST { path, text }: the check's problems with this unsaved text in place of the file's. */
export async function POST(request: Request) {
  const read = await readJson(request);
  if ('error' in read) return read.error;
  const { path, text } = read.body;
  if (typeof path !== 'string' || typeof text !== 'string') return json({ error: 'Expected { path, text }.' }, 400);
  const resolved = resolveContentPath(path);
  if (!resolved.ok) return json({ error: `Refused: ${resolved.reason}.` }, 403);
  const started = performance.now();
  const { problems, errors } = checkText(resolved.rel, text);
  // The check's own time, apart from the wait for next dev's one thread and the transfer (scripts/bench-desk.mjs reads it).
  return withTiming(json({ problems, errors }), 'check', started);
}
