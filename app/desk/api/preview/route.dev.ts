import { resolveContentPath } from '../../_server/files';
import { json, readJson } from '../../_server/http';
import { isPreviewId, storePreview } from '../../_server/previews';

/** POST { id, path, text }: keeps the unsaved text for the preview page /desk/preview/<id>/. */
export async function POST(request: Request) {
  const read = await readJson(request);
  if ('error' in read) return read.error;
  const { id, path, text } = read.body;
  if (typeof id !== 'string' || !isPreviewId(id) || typeof path !== 'string' || typeof text !== 'string') return json({ error: 'Expected { id, path, text }.' }, 400);
  const resolved = resolveContentPath(path);
  if (!resolved.ok || !resolved.rel.startsWith('stories/')) return json({ error: `Refused: ${resolved.ok ? 'only a story has a preview' : resolved.reason}.` }, 403);
  storePreview(id, { path: resolved.rel, text });
  return json({ preview: `/desk/preview/${id}/` });
}
