import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

/**
 * Sign-in for a desk that listens beyond this machine (DESK_PASSWORD set; scripts/desk.mjs refuses
 * to listen on another address without it). A session is a token signed with a secret made for
 * each start of the desk (DESK_SESSION_SECRET, from scripts/desk.mjs), kept in an HttpOnly,
 * SameSite=Strict cookie: nothing to store, it outlives next dev's module reloads, and a restart
 * signs everyone out. Signing out revokes the token in this process's memory.
 */

export const SESSION_COOKIE = 'desk-session';
/** A working day and then some: an editor signs in once a shift. */
export const SESSION_SECONDS = 12 * 60 * 60;

const digest = (text: string) => createHash('sha256').update(text, 'utf8').digest();

/** Compares in constant time: hashing first makes both sides the same length whatever was typed. */
export const passwordMatches = (given: string, expected: string) => timingSafeEqual(digest(given), digest(expected));

const mac = (secret: string, payload: string) => createHmac('sha256', secret).update(payload).digest('base64url');

/** "<expiry>.<random>.<signature>": the expiry in seconds since 1970, 16 random bytes, an HMAC of both. */
export function newSession(secret: string, now = Date.now()): string {
  const payload = `${Math.floor(now / 1000) + SESSION_SECONDS}.${randomBytes(16).toString('base64url')}`;
  return `${payload}.${mac(secret, payload)}`;
}

/** Whether a token was signed with this secret, has not expired and was not signed out. */
export function validSession(token: string | undefined, secret: string, now = Date.now(), revoked: ReadonlySet<string> = revokedTokens()): boolean {
  if (!token || token.length > 200) return false;
  const parts = token.split('.');
  if (parts.length !== 3 || !/^\d{1,12}$/.test(parts[0])) return false;
  const expected = Buffer.from(mac(secret, `${parts[0]}.${parts[1]}`));
  const given = Buffer.from(parts[2]);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return false;
  return Number(parts[0]) * 1000 > now && !revoked.has(token);
}

type DeskGlobals = { deskSecret?: string; deskRevoked?: Set<string>; deskAttempts?: WrongPasswords };
// On globalThis: next dev may load this module more than once (each route and page bundle has its copy).
const shared = globalThis as typeof globalThis & DeskGlobals;

/** The per-start secret; started without scripts/desk.mjs, one made in this process. */
export const sessionSecret = () => process.env.DESK_SESSION_SECRET || (shared.deskSecret ??= randomBytes(32).toString('hex'));
export const revokedTokens = () => (shared.deskRevoked ??= new Set());

/** Whether this desk asks for a password: whenever DESK_PASSWORD is set (required off loopback). */
export const passwordRequired = () => Boolean(process.env.DESK_PASSWORD);

/** The value of one cookie in a Cookie header. */
export function cookieValue(header: string | null | undefined, name: string): string | undefined {
  for (const part of (header ?? '').split(';')) {
    const [key, ...value] = part.trim().split('=');
    if (key === name) return value.join('=');
  }
  return undefined;
}

/** Whether a request may use the desk: no password asked, or a valid session cookie. */
export const signedIn = (cookieHeader: string | null | undefined) => !passwordRequired() || validSession(cookieValue(cookieHeader, SESSION_COOKIE), sessionSecret());

/** The Set-Cookie value for a session (Secure when the desk is reached over https, where a browser would otherwise refuse nothing). */
export const sessionCookie = (token: string, secure: boolean) =>
  `${SESSION_COOKIE}=${token}; Path=/desk; HttpOnly; SameSite=Strict; Max-Age=${SESSION_SECONDS}${secure ? '; Secure' : ''}`;
export const clearedCookie = (secure: boolean) => `${SESSION_COOKIE}=; Path=/desk; HttpOnly; SameSite=Strict; Max-Age=0${secure ? '; Secure' : ''}`;

/**
 * Wrong passwords: at most LIMIT in any WINDOW, for the whole desk (not per address: behind next
 * dev the client's address is not known for sure, and a header naming it can be forged). A
 * guesser is slowed to a few tries a minute; an editor who mistypes waits a minute at worst.
 */
export class WrongPasswords {
  static LIMIT = 5;
  static WINDOW = 60_000;
  private times: number[] = [];

  /** Milliseconds to wait before the next try, 0 when it may be made now. */
  wait(now = Date.now()): number {
    this.times = this.times.filter((t) => now - t < WrongPasswords.WINDOW);
    return this.times.length < WrongPasswords.LIMIT ? 0 : this.times[0] + WrongPasswords.WINDOW - now;
  }

  record(now = Date.now()) {
    this.times.push(now);
  }
}

export const wrongPasswords = () => (shared.deskAttempts ??= new WrongPasswords());
