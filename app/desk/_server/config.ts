import { forbiddenChars, isInvisible } from '../../../lib/text-rules';

/**
 * The desk's settings from the environment, and the rules for what an editor types that ends up
 * in git. Pure, without Node's modules: scripts/desk.mjs checks them before it starts next dev (so
 * a mistake stops the desk at once, in words), the routes check them again, and the editor's name
 * field in the browser uses the same rule.
 */

export type Checked<T> = { ok: true; value: T } | { ok: false; error: string };

/** Where Publish commits: on the branch checked out ("current"), or on desk/<slug> ("story"). */
export type BranchMode = 'current' | 'story';

export function branchMode(value: string | undefined): Checked<BranchMode> {
  const mode = (value ?? '').trim() || 'current';
  if (mode === 'current' || mode === 'story') return { ok: true, value: mode };
  return { ok: false, error: `DESK_BRANCHES: expected "current" (commit on the branch checked out) or "story" (commit on desk/<slug>), found "${value}"` };
}

/** One component of a git branch name that git accepts (git check-ref-format's rules, for the characters a slug may hold). */
const refPart = (part: string) => /^[A-Za-z0-9][A-Za-z0-9._-]*$/.test(part) && !part.includes('..') && !part.endsWith('.') && !part.endsWith('.lock');

/**
 * The branch a story is published on in "story" mode: desk/<slug>, and desk/fr/<slug> for the
 * French edition (an English and a French story may share a slug). A file name git would refuse
 * as a branch name ("a..b.mdx", "x.lock.mdx") is refused here, in words.
 */
export function storyBranch(storyPath: string): Checked<string> {
  const match = /^stories\/(fr\/)?([^/]+)\.mdx?$/.exec(storyPath);
  if (!match) return { ok: false, error: `${storyPath} is not a story` };
  const [, fr, slug] = match;
  if (!refPart(slug)) return { ok: false, error: `the story's file name "${slug}" cannot name a git branch (no "..", no dot or ".lock" at the end)` };
  return { ok: true, value: `desk/${fr ? 'fr/' : ''}${slug}` };
}

/** Longer than any real byline; a commit message is not the place for a paragraph. */
export const EDITOR_NAME_LIMIT = 80;

/** The editor's name, as written in a commit message: one line of visible text, without control or direction characters. */
export function editorName(value: string): Checked<string> {
  const name = value.trim();
  if (!name) return { ok: false, error: 'your name is empty' };
  if ([...name].length > EDITOR_NAME_LIMIT) return { ok: false, error: `your name is longer than ${EDITOR_NAME_LIMIT} characters` };
  if (/[\t\n\r\u2028\u2029]/.test(name)) return { ok: false, error: 'your name must be one line' };
  const bad = forbiddenChars(name)[0];
  if (bad) return { ok: false, error: `your name holds ${bad.name}: delete it` };
  if (isInvisible(name)) return { ok: false, error: 'your name is only invisible characters' };
  return { ok: true, value: name };
}

/** The names of this machine by which a browser on it reaches the desk. */
export const LOOPBACK_NAMES = ['127.0.0.1', 'localhost', '[::1]'];

/** Whether an address to listen on is this machine only (127.0.0.0/8, ::1, localhost). */
export const isLoopback = (host: string) => /^(?:127(?:\.\d{1,3}){3}|localhost|::1|\[::1\])$/i.test(host.trim());

/** Addresses that listen on every interface: the names a browser uses cannot be known from them. */
export const isWildcard = (host: string) => ['0.0.0.0', '::', '[::]'].includes(host.trim());

const HOSTNAME = /^(?=.{1,253}$)[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*$/;
const IPV6 = /^\[[0-9a-f:.]+\]$/;

/** A name in a Host header as the desk compares it: lower case, IPv6 in brackets, no port. */
export function hostName(value: string): string | undefined {
  const host = value.trim().toLowerCase();
  if (!host) return undefined;
  const bracketed = /^(\[[0-9a-f:.]+\])(?::\d{1,5})?$/.exec(host);
  if (bracketed) return bracketed[1];
  // A bare IPv6 address (as in --host ::1) has colons but no port.
  if ((host.match(/:/g) ?? []).length > 1) return IPV6.test(`[${host}]`) ? `[${host}]` : undefined;
  const [name, port, ...rest] = host.split(':');
  if (rest.length || (port !== undefined && !/^\d{1,5}$/.test(port))) return undefined;
  return HOSTNAME.test(name) ? name : undefined;
}

/**
 * DESK_HOSTS: the names, besides the loopback ones, by which editors reach the desk (comma
 * separated: "desk.newsroom.lan,192.168.1.20"). A request addressed to any other name is refused,
 * so that a site whose name an attacker points at the desk's address (DNS rebinding) gets nothing.
 */
export function deskHosts(value: string | undefined): Checked<string[]> {
  const names: string[] = [...LOOPBACK_NAMES];
  for (const raw of (value ?? '').split(',')) {
    if (!raw.trim()) continue;
    const entry = raw.trim().toLowerCase();
    const name = HOSTNAME.test(entry) || IPV6.test(entry) ? entry : IPV6.test(`[${entry}]`) ? `[${entry}]` : undefined;
    if (!name) return { ok: false, error: `DESK_HOSTS: expected host names or addresses separated by commas, without port or scheme (like desk.newsroom.lan,192.168.1.20), found "${raw.trim()}"` };
    if (!names.includes(name)) names.push(name);
  }
  return { ok: true, value: names };
}

/** Long enough not to be guessed in the few tries a minute the login allows. */
export const PASSWORD_MINIMUM = 12;

export function deskPassword(value: string | undefined): Checked<string | undefined> {
  if (value === undefined || value === '') return { ok: true, value: undefined };
  if ([...value].length < PASSWORD_MINIMUM) return { ok: false, error: `DESK_PASSWORD: expected at least ${PASSWORD_MINIMUM} characters, found ${[...value].length}` };
  return { ok: true, value };
}

/** The cookie that keeps the name an editor typed in the desk (not a secret: it is written in commits). */
export const EDITOR_COOKIE = 'desk-editor';
