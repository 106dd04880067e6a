import headers from './headers.json';

/**
 * The desk's rules for requests. It runs on 127.0.0.1, but a page on any site the editor visits
 * could still send a request there: so anything that changes a file must come from the desk's own
 * pages (same Host, same Origin, Sec-Fetch-Site same-origin when the browser sends it), and a body
 * is read only up to a limit.
 */

/** Larger than any real story (the largest is under 100 kB; the benchmark's story is 1 MB). */
export const BODY_LIMIT = 4 * 1024 * 1024;

/** Only the loopback names: a page on another name that resolves here (DNS rebinding) is refused too. */
const LOCAL_HOST = /^(?:127\.0\.0\.1|localhost|\[::1\])(?::\d+)?$/;

/**
 * The desk's Content Security Policy and other headers, in one file that next.config.mjs also reads
 * for the desk's pages. next dev's client needs inline scripts (its page data) and eval (React's
 * development build), hence 'unsafe-inline' and 'unsafe-eval'; the export never serves the desk.
 */
export const SECURITY_HEADERS: Record<string, string> = headers;

export function json(body: unknown, status = 200): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json; charset=utf-8', ...SECURITY_HEADERS } });
}

/** Whether a request was addressed to this machine by a loopback name (a desk page checks this before it shows a file). */
export const isLocalHost = (host: string | null) => LOCAL_HOST.test(host ?? '');

/** Why a request that changes something is refused, or undefined when it may go on. */
export function refusal(request: Request): string | undefined {
  const host = request.headers.get('host') ?? '';
  if (!isLocalHost(host)) return `the desk answers on 127.0.0.1 or localhost only, not ${host || 'no host'}`;
  const origin = request.headers.get('origin');
  if (!origin) return 'a request without an Origin header';
  if (origin !== `http://${host}`) return `a request from another origin (${origin})`;
  const site = request.headers.get('sec-fetch-site');
  if (site && site !== 'same-origin') return `a request from another site (Sec-Fetch-Site: ${site})`;
  return undefined;
}

/** The JSON body, read up to BODY_LIMIT bytes; a Response to send back when it cannot be. */
export async function readJson(request: Request, limit = BODY_LIMIT): Promise<{ body: Record<string, unknown> } | { error: Response }> {
  // Only under npm run desk: plain next dev serves the pages of the site, not an editor.
  if (process.env.DESK !== '1') return { error: json({ error: 'The desk runs with npm run desk.' }, 404) };
  const refused = refusal(request);
  if (refused) return { error: json({ error: `Refused: ${refused}.` }, 403) };
  const declared = Number(request.headers.get('content-length') ?? 0);
  if (declared > limit) return { error: json({ error: `Refused: the request is larger than ${limit} bytes.` }, 413) };
  const reader = request.body?.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  if (reader) {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.byteLength;
      if (size > limit) {
        await reader.cancel();
        return { error: json({ error: `Refused: the request is larger than ${limit} bytes.` }, 413) };
      }
      chunks.push(value);
    }
  }
  try {
    const body = JSON.parse(Buffer.concat(chunks).toString('utf8'));
    if (!body || typeof body !== 'object' || Array.isArray(body)) throw new Error('not an object');
    return { body };
  } catch {
    return { error: json({ error: 'Refused: the body is not a JSON object.' }, 400) };
  }
}
