import { clearedCookie, newSession, passwordMatches, passwordRequired, sessionCookie, sessionSecret, wrongPasswords } from '../../_server/auth';
import { SECURITY_HEADERS, gate, overHttps, readForm } from '../../_server/http';

/** A redirect, as a form's answer: the browser follows it with a GET. */
const seeOther = (location: string, cookie?: string) => new Response(null, { status: 303, headers: { ...SECURITY_HEADERS, Location: location, ...(cookie ? { 'Set-Cookie': cookie } : {}) } });

/**
 * POST password=…: a session cookie and the desk's home, or the login page again with what went
 * wrong. From the desk's own login form only (Host and Origin checked as for every change); a few
 * wrong passwords a minute at most (auth.ts).
 */
export async function POST(request: Request) {
  const refused = gate(request, { session: false });
  if (refused) return refused;
  if (!passwordRequired()) return seeOther('/desk/');
  const attempts = wrongPasswords();
  const wait = attempts.wait();
  if (wait > 0) return seeOther(`/desk/login/?wait=${Math.ceil(wait / 1000)}`);
  const read = await readForm(request);
  if ('error' in read) return read.error;
  const secure = overHttps(request);
  if (!passwordMatches(read.form.get('password') ?? '', process.env.DESK_PASSWORD ?? '')) {
    attempts.record();
    return seeOther('/desk/login/?failed=1', clearedCookie(secure));
  }
  return seeOther('/desk/', sessionCookie(newSession(sessionSecret()), secure));
}
