import { describe, expect, test } from 'vitest';
import { branchMode, deskHosts, deskPassword, editorName, hostName, isLoopback, isWildcard, storyBranch } from '@/app/desk/_server/config';

describe('the branch Publish commits to', () => {
  test('DESK_BRANCHES is "current" (the default) or "story"; anything else is refused in words', () => {
    expect(branchMode(undefined)).toEqual({ ok: true, value: 'current' });
    expect(branchMode('')).toEqual({ ok: true, value: 'current' });
    expect(branchMode(' story ')).toEqual({ ok: true, value: 'story' });
    expect(branchMode('stories')).toEqual({ ok: false, error: 'DESK_BRANCHES: expected "current" (commit on the branch checked out) or "story" (commit on desk/<slug>), found "stories"' });
    expect(branchMode('Story').ok).toBe(false);
  });

  test.each([
    ['stories/the-widget-standoff.mdx', 'desk/the-widget-standoff'],
    ['stories/fr/les-gadgets-en-chiffres.mdx', 'desk/fr/les-gadgets-en-chiffres'],
    ['stories/v2.1_notes.md', 'desk/v2.1_notes'],
  ])('%s is published on %s', (story, branch) => {
    expect(storyBranch(story)).toEqual({ ok: true, value: branch });
  });

  test.each(['stories/a..b.mdx', 'stories/x.lock.mdx', 'stories/trailing..mdx', 'data/x.json', 'stories/fr/../x.mdx', 'stories/-x.mdx'])('%s names no branch', (story) => {
    expect(storyBranch(story).ok).toBe(false);
  });
});

describe('the editor’s name, as it goes into a commit message', () => {
  test('one line of visible text, trimmed', () => {
    expect(editorName('  Ada Lovelace ')).toEqual({ ok: true, value: 'Ada Lovelace' });
    expect(editorName('Zoë Côté-Tremblay')).toEqual({ ok: true, value: 'Zoë Côté-Tremblay' });
    expect(editorName('x'.repeat(80)).ok).toBe(true);
  });
  test.each([
    ['', 'your name is empty'],
    ['   ', 'your name is empty'],
    ['x'.repeat(81), 'your name is longer than 80 characters'],
    ['Ada\nSigned-off-by: Mallory', 'your name must be one line'],
    ['Ada\rLovelace', 'your name must be one line'],
    ['Ada\u2028Lovelace', 'your name must be one line'],
    ['Ada\u0007', 'your name holds U+0007 (a control character): delete it'],
    ['Ada \u202eecalevoL', 'your name holds U+202E (RIGHT-TO-LEFT OVERRIDE): delete it'],
    ['\u200b\u200b', 'your name is only invisible characters'],
  ])('%j is refused: %s', (name, error) => {
    const checked = editorName(name);
    expect(checked.ok).toBe(false);
    expect(!checked.ok && checked.error).toMatch(new RegExp(`^${error.replace(/[()+]/g, '\\$&')}`));
  });
});

describe('the names the desk answers to', () => {
  test('loopback always; DESK_HOSTS adds names and addresses, lower case, IPv6 in brackets', () => {
    expect(deskHosts(undefined)).toEqual({ ok: true, value: ['127.0.0.1', 'localhost', '[::1]'] });
    expect(deskHosts('Desk.Newsroom.lan, 192.168.1.20,fe80::1,[2001:db8::2],localhost')).toEqual({ ok: true, value: ['127.0.0.1', 'localhost', '[::1]', 'desk.newsroom.lan', '192.168.1.20', '[fe80::1]', '[2001:db8::2]'] });
  });
  test.each(['desk.lan:3001', 'http://desk.lan', 'desk.lan/desk', '*.lan', 'desk lan', '-desk.lan'])('DESK_HOSTS=%s is refused', (value) => {
    const hosts = deskHosts(value);
    expect(hosts.ok).toBe(false);
    expect(!hosts.ok && hosts.error).toContain(`found "${value}"`);
  });
  test('a Host header is compared by its name, without the port', () => {
    expect(hostName('127.0.0.1:3001')).toBe('127.0.0.1');
    expect(hostName('Desk.Newsroom.LAN')).toBe('desk.newsroom.lan');
    expect(hostName('[::1]:3001')).toBe('[::1]');
    expect(hostName('::1')).toBe('[::1]');
    for (const bad of ['', 'evil.example:x', 'a:1:2:z', 'desk.lan:3001:1', 'user@desk.lan']) expect(hostName(bad)).toBeUndefined();
  });
  test('loopback and wildcard addresses to listen on', () => {
    for (const host of ['127.0.0.1', '127.1.2.3', 'localhost', '::1', '[::1]']) expect(isLoopback(host)).toBe(true);
    for (const host of ['0.0.0.0', '192.168.1.20', 'desk.lan', '::']) expect(isLoopback(host)).toBe(false);
    for (const host of ['0.0.0.0', '::', '[::]']) expect(isWildcard(host)).toBe(true);
    expect(isWildcard('192.168.1.20')).toBe(false);
  });
});

describe('DESK_PASSWORD', () => {
  test('optional; when set, at least 12 characters', () => {
    expect(deskPassword(undefined)).toEqual({ ok: true, value: undefined });
    expect(deskPassword('')).toEqual({ ok: true, value: undefined });
    expect(deskPassword('correct horse')).toEqual({ ok: true, value: 'correct horse' });
    expect(deskPassword('hunter2')).toEqual({ ok: false, error: 'DESK_PASSWORD: expected at least 12 characters, found 7' });
  });
});
