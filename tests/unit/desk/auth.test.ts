import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { WrongPasswords, newSession, passwordMatches, revokedTokens, validSession, cookieValue } from '@/app/desk/_server/auth';
import { gate, refusal } from '@/app/desk/_server/http';
import { POST as login } from '@/app/desk/api/login/route.dev';
import { POST as logout } from '@/app/desk/api/logout/route.dev';
import { POST as check } from '@/app/desk/api/check/route.dev';

const SECRET = 'a'.repeat(64);
const NOW = Date.UTC(2026, 11, 3, 8, 0, 0);

describe('sessions', () => {
  test('a token is valid with its secret until it expires 12 hours later', () => {
    const token = newSession(SECRET, NOW);
    expect(validSession(token, SECRET, NOW, new Set())).toBe(true);
    expect(validSession(token, SECRET, NOW + 12 * 3600_000 - 1000, new Set())).toBe(true);
    expect(validSession(token, SECRET, NOW + 12 * 3600_000, new Set())).toBe(false);
    // Another start of the desk has another secret: its old cookies sign nobody in.
    expect(validSession(token, 'b'.repeat(64), NOW, new Set())).toBe(false);
  });
  test('two sessions differ, and a token altered anywhere is refused', () => {
    const token = newSession(SECRET, NOW);
    expect(newSession(SECRET, NOW)).not.toBe(token);
    const [expiry, random, mac] = token.split('.');
    for (const forged of [`${Number(expiry) + 999999}.${random}.${mac}`, `${expiry}.${random}x.${mac}`, `${expiry}.${random}.${mac.slice(0, -1)}`, `${expiry}.${random}`, '', 'x'.repeat(500), `${expiry}.${random}.${mac}.x`]) {
      expect(validSession(forged, SECRET, NOW, new Set())).toBe(false);
    }
  });
  test('a signed-out token is refused', () => {
    const token = newSession(SECRET, NOW);
    expect(validSession(token, SECRET, NOW, new Set([token]))).toBe(false);
  });
  test('the password is compared whole, whatever its length', () => {
    expect(passwordMatches('correct horse battery', 'correct horse battery')).toBe(true);
    for (const wrong of ['', 'correct horse', 'correct horse battery ', 'Correct horse battery']) expect(passwordMatches(wrong, 'correct horse battery')).toBe(false);
  });
  test('five wrong passwords a minute, then a wait until the oldest is a minute old', () => {
    const attempts = new WrongPasswords();
    for (let i = 0; i < 5; i++) {
      expect(attempts.wait(NOW + i * 1000)).toBe(0);
      attempts.record(NOW + i * 1000);
    }
    expect(attempts.wait(NOW + 5000)).toBe(55_000);
    expect(attempts.wait(NOW + 59_999)).toBe(1);
    expect(attempts.wait(NOW + 60_000)).toBe(0);
  });
});

describe('the names a request may be addressed to', () => {
  const request = (headers: Record<string, string>) => new Request('http://x/desk/api/save/', { method: 'POST', headers });
  const newsroom = ['127.0.0.1', 'localhost', '[::1]', 'desk.newsroom.lan', '192.168.1.20'];
  test('the names the desk was started with, and loopback', () => {
    expect(refusal(request({ host: 'desk.newsroom.lan:3001', origin: 'http://desk.newsroom.lan:3001' }), newsroom)).toBeUndefined();
    expect(refusal(request({ host: '192.168.1.20:3001', origin: 'http://192.168.1.20:3001', 'sec-fetch-site': 'same-origin' }), newsroom)).toBeUndefined();
    expect(refusal(request({ host: '127.0.0.1:3001', origin: 'http://127.0.0.1:3001' }), newsroom)).toBeUndefined();
    // Behind a proxy that ends TLS, the page's origin is https.
    expect(refusal(request({ host: 'desk.newsroom.lan', origin: 'https://desk.newsroom.lan' }), newsroom)).toBeUndefined();
  });
  test('any other name is refused (DNS rebinding), and another origin on an allowed name too', () => {
    expect(refusal(request({ host: 'evil.example:3001', origin: 'http://evil.example:3001' }), newsroom)).toBe('the desk answers on 127.0.0.1, desk.newsroom.lan, 192.168.1.20 or localhost only, not evil.example:3001');
    expect(refusal(request({ host: 'desk.newsroom.lan.evil.example', origin: 'http://desk.newsroom.lan.evil.example' }), newsroom)).toMatch(/^the desk answers on/);
    expect(refusal(request({ host: 'desk.newsroom.lan:3001', origin: 'http://192.168.1.20:3001' }), newsroom)).toBe('a request from another origin (http://192.168.1.20:3001)');
    expect(refusal(request({ host: 'desk.newsroom.lan:3001', origin: 'http://desk.newsroom.lan:3001' }))).toBe('the desk answers on 127.0.0.1 or localhost only, not desk.newsroom.lan:3001');
  });
});

describe('signing in, when the desk asks for a password', () => {
  const ORIGIN = 'http://desk.newsroom.lan:3001';
  const headers = { host: 'desk.newsroom.lan:3001', origin: ORIGIN, 'sec-fetch-site': 'same-origin' };
  const form = (password: string, extra: Record<string, string> = {}) =>
    new Request(`${ORIGIN}/desk/api/login/`, { method: 'POST', headers: { ...headers, 'content-type': 'application/x-www-form-urlencoded', ...extra }, body: new URLSearchParams({ password }).toString() });
  const api = (cookie?: string) => new Request(`${ORIGIN}/desk/api/check/`, { method: 'POST', headers: { ...headers, 'content-type': 'application/json', ...(cookie ? { cookie } : {}) }, body: JSON.stringify({ path: 'stories/x.mdx', text: '' }) });

  beforeEach(() => {
    vi.stubEnv('DESK', '1');
    vi.stubEnv('DESK_PASSWORD', 'correct horse battery');
    vi.stubEnv('DESK_SESSION_SECRET', SECRET);
    vi.stubEnv('DESK_HOSTS', '127.0.0.1,localhost,[::1],desk.newsroom.lan');
    (globalThis as { deskAttempts?: unknown }).deskAttempts = undefined;
  });
  afterEach(() => {
    vi.unstubAllEnvs();
  });

  test('without a session, every request that changes something is refused', async () => {
    const response = await check(api());
    expect(response.status).toBe(401);
    expect(await response.json()).toEqual({ error: 'Refused: sign in to the desk first (/desk/login/).' });
    expect(gate(api(`desk-session=${newSession('b'.repeat(64))}`))?.status).toBe(401);
  });

  test('the right password gives an HttpOnly, SameSite=Strict session cookie for /desk, which then lets requests through; Sign out ends it', async () => {
    const response = await login(form('correct horse battery'));
    expect(response.status).toBe(303);
    expect(response.headers.get('location')).toBe('/desk/');
    const cookie = response.headers.get('set-cookie')!;
    expect(cookie).toMatch(/^desk-session=[^;]+; Path=\/desk; HttpOnly; SameSite=Strict; Max-Age=43200$/);
    const session = cookie.split(';')[0];
    expect(gate(api(session))).toBeUndefined();

    const out = await logout(new Request(`${ORIGIN}/desk/api/logout/`, { method: 'POST', headers: { ...headers, cookie: session } }));
    expect(out.status).toBe(303);
    expect(out.headers.get('location')).toBe('/desk/login/');
    expect(out.headers.get('set-cookie')).toContain('desk-session=; Path=/desk; HttpOnly; SameSite=Strict; Max-Age=0');
    expect(revokedTokens().has(cookieValue(session, 'desk-session')!)).toBe(true);
    expect(gate(api(session))?.status).toBe(401);
  });

  test('over https the cookie is Secure', async () => {
    const response = await login(form('correct horse battery', { 'x-forwarded-proto': 'https' }));
    expect(response.headers.get('set-cookie')).toMatch(/; Secure$/);
  });

  test('a wrong password says so; after five in a minute, even the right one waits', async () => {
    for (let i = 0; i < 5; i++) {
      const response = await login(form(`wrong ${i}`));
      expect(response.headers.get('location')).toBe('/desk/login/?failed=1');
      expect(response.headers.get('set-cookie')).toContain('Max-Age=0');
    }
    const blocked = await login(form('correct horse battery'));
    expect(blocked.headers.get('location')).toMatch(/^\/desk\/login\/\?wait=(60|59)$/);
    expect(blocked.headers.get('set-cookie')).toBeNull();
  });

  test('a login from another site, or addressed to another name, is refused before the password is read', async () => {
    const cross = await login(form('correct horse battery', { origin: 'http://evil.example', 'sec-fetch-site': 'cross-site' }));
    expect(cross.status).toBe(403);
    const rebound = await login(form('correct horse battery', { host: 'evil.example:3001', origin: 'http://evil.example:3001' }));
    expect(rebound.status).toBe(403);
    expect(rebound.headers.get('set-cookie')).toBeNull();
  });

  test('without DESK_PASSWORD (loopback), nothing asks for a session', async () => {
    vi.stubEnv('DESK_PASSWORD', '');
    expect(gate(api())).toBeUndefined();
  });
});
