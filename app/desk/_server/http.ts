import headers from './headers.json';
import { signedIn } from './auth';
import { LOOPBACK_NAMES, deskHosts, hostName } from './config';

/**
 * The desk's rules for requests. A page on any site the editor visits could send a request to the
 * desk: so anything that changes a file must come from the desk's own pages (an allowed Host, the
 * same Origin, Sec-Fetch-Site same-origin when the browser sends it), with a session when the desk
 * asks for a password (auth.ts), and a body is read only up to a limit.
 */

/** Larger than any real story (the largest is under 100 kB; the benchmark's story is 1 MB). */
export const BODY_LIMIT = 4 * 1024 * 1024;

/**
 * The desk's Content Security Policy and other headers, in one file that next.config.mjs also reads
 * for the desk's pages. next dev's client needs inline scripts (its page data) and eval (React's
 * development build), hence 'unsafe-inline' and 'unsafe-eval'; the export never serves the desk.
 * Neither can go: Next's CSP guide says eval is required in development (React uses it for its
 * debugging information), and the only way to put a nonce on Next's own inline scripts is a
 * per-request nonce from a proxy (middleware) file, which applies to the whole app and which a
 * static export (output: 'export') does not allow. The referrer policy is same-origin, not
 * no-referrer: under no-referrer, Chromium sends "Origin: null" with a form's POST (the login and
 * Sign out forms), and the origin check above would refuse the desk's own forms.
 */
export const SECURITY_HEADERS: Record<string, string> = headers;

export function json(body: unknown, status = 200): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json; charset=utf-8', ...SECURITY_HEADERS } });
}

/** A response with a Server-Timing entry: how long `name` took since `started` (performance.now()), as the browser's tools show it. */
export function withTiming(response: Response, name: string, started: number): Response {
  response.headers.set('Server-Timing', `${name};dur=${(performance.now() - started).toFixed(1)}`);
  return response;
}

/**
 * The names a request may be addressed to: the loopback ones and DESK_HOSTS (the names the desk was
 * started with, see scripts/desk.mjs). Any other name is refused, so that a site whose name an
 * attacker points at the desk's address (DNS rebinding) gets nothing. An invalid DESK_HOSTS (the
 * desk would not have started) leaves the loopback names only.
 */
export function allowedHosts(value = process.env.DESK_HOSTS): string[] {
  const hosts = deskHosts(value);
  return hosts.ok ? hosts.value : LOOPBACK_NAMES;
}

/** Whether a request was addressed to the desk by one of its names (a desk page checks this before it shows a file). */
export function isAllowedHost(host: string | null, allowed = allowedHosts()): boolean {
  const name = hostName(host ?? '');
  return name !== undefined && allowed.includes(name);
}

/** Why a request that changes something is refused, or undefined when it may go on. */
export function refusal(request: Request, allowed = allowedHosts()): string | undefined {
  const host = request.headers.get('host') ?? '';
  if (!isAllowedHost(host, allowed)) {
    const extra = allowed.filter((h) => !LOOPBACK_NAMES.includes(h));
    return `the desk answers on ${['127.0.0.1', ...extra].join(', ')} or localhost only, not ${host || 'no host'}`;
  }
  const origin = request.headers.get('origin');
  if (!origin) return 'a request without an Origin header';
  // https when a proxy in front of the desk ends TLS: the name and port are still the request's own.
  if (origin !== `http://${host}` && origin !== `https://${host}`) return `a request from another origin (${origin})`;
  const site = request.headers.get('sec-fetch-site');
  if (site && site !== 'same-origin') return `a request from another site (Sec-Fetch-Site: ${site})`;
  return undefined;
}

/** Whether the browser reached the desk over https (directly, or through a proxy that says so). */
export const overHttps = (request: Request) => new URL(request.url).protocol === 'https:' || request.headers.get('x-forwarded-proto') === 'https';

/** Reads a body up to `limit` bytes; a Response to send back when it is larger. */
async function readBody(request: Request, limit: number): Promise<{ text: string } | { error: Response }> {
  const tooLarge = () => ({ error: json({ error: `Refused: the request is larger than ${limit} bytes.` }, 413) });
  const declared = Number(request.headers.get('content-length') ?? 0);
  if (declared > limit) return tooLarge();
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
        return tooLarge();
      }
      chunks.push(value);
    }
  }
  return { text: Buffer.concat(chunks).toString('utf8') };
}

/**
 * The checks every request that changes something passes, in order: under npm run desk (plain
 * next dev serves the site, not an editor), an allowed Host and the desk's own origin, then a
 * session when a password is asked. A Response to send back when it fails.
 */
export function gate(request: Request, { session = true } = {}): Response | undefined {
  if (process.env.DESK !== '1') return json({ error: 'The desk runs with npm run desk.' }, 404);
  const refused = refusal(request);
  if (refused) return json({ error: `Refused: ${refused}.` }, 403);
  if (session && !signedIn(request.headers.get('cookie'))) return json({ error: 'Refused: sign in to the desk first (/desk/login/).' }, 401);
  return undefined;
}

/** A form's fields (application/x-www-form-urlencoded, as a plain HTML form posts them), read up to `limit` bytes. */
export async function readForm(request: Request, limit = 16 * 1024): Promise<{ form: URLSearchParams } | { error: Response }> {
  const read = await readBody(request, limit);
  if ('error' in read) return read;
  return { form: new URLSearchParams(read.text) };
}

/** The JSON body, read up to BODY_LIMIT bytes; a Response to send back when it cannot be. */
export async function readJson(request: Request, limit = BODY_LIMIT): Promise<{ body: Record<string, unknown> } | { error: Response }> {
  const refused = gate(request);
  if (refused) return { error: refused };
  const read = await readBody(request, limit);
  if ('error' in read) return read;
  try {
    const body = JSON.parse(read.text);
    if (!body || typeof body !== 'object' || Array.isArray(body)) throw new Error('not an object');
    return { body };
  } catch {
    return { error: json({ error: 'Refused: the body is not a JSON object.' }, 400) };
  }
}
