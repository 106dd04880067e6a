import fs from 'node:fs';
import path from 'node:path';
import { chartsShown } from '@/lib/content/story-file';
import type { StoryMeta } from '@/lib/content/story-file';
import { branchMode, storyBranch, type Checked } from './config';
import { contentRoot, hashOf } from './files';
import { committedText, git, pathInRepository, repository, type Repository } from './git';

/**
 * What Publish would change: a saved file that is not what its branch holds. An editor who saved
 * and did not publish (or whose Publish failed) sees it in the editor and on the desk's home, so
 * saved work does not wait unseen for a Publish nobody presses.
 */

/** The branch a story is published on: desk/<slug> (DESK_BRANCHES=story) or the branch checked out. */
export function publishBranch(rel: string, repo: Repository): Checked<string> {
  const mode = branchMode(process.env.DESK_BRANCHES);
  if (!mode.ok) return mode;
  if (mode.value === 'story') return storyBranch(rel);
  return repo.branch ? { ok: true, value: repo.branch } : { ok: false, error: 'the repository is not on a branch (a detached HEAD): check out a branch, or start the desk with DESK_BRANCHES=story' };
}

/** The data files a Publish of `story` commits with it (content-root paths): each chart it shows, in both editions, that exists. */
export function dataFilesOf(story: Pick<StoryMeta, 'charts' | 'figures'> | undefined): string[] {
  return (story ? chartsShown(story) : []).flatMap((id) => [`data/${id}.json`, `data/fr/${id}.json`]).filter((rel) => fs.existsSync(path.join(contentRoot(), rel)));
}

/** The branches of the repository: a Publish on one that does not exist yet starts from HEAD (commitFiles). */
async function branchesOf(top: string): Promise<Set<string>> {
  const refs = await git(['for-each-ref', '--format=%(refname)', 'refs/heads/'], { cwd: top });
  return new Set(refs.split('\n').filter(Boolean).map((ref) => ref.replace(/^refs\/heads\//, '')));
}

/** Where a Publish on `branch` starts: the branch, or HEAD where it does not exist yet. */
const startOf = (branch: string, branches: Set<string>) => (branches.has(branch) ? `refs/heads/${branch}` : 'HEAD');

/** The blobs `start` holds in the folders of `paths` (repository paths), by path; none in a repository without commits. */
async function committedBlobs(top: string, start: string, paths: string[]): Promise<Map<string, string>> {
  const committed = new Map<string, string>();
  if (!(await git(['rev-parse', '-q', '--verify', `${start}^{commit}`], { cwd: top }).then(() => true, () => false))) return committed;
  // Each folder the files are in, not each file: an archive's file list could outgrow a command line.
  const folders = [...new Set(paths.map((p) => path.posix.dirname(p)))];
  const listed = await git(['ls-tree', '-r', '-z', '--full-tree', start, '--', ...folders], { cwd: top });
  for (const entry of listed.split('\0')) {
    const match = /^\d+ blob ([0-9a-f]+)\t(.*)$/s.exec(entry);
    if (match) committed.set(match[2], match[1]);
  }
  return committed;
}

/** git's blob of each of `files` as on disk, in order: as `git add` would make it, which is how Publish commits. */
async function blobsOnDisk(top: string, files: string[]): Promise<string[]> {
  // hash-object takes the paths as arguments: a few hundred at a time keeps each command line short.
  const chunks: string[][] = [];
  for (let i = 0; i < files.length; i += 200) chunks.push(files.slice(i, i + 200));
  const hashed = await Promise.all(chunks.map((chunk) => git(['hash-object', '--', ...chunk], { cwd: top })));
  return hashed.flatMap((out) => out.trim().split('\n'));
}

/**
 * Of `files` (absolute paths, in the repository at `top`), those a commit on `start` would change:
 * their blob on disk is not the one `start` holds, or it has no such file. Three git calls for 200
 * files, one more for each 200 after, side by side, so the desk's home can ask it of a whole archive.
 */
async function changedFrom(top: string, start: string, files: string[]): Promise<Set<string>> {
  if (!files.length) return new Set();
  const inRepo = files.map((file) => pathInRepository(top, file));
  const [committed, blobs] = await Promise.all([committedBlobs(top, start, inRepo), blobsOnDisk(top, files)]);
  return new Set(files.filter((_, i) => committed.get(inRepo[i]) !== blobs[i]));
}

/**
 * What the editor needs to tell whether Publish would change anything: the story's text as its
 * branch holds it (as a hash, null when never committed), and whether any data file it publishes
 * with is changed. Undefined where the desk cannot tell (no repository, a detached HEAD, a branch
 * name git refuses): Publish then says why when pressed.
 */
export async function publishedState(rel: string, story: Pick<StoryMeta, 'charts' | 'figures'> | undefined): Promise<{ hash: string | null; data: boolean } | undefined> {
  try {
    const repo = await repository(contentRoot());
    const branch = publishBranch(rel, repo);
    if (!branch.ok) return undefined;
    const data = dataFilesOf(story).map((d) => path.join(contentRoot(), d));
    // The story's text and its charts' blobs are asked of git side by side: each is a few calls in a row.
    const [committed, changed] = await Promise.all([
      committedText(repo.top, branch.value, path.join(contentRoot(), rel)),
      branchesOf(repo.top).then((branches) => changedFrom(repo.top, startOf(branch.value, branches), data)),
    ]);
    return { hash: committed === undefined ? null : hashOf(committed), data: changed.size > 0 };
  } catch {
    return undefined;
  }
}

/**
 * Of the content root's files (content-root paths), those with changes a Publish would send: each
 * story against the branch it is published on, each chart against the branch checked out (with
 * DESK_BRANCHES=story no branch is a chart's own: none is listed). Empty where the desk cannot tell.
 */
export async function unpublishedFiles(stories: string[], charts: string[]): Promise<Set<string>> {
  try {
    const repo = await repository(contentRoot());
    const branches = await branchesOf(repo.top);
    // Grouped by the commit each would start from: most desk/<slug> branches do not exist, and all of those start from HEAD.
    const byStart = new Map<string, string[]>();
    const add = (branch: Checked<string>, rel: string) => {
      if (!branch.ok) return;
      const start = startOf(branch.value, branches);
      byStart.set(start, [...(byStart.get(start) ?? []), rel]);
    };
    for (const rel of stories) add(publishBranch(rel, repo), rel);
    const current = branchMode(process.env.DESK_BRANCHES);
    if (current.ok && current.value === 'current' && repo.branch) for (const rel of charts) add({ ok: true, value: repo.branch }, rel);
    const found = new Set<string>();
    await Promise.all(
      [...byStart].map(async ([start, rels]) => {
        const files = rels.map((rel) => path.join(contentRoot(), rel));
        const changed = await changedFrom(repo.top, start, files);
        rels.forEach((rel, i) => changed.has(files[i]) && found.add(rel));
      }),
    );
    return found;
  } catch {
    return new Set();
  }
}
