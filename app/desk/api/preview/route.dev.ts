import { resolveContentPath } from '../../_server/files';
import { json, readJson, withTiming } from '../../_server/http';
import { renderPreview } from '../../_server/preview-pages';
import { isPreviewId, storePreview } from '../../_server/previews';

/**
 * POST { id, path, text, original? }: the preview of an editor's unsaved text, { html, title,
 * original? } (see renderPreview). The text is also kept under the editor's id for its share card,
 * /desk/preview/<id>/card/.
 */
export async function POST(request: Request) {
  const read = await readJson(request);
  if ('error' in read) return read.error;
  const { id, path, text, original } = read.body;
  if (typeof id !== 'string' || !isPreviewId(id) || typeof path !== 'string' || typeof text !== 'string') return json({ error: 'Expected { id, path, text }.' }, 400);
  const resolved = resolveContentPath(path);
  if (!resolved.ok) return json({ error: `Refused: ${resolved.reason}.` }, 403);
  const started = performance.now();
  const preview = renderPreview(resolved.rel, text, { original: original === true });
  if (!preview) return json({ error: 'Refused: only a story or a data file has a preview.' }, 403);
  storePreview(id, { path: resolved.rel, text });
  return withTiming(json(preview), 'preview', started);
}
