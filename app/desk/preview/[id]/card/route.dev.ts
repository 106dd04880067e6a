import { signedIn } from '../../../_server/auth';
import { isAllowedHost, json, SECURITY_HEADERS } from '../../../_server/http';
import { previewCard, previewCardInput } from '../../../_server/preview-card';
import { readPreview } from '../../../_server/previews';

type Params = { params: Promise<{ id: string }> };

/** GET: the share card (PNG, 1200×630) of the text an editor last sent for its preview. */
export async function GET(request: Request, { params }: Params) {
  // A GET from an <img>: no Origin to check, but the same Host rule (DNS rebinding) and session as every desk page.
  if (process.env.DESK !== '1' || !isAllowedHost(request.headers.get('host'))) return json({ error: 'Not found.' }, 404);
  if (!signedIn(request.headers.get('cookie'))) return json({ error: 'Refused: sign in to the desk first (/desk/login/).' }, 401);
  const preview = readPreview((await params).id);
  if (!preview) return json({ error: 'No preview by that name.' }, 404);
  const input = previewCardInput(preview.path, preview.text);
  if (!input) return json({ error: 'The text does not compile, so there is no card to draw.' }, 422);
  const png = await previewCard(input);
  return new Response(new Uint8Array(png), { headers: { ...SECURITY_HEADERS, 'Content-Type': 'image/png' } });
}
