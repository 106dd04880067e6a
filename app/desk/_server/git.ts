import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/**
 * Every git call of the desk: git itself through execFile (never a shell), paths after `--`, a
 * timeout on each call. Publishing uses git's plumbing with a temporary index, so that a commit on
 * desk/<slug> leaves the editor's working tree, index and checked-out branch as they were, and a
 * commit on the current branch takes only the published files, whatever else is staged.
 */

export class GitError extends Error {}

/** Local calls answer at once; a push goes over the network (and may wait on a remote that hangs). */
const LOCAL_TIMEOUT = 15_000;
const PUSH_TIMEOUT = 60_000;

type Options = { cwd?: string; env?: Record<string, string>; timeout?: number };

/** git's output; a GitError with git's first line of complaint when it fails. */
export function git(args: string[], { cwd = process.cwd(), env, timeout = LOCAL_TIMEOUT }: Options = {}): Promise<string> {
  return new Promise((resolve, reject) => {
    // No prompt for a user name or password: nobody is at the terminal to answer it.
    const fullEnv = { ...process.env, ...env, GIT_TERMINAL_PROMPT: '0', LC_ALL: 'C' };
    execFile('git', args, { cwd, env: fullEnv, timeout, maxBuffer: 16 * 1024 * 1024, encoding: 'utf8' }, (error, stdout, stderr) => {
      if (!error) return resolve(stdout);
      const killed = (error as { killed?: boolean }).killed;
      const said = stderr.split('\n').map((line) => line.replace(/^(?:fatal|error): /, '').trim()).find(Boolean);
      reject(new GitError(killed ? `git ${args[0]} took longer than ${timeout / 1000} s` : said || error.message));
    });
  });
}

/** git's answer, or undefined when it fails (a ref that does not exist, a setting that is not set). */
const maybe = (args: string[], options?: Options) => git(args, options).then((out) => out.trim(), () => undefined);

export type Repository = { top: string; branch?: string; hasCommits: boolean };

/** The repository the desk runs in; a GitError in words when there is none. */
export async function repository(cwd = process.cwd()): Promise<Repository> {
  const top = await git(['rev-parse', '--show-toplevel'], { cwd }).catch((error: Error) => {
    throw new GitError(/not a git repository/i.test(error.message) ? 'the desk does not run in a git repository' : error.message);
  });
  const dir = top.trim();
  const [head, commit] = await Promise.all([maybe(['symbolic-ref', '-q', 'HEAD'], { cwd: dir }), maybe(['rev-parse', '-q', '--verify', 'HEAD^{commit}'], { cwd: dir })]);
  return { top: dir, branch: head?.replace(/^refs\/heads\//, ''), hasCommits: commit !== undefined };
}

/** A file's path inside the repository, with forward slashes. */
export function pathInRepository(top: string, file: string): string {
  const rel = path.relative(fs.realpathSync(top), fs.realpathSync(file));
  if (!rel || rel.startsWith('..') || path.isAbsolute(rel)) throw new GitError(`${file} is outside the repository (${top})`);
  return rel.split(path.sep).join('/');
}

/**
 * The file's text as last committed on `branch`, or on HEAD where the branch does not exist yet
 * (commitFiles starts it there); undefined for a file never committed.
 */
export async function committedText(top: string, branch: string, file: string): Promise<string | undefined> {
  const at = pathInRepository(top, file);
  for (const rev of [branch, 'HEAD']) {
    if ((await maybe(['rev-parse', '-q', '--verify', `${rev}^{commit}`], { cwd: top })) === undefined) continue;
    return git(['show', `${rev}:${at}`], { cwd: top }).catch(() => undefined);
  }
  return undefined;
}

export type Published = { branch: string; commit?: string; files: string[]; indexError?: string };

/**
 * Commits `files` (absolute paths, as they are on disk) on `branch`, on top of its tip, or of HEAD
 * when the branch does not exist yet. Nothing in the working tree or the editor's index changes,
 * except that on the branch checked out, the published files' index entries follow the new commit
 * (otherwise git status would show them as changes undoing it). commit is undefined when the
 * branch already holds these files as they are.
 */
export async function commitFiles({ top, branch, files, message, checkedOut }: { top: string; branch: string; files: string[]; message: string; checkedOut?: string }): Promise<Published> {
  const ref = `refs/heads/${branch}`;
  await git(['check-ref-format', '--branch', branch], { cwd: top }).catch(() => {
    throw new GitError(`"${branch}" is not a branch name git accepts`);
  });
  const tip = await maybe(['rev-parse', '-q', '--verify', `${ref}^{commit}`], { cwd: top });
  const parent = tip ?? (await maybe(['rev-parse', '-q', '--verify', 'HEAD^{commit}'], { cwd: top }));
  const paths = files.map((file) => pathInRepository(top, file));
  const temp = fs.mkdtempSync(path.join(os.tmpdir(), 'desk-index-'));
  const env = { GIT_INDEX_FILE: path.join(temp, 'index') };
  try {
    await git(parent ? ['read-tree', parent] : ['read-tree', '--empty'], { cwd: top, env });
    for (const [i, file] of files.entries()) {
      const blob = (await git(['hash-object', '-w', '--', file], { cwd: top })).trim();
      await git(['update-index', '--add', '--cacheinfo', `100644,${blob},${paths[i]}`], { cwd: top, env });
    }
    const tree = (await git(['write-tree'], { cwd: top, env })).trim();
    if (parent && tree === (await maybe(['rev-parse', `${parent}^{tree}`], { cwd: top }))) {
      // Nothing new; but a desk branch that did not exist yet is still made, so that it can be found.
      if (!tip) await git(['update-ref', '-m', 'desk: publish', ref, parent, ''], { cwd: top });
      return { branch, files: paths };
    }
    const commit = (await git(['commit-tree', tree, ...(parent ? ['-p', parent] : []), '-m', message], { cwd: top })).trim();
    // Compare and swap: if someone committed on the branch meanwhile, this fails and nothing is lost.
    await git(['update-ref', '-m', `desk: ${message.split('\n')[0]}`, ref, commit, tip ?? ''], { cwd: top });
    if (branch === checkedOut) {
      // The commit is made; if the index is locked (someone runs git meanwhile), say so rather than
      // fail: left behind, its old entries would make a later `git commit` undo the publish.
      const failed = await git(['reset', '-q', commit, '--', ...paths], { cwd: top }).then(() => undefined, (error: Error) => error.message);
      if (failed) return { branch, commit, files: paths, indexError: failed };
    }
    return { branch, commit, files: paths };
  } finally {
    fs.rmSync(temp, { recursive: true, force: true });
  }
}

/**
 * Where a branch is pushed: its upstream (branch.<name>.remote and .merge), or else the same name
 * on `origin` when there is one; undefined when no remote is configured.
 */
export async function pushTarget(top: string, branch: string): Promise<{ remote: string; ref: string } | undefined> {
  const remote = await maybe(['config', '--get', `branch.${branch}.remote`], { cwd: top });
  const merge = await maybe(['config', '--get', `branch.${branch}.merge`], { cwd: top });
  if (remote && remote !== '.' && merge) return { remote, ref: merge };
  const remotes = (await maybe(['remote'], { cwd: top }))?.split('\n') ?? [];
  return remotes.includes('origin') ? { remote: 'origin', ref: `refs/heads/${branch}` } : undefined;
}

export async function push(top: string, branch: string, target: { remote: string; ref: string }) {
  await git(['push', '--quiet', '--', target.remote, `refs/heads/${branch}:${target.ref}`], { cwd: top, timeout: PUSH_TIMEOUT });
}

/** `editor`: the name a desk Publish wrote in the message ("Edited by … in the desk."); git's author is whoever runs the desk. */
export type HistoryEntry = { hash: string; short: string; date: string; author: string; subject: string; editor?: string };
export type History = { entries: HistoryEntry[]; rev: string } | { unavailable: string };

/** The last `limit` commits that changed a file (following renames), on `rev` (a branch, or HEAD); or why there are none to show. */
export async function fileHistory(file: string, { rev, limit = 20, cwd = process.cwd() }: { rev?: string; limit?: number; cwd?: string } = {}): Promise<History> {
  let repo: Repository;
  try {
    repo = await repository(cwd);
  } catch (error) {
    return { unavailable: `No history: ${(error as Error).message}.` };
  }
  if (!repo.hasCommits) return { unavailable: 'No history yet: the repository has no commits.' };
  const at = rev ?? 'HEAD';
  // Fields split by the unit separator, records by the record separator: a subject may hold anything else.
  const format = ['%H', '%h', '%aI', '%an', '%s', '%b'].join('%x1f') + '%x1e';
  try {
    const out = await git(['log', '--follow', `-n${limit}`, `--format=${format}`, at, '--', pathInRepository(repo.top, file)], { cwd: repo.top });
    const entries = out.split('\x1e').map((record) => record.trim()).filter(Boolean).map((record) => {
      const [hash, short, date, author, subject, body = ''] = record.split('\x1f');
      const editor = /^Edited by (.+) in the desk\.$/m.exec(body)?.[1];
      return { hash, short, date, author, subject, ...(editor ? { editor } : {}) };
    });
    return { entries, rev: at === 'HEAD' ? (repo.branch ?? 'HEAD') : at };
  } catch (error) {
    return { unavailable: `No history: git said ${(error as Error).message}.` };
  }
}
