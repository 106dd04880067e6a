import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, test, vi } from 'vitest';
import { fileHistory } from '@/app/desk/_server/git';
import { POST as publish } from '@/app/desk/api/publish/route.dev';
import { IDENTITY, fixtureRepo } from './fixture-repo';

/**
 * Publish, called as the desk's route with Request objects, on a copy of the fixture site in a
 * temporary git repository: on the branch checked out or on desk/<slug>, without touching anything
 * else the editor has in the working tree or the index, and pushed when a remote is configured.
 */

const STORY = 'stories/widgets-by-the-numbers.mdx';
const ORIGIN = 'http://127.0.0.1:3001';
let tmp: string;
let repo: string;

const git = (...args: string[]) => execFileSync('git', args, { cwd: repo, encoding: 'utf8', env: { ...process.env, ...IDENTITY } }).trim();
const file = (rel: string) => path.join(repo, 'content', rel);
const hash = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

/** What the editor's browser sends: the desk's origin, and the name typed in the desk as a cookie. */
async function post(body: Record<string, unknown>, cookie = 'desk-editor=Ada%20Lovelace') {
  const response = await publish(new Request(`${ORIGIN}/desk/api/publish/`, { method: 'POST', headers: { host: '127.0.0.1:3001', origin: ORIGIN, 'content-type': 'application/json', cookie }, body: JSON.stringify(body) }));
  return { status: response.status, data: (await response.json()) as Record<string, unknown> };
}

/**
 * Saves an edit to the story, as the desk's Save would, and returns what Publish is asked with. The
 * fixture story is live, so each edit is sent as a small fix (the editor's word): what these tests
 * check is git's side; the question itself is tested below and in the desk.
 */
function edit(line: string) {
  const text = fs.readFileSync(file(STORY), 'utf8') + `\n${line}\n`;
  fs.writeFileSync(file(STORY), text);
  return { path: STORY, base: hash(text), smallFix: true };
}

beforeAll(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'desk-publish-'));
});
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

beforeEach((context) => {
  repo = path.join(tmp, context.task.id);
  fixtureRepo(repo, { 'notes.txt': 'work in progress\n' });
  vi.stubEnv('DESK', '1');
  vi.stubEnv('CONTENT_DIR', path.join(repo, 'content'));
  vi.stubEnv('DESK_EDITOR', '');
  vi.stubEnv('DESK_BRANCHES', '');
  vi.stubEnv('DESK_PASSWORD', '');
  vi.stubEnv('DESK_HOSTS', '');
  for (const [key, value] of Object.entries(IDENTITY)) vi.stubEnv(key, value);
});
afterEach(() => {
  vi.unstubAllEnvs();
});

describe('publishing on desk/<slug> (DESK_BRANCHES=story)', () => {
  test('commits the story and its data files there, leaving the checked-out branch, the index and the working tree as they were', async () => {
    vi.stubEnv('DESK_BRANCHES', 'story');
    // The editor's other work: a staged change and an unstaged one.
    fs.writeFileSync(path.join(repo, 'notes.txt'), 'staged\n');
    git('add', 'notes.txt');
    fs.writeFileSync(path.join(repo, 'notes.txt'), 'staged, then changed again\n');
    const body = edit('A line published on its own branch.');
    const head = git('rev-parse', 'HEAD');
    const status = git('status', '--porcelain');
    const index = git('ls-files', '--stage');

    const { status: code, data } = await post(body);
    expect(code).toBe(200);
    expect(data).toMatchObject({ published: STORY, branch: 'desk/widgets-by-the-numbers', pushed: null, editor: 'Ada Lovelace' });
    expect(data.files).toEqual(['content/stories/widgets-by-the-numbers.mdx', 'content/data/exports-vs-output.json', 'content/data/fr/exports-vs-output.json', 'content/data/widget-orders.json', 'content/data/fr/widget-orders.json']);
    const commit = String(data.commit);
    expect(git('rev-parse', 'desk/widgets-by-the-numbers')).toBe(commit);
    expect(git('rev-parse', `${commit}^`)).toBe(head);
    expect(git('show', '-s', '--format=%B', commit)).toBe(`Publish ${STORY}\n\nEdited by Ada Lovelace in the desk.\nA small fix to a live story, with no correction, on the editor’s word.`);
    expect(git('show', `${commit}:content/${STORY}`) + '\n').toBe(fs.readFileSync(file(STORY), 'utf8'));
    expect(git('diff', '--name-only', head, commit)).toBe(`content/${STORY}`);
    // Nothing else moved.
    expect([git('symbolic-ref', 'HEAD'), git('rev-parse', 'HEAD'), git('status', '--porcelain'), git('ls-files', '--stage')]).toEqual(['refs/heads/main', head, status, index]);
    expect(fs.readFileSync(path.join(repo, 'notes.txt'), 'utf8')).toBe('staged, then changed again\n');

    // Again, unchanged: nothing to commit. Changed: a commit on top of the branch, not of main.
    expect((await post(body)).data).toMatchObject({ commit: null, note: 'Nothing to commit: already published on desk/widgets-by-the-numbers as it is.' });
    const next = await post(edit('And a second one.'));
    expect(git('rev-parse', `${String(next.data.commit)}^`)).toBe(commit);
    expect(git('rev-parse', 'HEAD')).toBe(head);
  });

  test('a French story goes to desk/fr/<slug>', async () => {
    vi.stubEnv('DESK_BRANCHES', 'story');
    const rel = 'stories/fr/les-gadgets-en-chiffres.mdx';
    const text = fs.readFileSync(file(rel), 'utf8') + '\nUne ligne.\n';
    fs.writeFileSync(file(rel), text);
    // A live story, changed with no correction: held, with the time it went live, and nothing
    // committed (desk/fr/<slug> does not exist yet: the live version is the one on HEAD).
    const held = await post({ path: rel, base: hash(text) });
    expect(held).toMatchObject({ status: 409, data: { live: expect.stringMatching(/^\d{4}-\d\d-\d\dT/), error: expect.stringMatching(/^Your change is not published yet\. This story is live/) } });
    expect(git('branch', '--list', 'desk/*')).toBe('');
    // On the editor's word that it is a small fix, it goes, and the commit says so.
    const { status, data } = await post({ path: rel, base: hash(text), smallFix: true });
    expect([status, data.branch]).toEqual([200, 'desk/fr/les-gadgets-en-chiffres']);
    expect(git('show', '-s', '--format=%b', String(data.commit)).trim()).toBe('Edited by Ada Lovelace in the desk.\nA small fix to a live story, with no correction, on the editor’s word.');
  });
});

describe('publishing on the branch checked out (the default)', () => {
  test('one commit on it, with the editor’s name; the story is then clean in git status, and other staged work stays staged', async () => {
    fs.writeFileSync(path.join(repo, 'notes.txt'), 'staged\n');
    git('add', 'notes.txt');
    const head = git('rev-parse', 'HEAD');
    const { status, data } = await post({ ...edit('Published on main.'), editor: 'Zoë Côté' });
    expect(status).toBe(200);
    expect(data).toMatchObject({ branch: 'main', editor: 'Zoë Côté' });
    expect(git('rev-parse', 'HEAD')).toBe(data.commit);
    expect(git('rev-parse', 'HEAD^')).toBe(head);
    expect(git('show', '-s', '--format=%B', 'HEAD')).toBe(`Publish ${STORY}\n\nEdited by Zoë Côté in the desk.\nA small fix to a live story, with no correction, on the editor’s word.`);
    expect(git('status', '--porcelain')).toBe('M  notes.txt');
  });

  test('with an error in another file, the story is still published, and the answer names that file: the site’s build waits for it', async () => {
    const { data: clean } = await post(edit('Published with every file clean.'));
    expect(clean).not.toHaveProperty('elsewhere');
    const other = file('stories/fr/une-note-sur-les-commandes.mdx');
    fs.writeFileSync(other, fs.readFileSync(other, 'utf8').replace(/\n\n([^\n]+)/, '\n\nTK $1'));
    const { status, data } = await post(edit('Published while a French story has a placeholder.'));
    expect(status).toBe(200);
    expect(git('rev-parse', 'HEAD')).toBe(data.commit);
    expect(data.elsewhere).toEqual([expect.stringMatching(/content\/stories\/fr\/une-note-sur-les-commandes\.mdx$/)]);
  });

  test('in a repository without commits, the first commit', async () => {
    fs.rmSync(path.join(repo, '.git'), { recursive: true });
    git('init', '-q', '-b', 'main');
    const { status, data } = await post(edit('First.'));
    expect(status).toBe(200);
    expect(git('rev-list', '--count', 'HEAD')).toBe('1');
    expect(git('show', '--name-only', '--format=', 'HEAD').split('\n')).toContain(`content/${STORY}`);
    expect(data.commit).toBe(git('rev-parse', 'HEAD'));
  });

  test('on a detached HEAD, it says what to do', async () => {
    git('checkout', '-q', '--detach');
    const { status, data } = await post(edit('Detached.'));
    expect(status).toBe(409);
    expect(data.error).toBe('Not published: the repository is not on a branch (a detached HEAD): check out a branch, or start the desk with DESK_BRANCHES=story.');
  });
});

describe('pushing', () => {
  test('to origin when there is one, the branch committed to', async () => {
    const bare = path.join(tmp, `${path.basename(repo)}-remote.git`);
    execFileSync('git', ['init', '-q', '--bare', bare]);
    git('remote', 'add', 'origin', bare);
    vi.stubEnv('DESK_BRANCHES', 'story');
    const { status, data } = await post(edit('Pushed.'));
    expect([status, data.pushed, data.error]).toEqual([200, 'origin', undefined]);
    expect(execFileSync('git', ['--git-dir', bare, 'rev-parse', 'refs/heads/desk/widgets-by-the-numbers'], { encoding: 'utf8' }).trim()).toBe(data.commit);
  });

  test('to the branch’s upstream when it has one', async () => {
    const bare = path.join(tmp, `${path.basename(repo)}-upstream.git`);
    execFileSync('git', ['init', '-q', '--bare', bare]);
    git('remote', 'add', 'newsroom', bare);
    git('config', 'branch.main.remote', 'newsroom');
    git('config', 'branch.main.merge', 'refs/heads/trunk');
    const { data } = await post(edit('Upstream.'));
    expect(data.pushed).toBe('newsroom');
    expect(execFileSync('git', ['--git-dir', bare, 'rev-parse', 'refs/heads/trunk'], { encoding: 'utf8' }).trim()).toBe(data.commit);
  });

  test('a push that fails is reported, and the commit is kept', async () => {
    git('remote', 'add', 'origin', path.join(tmp, 'no-such-remote.git'));
    const { status, data } = await post(edit('Not pushed.'));
    expect(status).toBe(502);
    const commit = String(data.commit);
    expect(git('rev-parse', 'HEAD')).toBe(commit);
    expect(data.error).toMatch(new RegExp(`^Committed as ${commit.slice(0, 7)} on main, but it could not be sent to origin, the shared repository, so the site does not have it yet \\(git said: .*no-such-remote.*\\)\\. Nothing is lost: the commit is kept here\\. Whoever runs the desk can send it with git push origin main\\.$`));
  });
});

describe('what Publish refuses, in words', () => {
  test('no name: none typed, none sent, no DESK_EDITOR', async () => {
    const { status, data } = await post(edit('x'), '');
    expect(status).toBe(400);
    expect(data.error).toBe('Not published: no name given. Type your name under "Your name" (it goes in the commit message), or start the desk with DESK_EDITOR set.');
    vi.stubEnv('DESK_EDITOR', 'Desk Editor');
    expect((await post(edit('y'), '')).status).toBe(200);
  });

  test('a name of two lines, or with a control character, whether typed or sent', async () => {
    const head = git('rev-parse', 'HEAD');
    expect((await post(edit('x'), 'desk-editor=Ada%0ASigned-off-by%3A%20Mallory')).data.error).toMatch(/^Not published: your name must be one line\./);
    expect((await post({ ...edit('y'), editor: 'Ada\u001b[31m' })).data.error).toMatch(/^Not published: your name holds U\+001B/);
    expect((await post(edit('z'), 'desk-editor=%E0%A4%A')).data.error).toMatch(/^Not published: your name, as kept by the browser, is not readable\./);
    expect(git('rev-parse', 'HEAD')).toBe(head);
  });

  test('an unknown DESK_BRANCHES', async () => {
    vi.stubEnv('DESK_BRANCHES', 'per-story');
    const { status, data } = await post(edit('x'));
    expect(status).toBe(500);
    expect(data.error).toBe('Not published: DESK_BRANCHES: expected "current" (commit on the branch checked out) or "story" (commit on desk/<slug>), found "per-story".');
  });

  test('no git repository', async () => {
    fs.rmSync(path.join(repo, '.git'), { recursive: true });
    const { status, data } = await post(edit('x'));
    expect([status, data.error]).toEqual([500, 'Not published: the desk does not run in a git repository.']);
  });
});

describe('a file’s history', () => {
  test('the commits that changed it, newest first, with date, author, subject and short hash', async () => {
    await post(edit('One.'));
    await post(edit('Two.'), 'desk-editor=Grace%20Hopper');
    const history = await fileHistory(file(STORY), { cwd: repo });
    expect('entries' in history && history.rev).toBe('main');
    const entries = 'entries' in history ? history.entries : [];
    expect(entries.map((e) => e.subject)).toEqual([`Publish ${STORY}`, `Publish ${STORY}`, 'The fixture site']);
    expect(entries[0]).toMatchObject({ author: 'Desk Test', hash: git('rev-parse', 'HEAD'), short: git('rev-parse', '--short', 'HEAD') });
    // Who edited, as the desk's commit message says, beside git's author (whoever runs the desk); none for a commit made by hand.
    expect(entries.map((e) => e.editor)).toEqual(['Grace Hopper', 'Ada Lovelace', undefined]);
    expect(entries[0].date).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d[+-]\d\d:\d\d$/);
    expect('entries' in (await fileHistory(file('stories/a-note-on-orders.mdx'), { cwd: repo })) && (await fileHistory(file('stories/a-note-on-orders.mdx'), { cwd: repo }))).toMatchObject({ entries: [{ subject: 'The fixture site' }] });
  });

  test('at most 20, following a rename', async () => {
    for (let i = 0; i < 21; i++) {
      edit(`Line ${i}.`);
      git('commit', '-q', '-am', `Edit ${i}`);
    }
    git('mv', `content/${STORY}`, 'content/stories/renamed.mdx');
    git('commit', '-q', '-m', 'Rename');
    const history = await fileHistory(file('stories/renamed.mdx'), { cwd: repo });
    expect('entries' in history && history.entries.length).toBe(20);
    expect('entries' in history && history.entries[0].subject).toBe('Rename');
  });

  test('not committed yet; no commits yet; no repository', async () => {
    fs.writeFileSync(file('stories/new.mdx'), 'new');
    expect(await fileHistory(file('stories/new.mdx'), { cwd: repo })).toEqual({ entries: [], rev: 'main' });
    fs.rmSync(path.join(repo, '.git'), { recursive: true });
    expect(await fileHistory(file(STORY), { cwd: repo })).toEqual({ unavailable: 'No history: the desk does not run in a git repository.' });
    git('init', '-q', '-b', 'main');
    expect(await fileHistory(file(STORY), { cwd: repo })).toEqual({ unavailable: 'No history yet: the repository has no commits.' });
  });
});

describe('when git is busy', () => {
  test('a locked index on the branch checked out: the commit is kept, and the editor is told what to run', async () => {
    const body = edit('Index locked.');
    fs.writeFileSync(path.join(repo, '.git', 'index.lock'), '');
    const { status, data } = await post(body);
    fs.rmSync(path.join(repo, '.git', 'index.lock'));
    expect(status).toBe(500);
    const commit = String(data.commit);
    expect(git('rev-parse', 'HEAD')).toBe(commit);
    expect(data.error).toMatch(new RegExp(`^Committed as ${commit.slice(0, 7)} on main, but git's index could not follow it \\(git said .*index\\.lock.*\\): run git reset -- content/${STORY} content/data/exports-vs-output\\.json .* before you commit anything by hand\\. Not pushed\\.$`));
  });
});
