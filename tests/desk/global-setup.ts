import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { NEXT_TEST_ENV, copySite, stop } from '../build/site-copy';

/** The desk's password, and a name it may be reached by besides loopback (tests/desk/git.test.ts). */
export const PASSWORD = 'correct horse battery';
export const DESK_NAME = 'desk.newsroom.test';

/**
 * One `npm run desk` for every desk test file (a cold start of next dev costs half a minute), over a
 * copy of the fixture site in its own git repository. Each file uses its own stories or restores
 * what it changes. The desk's output goes to a log file that tests may read. It asks for a password,
 * as a desk a newsroom reaches over its network does: signed in here once, the tests' tabs and
 * requests carry the session (harness.ts), and git.test.ts signs in from a browser. (A second desk
 * for that test alone cost a cold start and compile, about 25 s of the desk step.)
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
  const env: NodeJS.ProcessEnv = { ...process.env, ...gitEnv, PATH: `${path.resolve('node_modules/.bin')}${path.delimiter}${process.env.PATH}`, ...NEXT_TEST_ENV, DESK_EDITOR: 'Test Editor', DESK_PASSWORD: PASSWORD, DESK_HOSTS: DESK_NAME };
  for (const name of ['CONTENT_DIR', 'OUT_DIR', 'EXPORT_DIR', 'DESK', 'PORT', 'HOST', 'DESK_BRANCHES']) delete env[name];
  // Beside the repository, outside the copy that next dev watches.
  const logFile = path.join(gitDir, 'desk.log');
  const log = fs.openSync(logFile, 'a');
  const desk = spawn('node', ['scripts/desk.mjs', '--port', String(port)], { cwd: site.dir, env, stdio: ['ignore', log, log], detached: true });
  for (let i = 0; ; i++) {
    const status = await fetch(`${origin}/desk/login/`).then((r) => r.status, () => 0);
    if (status === 200) break;
    if (i > 120) {
      stop(desk);
      throw new Error(`npm run desk did not answer within a minute:\n${fs.readFileSync(logFile, 'utf8')}`);
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  // Signed in as the login form does: the session is the cookie the answer sets.
  const login = await fetch(`${origin}/desk/api/login/`, { method: 'POST', redirect: 'manual', headers: { Origin: origin, 'Content-Type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams({ password: PASSWORD }) });
  const session = /^desk-session=([^;]+);/.exec(login.headers.get('set-cookie') ?? '')?.[1];
  if (login.status !== 303 || !session) {
    stop(desk);
    throw new Error(`signing in to the desk: ${login.status} ${login.headers.get('set-cookie')}`);
  }
  project.provide('desk', { dir: site.dir, gitDir, port, logFile, remote, session });
  return () => {
    stop(desk);
    fs.closeSync(log);
    fs.rmSync(gitDir, { recursive: true, force: true });
    fs.rmSync(remote, { recursive: true, force: true });
  };
}

declare module 'vitest' {
  export interface ProvidedContext {
    desk: { dir: string; gitDir: string; port: number; logFile: string; remote: string; session: string };
  }
}
