import { execFileSync, spawnSync } from 'node:child_process';
import { chromium, type Browser } from '@playwright/test';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { DESK_NAME, PASSWORD } from './global-setup';
import { deskSession, source, WHEN } from './harness';

/**
 * Publishing through git in the browser, over the shared desk (whose copy of the site has a bare
 * repository as origin): the name the editor types goes into the commit message, the commit is
 * pushed, and the story's history shows it. Then signing in from a browser: the desk asks for a
 * password, and is reached by a name of its own (global-setup.ts). Branches, push failures and the
 * session rules are tested on the route handlers themselves (tests/unit/desk/git-publish.test.ts,
 * auth.test.ts).
 */

const { ORIGIN, port, site, git, tab } = deskSession();
const { remote } = inject('desk');
const STORY = 'stories/published-from-the-desk.mdx';
const FILE = `content/${STORY}`;
const STORY_TEXT = `---
title: "Published from the desk"
dek: "A fixture story of the desk's git test, written, saved and published from the browser."
byline:
  - Test Writer
published: 2021-06-18T09:00:00-04:00
tags:
  - canada
sources:
  - name: "Fixture report A: Homeland keeps its widgets"
    date: 2021-06-15
corrections: []
---

The desk commits this story with git and pushes the commit to the repository's origin.
`;

afterAll(() => {
  // The copy goes back to the fixture's stories, for the test files after this one.
  git('rm', '-q', '--', FILE);
  git('commit', '-q', '-m', 'Remove the git test’s story');
});

describe('publishing through git', () => {
  test('the typed name signs the commit, which is pushed to origin and shown in the story’s history', async () => {
    // A story of this file's own, committed as it would be by hand.
    site.write(FILE, STORY_TEXT);
    git('add', '--', FILE);
    git('commit', '-q', '-m', 'Add a story to publish from the desk');
    const added = git('rev-parse', '--short', 'HEAD');

    const page = await tab();
    await page.goto(`${ORIGIN}/desk/edit/?file=${STORY}`);
    const history = page.getByRole('region', { name: 'History on main' });
    expect((await history.getByRole('listitem').allInnerTexts()).map((t) => t.replace(/^.*? · /, ''))).toEqual([`Desk Test · Add a story to publish from the desk · ${added}`]);

    // The name, typed once (DESK_EDITOR, "Test Editor", is what it replaces).
    await page.getByLabel('Your name').fill('Ada Lovelace');
    await source(page).focus();
    await page.keyboard.press('Control+End');
    await page.keyboard.type('\nA line published from the desk.\n');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await expect.poll(() => page.getByRole('status').innerText(), { timeout: 15_000 }).toBe(`Saved ${STORY}.`);
    // A live story (published in 2021): the line is published as a small fix, on the editor's word.
    await page.getByRole('button', { name: 'Publish', exact: true }).click();
    await page.getByRole('button', { name: 'Publish as a small fix, with no correction' }).click();
    await expect.poll(() => page.getByRole('status').innerText(), { timeout: 20_000 }).toMatch(/^Published: commit [0-9a-f]{7} on main, pushed to origin\.$/);

    const commit = git('rev-parse', 'HEAD');
    expect(await page.getByRole('status').innerText()).toBe(`Published: commit ${commit.slice(0, 7)} on main, pushed to origin.`);
    expect(git('show', '-s', '--format=%B', 'HEAD')).toBe(`Publish ${STORY}\n\nEdited by Ada Lovelace in the desk.\nA small fix to a live story, with no correction, on the editor’s word.`);
    expect(execFileSync('git', ['--git-dir', remote, 'rev-parse', 'refs/heads/main'], { encoding: 'utf8' }).trim()).toBe(commit);

    // Opened again: the history has the commit on top, and the name is remembered.
    await page.reload();
    const entries = await history.getByRole('listitem').allInnerTexts();
    expect(entries).toHaveLength(2);
    // The editor who published, from the commit message (git's author is whoever runs the desk); the time as the desk writes times.
    expect(entries[0]).toMatch(new RegExp(`^${WHEN} · Ada Lovelace, in the desk · Publish ${STORY} · ${commit.slice(0, 7)}$`));
    expect(await history.locator('time').first().getAttribute('datetime')).toBe(git('show', '-s', '--format=%aI', 'HEAD'));
    expect(await page.getByLabel('Your name').inputValue()).toBe('Ada Lovelace');
  });
});

describe('npm run desk beyond this machine', () => {
  const desk = (args: string[], env: Record<string, string>) => {
    const clean = { ...process.env };
    for (const name of ['DESK_PASSWORD', 'DESK_HOSTS', 'DESK_BRANCHES', 'DESK_EDITOR', 'HOST']) delete clean[name];
    // Each refusal comes before next dev starts: nothing listens, and it exits at once.
    const result = spawnSync('node', ['scripts/desk.mjs', ...args], { cwd: site.dir, env: { ...clean, ...env }, encoding: 'utf8', timeout: 20_000 });
    return { status: result.status, output: `${result.stdout}${result.stderr}` };
  };

  test('refuses to listen on another address without DESK_PASSWORD, and refuses a short one, an unknown DESK_BRANCHES or a bad DESK_HOSTS', () => {
    const open = desk(['--host', '0.0.0.0', '--port', '4759'], {});
    expect(open.status).toBe(1);
    expect(open.output).toContain('npm run desk: listening on 0.0.0.0 lets other machines reach the desk, which writes to content/ and commits with git.\nSet a password first: DESK_PASSWORD=');
    expect(desk(['--port', '4759'], { HOST: '192.168.1.20' }).output).toContain('npm run desk: listening on 192.168.1.20');
    expect(desk(['--host', '0.0.0.0', '--port', '4759'], { DESK_PASSWORD: 'short' }).output).toContain('npm run desk: DESK_PASSWORD: expected at least 12 characters, found 5');
    expect(desk(['--port', '4759'], { DESK_BRANCHES: 'each' }).output).toContain('npm run desk: DESK_BRANCHES: expected "current"');
    expect(desk(['--port', '4759'], { DESK_HOSTS: 'http://desk.lan' }).output).toContain('npm run desk: DESK_HOSTS: expected host names or addresses');
  });
});

describe('the desk with its password, reached by a name of its own', () => {
  // The shared desk asks for a password and answers to DESK_NAME (global-setup.ts); this browser
  // has no session, and reaches the desk by that name, as an editor's would across the newsroom.
  const NAME = `http://${DESK_NAME}:${port}`;
  let shared: Browser | undefined;
  beforeAll(async () => {
    shared = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', `--host-resolver-rules=MAP ${DESK_NAME} 127.0.0.1`] });
  });
  afterAll(async () => {
    await shared?.close();
  });

  test('every page asks to sign in; a wrong password is refused; the right one opens the desk until Sign out', async () => {
    const refused = await fetch(`${ORIGIN}/desk/api/check/`, { method: 'POST', headers: { Origin: ORIGIN, 'Content-Type': 'application/json' }, body: '{"path":"stories/the-widget-standoff.mdx","text":""}' });
    expect(refused.status).toBe(401);

    const context = await shared!.newContext();
    const page = await context.newPage();
    await page.goto(`${NAME}/desk/edit/?file=stories/the-widget-standoff.mdx`);
    expect(page.url()).toBe(`${NAME}/desk/login/`);
    await page.getByLabel('Password').fill('not the password');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL(`${NAME}/desk/login/?failed=1`);
    expect(await page.getByText('Wrong password.').isVisible()).toBe(true);
    expect(await context.cookies()).toEqual([]);

    await page.getByLabel('Password').fill(PASSWORD);
    await page.keyboard.press('Enter');
    await page.waitForURL(`${NAME}/desk/`);
    expect((await context.cookies()).map(({ name, httpOnly, sameSite, path: at, secure }) => ({ name, httpOnly, sameSite, path: at, secure }))).toEqual([{ name: 'desk-session', httpOnly: true, sameSite: 'Strict', path: '/desk', secure: false }]);

    // The editor works under that name: next dev serves it its scripts (CodeMirror runs). A desk
    // outside a git repository says so in History (tests/unit/desk/git-publish.test.ts).
    await page.goto(`${NAME}/desk/edit/?file=stories/the-widget-standoff.mdx`);
    await expect.poll(() => source(page).count(), { timeout: 30_000 }).toBe(1);

    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.waitForURL(`${NAME}/desk/login/`);
    await page.goto(`${NAME}/desk/`);
    expect(page.url()).toBe(`${NAME}/desk/login/`);
    await context.close();
  });
});
