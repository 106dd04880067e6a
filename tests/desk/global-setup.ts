import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { NEXT_TEST_ENV, copySite, stop } from '../build/site-copy';
import { PASSWORD_DESK } from './password-desk';

/**
 * One `npm run desk` for every desk test file (a cold start of next dev costs half a minute), over a
 * copy of the fixture site in its own git repository. Each file uses its own stories or restores
 * what it changes. The desk's output goes to a log file that tests may read.
 */
export default async function setup(project: TestProject) {
  const port = Number(process.env.DESK_PORT ?? 4711);
  const origin = `http://127.0.0.1:${port}`;
  const site = copySite('desk');
  // The temporary repository's .git lives outside the copy: a .git inside it would make Turbopack take
  // the copy for the workspace root and refuse the node_modules above it.
  const gitDir = fs.mkdtempSync(path.join(os.tmpdir(), 'desk-git-'));
  const gitEnv = { GIT_DIR: gitDir, GIT_WORK_TREE: site.dir, GIT_AUTHOR_NAME: 'Desk Test', GIT_AUTHOR_EMAIL: 'desk@example.org', GIT_COMMITTER_NAME: 'Desk Test', GIT_COMMITTER_EMAIL: 'desk@example.org' };
  for (const args of [['init', '-q', '-b', 'main'], ['add', '-A'], ['commit', '-q', '-m', 'The fixture site']]) {
    const result = site.run('git', args, gitEnv);
    if (result.status !== 0) throw new Error(`git ${args.join(' ')}: ${result.output}`);
  }
  // A bare repository as the copy's origin, so that Publish pushes (tests/desk/git.test.ts).
  const remote = fs.mkdtempSync(path.join(os.tmpdir(), 'desk-remote-'));
  const bare = spawnSync('git', ['init', '-q', '--bare', remote], { encoding: 'utf8' });
  if (bare.status !== 0) throw new Error(`git init --bare: ${bare.stderr}`);
  const added = site.run('git', ['remote', 'add', 'origin', remote], gitEnv);
  if (added.status !== 0) throw new Error(`git remote add: ${added.output}`);
  const env: NodeJS.ProcessEnv = { ...process.env, ...gitEnv, PATH: `${path.resolve('node_modules/.bin')}${path.delimiter}${process.env.PATH}`, ...NEXT_TEST_ENV, DESK_EDITOR: 'Test Editor' };
  for (const name of ['CONTENT_DIR', 'OUT_DIR', 'EXPORT_DIR', 'DESK', 'PORT']) delete env[name];
  // Beside the repository, outside the copy that next dev watches.
  const logFile = path.join(gitDir, 'desk.log');
  const log = fs.openSync(logFile, 'a');
  const desk = spawn('node', ['scripts/desk.mjs', '--port', String(port)], { cwd: site.dir, env, stdio: ['ignore', log, log], detached: true });

  // The second desk of tests/desk/git.test.ts, with a password and a name of its own, on its own copy
  // (two next dev cannot share a folder), outside any git repository. Started now, beside the first:
  // a cold next dev leaves one core mostly idle, and the second start fills it.
  const locked = copySite('desk-password');
  const lockedEnv: NodeJS.ProcessEnv = { ...process.env, PATH: env.PATH, ...NEXT_TEST_ENV, DESK_PASSWORD: PASSWORD_DESK.password, DESK_HOSTS: PASSWORD_DESK.host, GIT_CEILING_DIRECTORIES: path.dirname(locked.dir) };
  for (const name of ['CONTENT_DIR', 'OUT_DIR', 'EXPORT_DIR', 'DESK', 'PORT', 'HOST', 'GIT_DIR', 'GIT_WORK_TREE', 'DESK_BRANCHES', 'DESK_EDITOR']) delete lockedEnv[name];
  const lockedLog = path.join(gitDir, 'desk-password.log');
  const lockedFd = fs.openSync(lockedLog, 'a');
  const second = spawn('node', ['scripts/desk.mjs', '--port', String(port + 1)], { cwd: locked.dir, env: lockedEnv, stdio: ['ignore', lockedFd, lockedFd], detached: true });

  const stopAll = () => {
    stop(desk);
    stop(second);
  };
  try {
    await Promise.all([answers(`${origin}/desk/`, logFile), answers(`http://127.0.0.1:${port + 1}/desk/login/`, lockedLog)]);
  } catch (error) {
    stopAll();
    throw error;
  }
  // The second desk compiles its pages in the background, while the first desk's tests run: signed
  // in, its home and an editor. Its own test then finds them ready; a failure here shows there.
  void warm(`http://127.0.0.1:${port + 1}`);
  project.provide('desk', { dir: site.dir, gitDir, port, logFile, remote });
  return () => {
    stopAll();
    fs.closeSync(log);
    fs.closeSync(lockedFd);
    fs.rmSync(gitDir, { recursive: true, force: true });
    fs.rmSync(remote, { recursive: true, force: true });
  };
}

/** Signs in to the desk at `origin` and asks for its home and an editor, so that next dev compiles them. */
async function warm(origin: string) {
  try {
    const signIn = await fetch(`${origin}/desk/api/login/`, { method: 'POST', redirect: 'manual', headers: { Origin: origin, 'Content-Type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams({ password: PASSWORD_DESK.password }) });
    const cookie = (signIn.headers.get('set-cookie') ?? '').split(';')[0];
    for (const page of ['/desk/', '/desk/edit/?file=stories/the-widget-standoff.mdx']) await fetch(`${origin}${page}`, { headers: { Cookie: cookie } }).then((r) => r.arrayBuffer());
  } catch {
    // The desk's own test finds what is wrong.
  }
}

/** Waits until `url` answers 200: within a minute, or the error says what the desk printed. */
async function answers(url: string, logFile: string) {
  for (let i = 0; ; i++) {
    if ((await fetch(url).then((r) => r.status, () => 0)) === 200) return;
    if (i > 120) throw new Error(`npm run desk did not answer ${url} within a minute:\n${fs.readFileSync(logFile, 'utf8')}`);
    await new Promise((r) => setTimeout(r, 500));
  }
}

declare module 'vitest' {
  export interface ProvidedContext {
    desk: { dir: string; gitDir: string; port: number; logFile: string; remote: string };
  }
}
