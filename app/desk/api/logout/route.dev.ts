import { SESSION_COOKIE, clearedCookie, cookieValue, revokedTokens } from '../../_server/auth';
import { SECURITY_HEADERS, gate, overHttps } from '../../_server/http';

/** POST (the "Sign out" button): the session ends here and now, even if its cookie was copied elsewhere. */
export async function POST(request: Request) {
  const refused = gate(request, { session: false });
  if (refused) return refused;
  const token = cookieValue(request.headers.get('cookie'), SESSION_COOKIE);
  if (token) revokedTokens().add(token);
  return new Response(null, { status: 303, headers: { ...SECURITY_HEADERS, Location: '/desk/login/', 'Set-Cookie': clearedCookie(overHttps(request)) } });
}
