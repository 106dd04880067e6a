import { isLocalHost, json, SECURITY_HEADERS } from '../../../_server/http';
import { previewCard, previewCardInput } from '../../../_server/preview-card';
import { readPreview } from '../../../_server/previews';

type Params = { params: Promise<{ id: string }> };

/** GET: the share card (PNG, 1200×630) of the text an editor last sent for its preview. */
export async function GET(request: Request, { params }: Params) {
  if (process.env.DESK !== '1' || !isLocalHost(request.headers.get('host'))) return json({ error: 'Not found.' }, 404);
  const preview = readPreview((await params).id);
  if (!preview) return json({ error: 'No preview by that name.' }, 404);
  const input = previewCardInput(preview.path, preview.text);
  if (!input) return json({ error: 'The text does not compile, so there is no card to draw.' }, 422);
  const png = await previewCard(input);
  return new Response(new Uint8Array(png), { headers: { ...SECURITY_HEADERS, 'Content-Type': 'image/png' } });
}
