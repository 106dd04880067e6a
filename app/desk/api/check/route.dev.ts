import { checkText } from '../../_server/check';
import { resolveContentPath } from '../../_server/files';
import { json, readJson } from '../../_server/http';

/** POST { path, text }: the check's problems with this unsaved text in place of the file's. */
export async function POST(request: Request) {
  const read = await readJson(request);
  if ('error' in read) return read.error;
  const { path, text } = read.body;
  if (typeof path !== 'string' || typeof text !== 'string') return json({ error: 'Expected { path, text }.' }, 400);
  const resolved = resolveContentPath(path);
  if (!resolved.ok) return json({ error: `Refused: ${resolved.reason}.` }, 403);
  const { problems, errors } = checkText(resolved.rel, text);
  return json({ problems, errors });
}
