import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, test, vi } from 'vitest';
import { publishedState, unpublishedFiles } from '@/app/desk/_server/unpublished';
import { IDENTITY, fixtureRepo } from './fixture-repo';

/**
 * What the desk says is saved but not published, on a copy of the fixture site in a temporary git
 * repository: each story against the branch it is published on, each chart against the branch
 * checked out, whatever git itself calls changed (staged, untracked) on the way.
 */

const STORY = 'stories/widgets-by-the-numbers.mdx';
const OTHER = 'stories/a-note-on-orders.mdx';
const CHART = 'data/widget-orders.json';
let tmp: string;
let repo: string;

const git = (...args: string[]) => execFileSync('git', args, { cwd: repo, encoding: 'utf8', env: { ...process.env, ...IDENTITY } }).trim();
const file = (rel: string) => path.join(repo, 'content', rel);
const read = (rel: string) => fs.readFileSync(file(rel), 'utf8');
const append = (rel: string, more: string) => fs.writeFileSync(file(rel), read(rel) + more);
const sha = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');
const all = () => {
  const files = fs.readdirSync(path.join(repo, 'content'), { recursive: true, encoding: 'utf8' }).filter((f) => /\.(mdx|json)$/.test(f)).map((f) => f.split(path.sep).join('/'));
  return unpublishedFiles(files.filter((f) => f.startsWith('stories/')), files.filter((f) => f.startsWith('data/')));
};

beforeAll(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'desk-unpublished-'));
});
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

beforeEach((context) => {
  repo = path.join(tmp, context.task.id);
  fixtureRepo(repo);
  vi.stubEnv('CONTENT_DIR', path.join(repo, 'content'));
  vi.stubEnv('DESK_BRANCHES', '');
});
afterEach(() => vi.unstubAllEnvs());

describe('saved but not published', () => {
  test('on the branch checked out: an edited story, an edited chart and a new story, and nothing else; a commit clears them', async () => {
    expect([...(await all())]).toEqual([]);
    append(STORY, '\nA line.\n');
    append(CHART, '\n');
    fs.writeFileSync(file('stories/fr/nouvelle.mdx'), '---\ntitle: "Nouvelle"\n---\n');
    // Staged is not published either.
    git('add', path.join('content', CHART));
    expect([...(await all())].sort()).toEqual([CHART, 'stories/fr/nouvelle.mdx', STORY]);
    git('add', '-A');
    git('commit', '-q', '-m', 'Published');
    expect([...(await all())]).toEqual([]);
  });

  test('with DESK_BRANCHES=story: a story against its own desk/<slug> branch, or HEAD before it has one; charts are no branch’s own', async () => {
    vi.stubEnv('DESK_BRANCHES', 'story');
    append(STORY, '\nPublished on its branch.\n');
    append(OTHER, '\nNot published.\n');
    append(CHART, '\n');
    // STORY's text as it is now, committed on desk/widgets-by-the-numbers alone (as the desk's Publish does).
    git('checkout', '-q', '-b', 'desk/widgets-by-the-numbers');
    git('commit', '-q', '-m', 'Publish', '--', path.join('content', STORY));
    const onBranch = read(STORY);
    git('checkout', '-q', 'main');
    // Back on main, the working tree has the text desk/widgets-by-the-numbers holds, as after a Publish.
    fs.writeFileSync(file(STORY), onBranch);
    expect([...(await all())]).toEqual([OTHER]);
  });

  test('the editor’s view of a story: its committed text’s hash, null when never committed, and whether a chart it shows is changed', async () => {
    const committed = read(STORY);
    append(STORY, '\nUnsaved? No: saved, not published.\n');
    // The charts the story shows, as the content model lists them: widget-orders, and exports-vs-output.
    const story = () => ({ charts: ['widget-orders', 'exports-vs-output'], figures: [] });
    expect(await publishedState(STORY, story())).toEqual({ hash: sha(committed), data: false });
    // A chart it shows, changed: Publish would commit it with the story. One it does not show: no.
    append('data/widget-output.json', '\n');
    expect(await publishedState(STORY, story())).toEqual({ hash: sha(committed), data: false });
    append(CHART, '\n');
    expect(await publishedState(STORY, story())).toEqual({ hash: sha(committed), data: true });
    fs.writeFileSync(file('stories/brand-new.mdx'), 'text');
    expect(await publishedState('stories/brand-new.mdx', undefined)).toEqual({ hash: null, data: false });
  });

  test('outside a repository the desk cannot tell, and says nothing rather than something false', async () => {
    fs.rmSync(path.join(repo, '.git'), { recursive: true, force: true });
    append(STORY, '\nA line.\n');
    vi.stubEnv('GIT_CEILING_DIRECTORIES', tmp);
    expect(await publishedState(STORY, undefined)).toBeUndefined();
    expect([...(await all())]).toEqual([]);
  });
});
