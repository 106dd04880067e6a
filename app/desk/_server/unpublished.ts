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

/**
 * Of `files` (absolute paths, in the repository at `top`), those a commit on `start` would change:
 * git's blob of the file on disk (as `git add` would make it, which is how Publish commits) is not
 * the one `start` holds, or it has no such file. Three git calls for 200 files, one more for each
 * 200 after, so the desk's home can ask it of a whole archive.
 */
async function changedFrom(top: string, start: string, files: string[]): Promise<Set<string>> {
  if (!files.length) return new Set();
  const inRepo = files.map((file) => pathInRepository(top, file));
  const committed = new Map<string, string>();
  // A repository without commits holds nothing yet.
  if (await git(['rev-parse', '-q', '--verify', `${start}^{commit}`], { cwd: top }).then(() => true, () => false)) {
    // Each folder the files are in, not each file: an archive's file list could outgrow a command line.
    const folders = [...new Set(inRepo.map((p) => path.posix.dirname(p)))];
    const listed = await git(['ls-tree', '-r', '-z', '--full-tree', start, '--', ...folders], { cwd: top });
    for (const entry of listed.split('\0')) {
      const match = /^\d+ blob ([0-9a-f]+)\t(.*)$/s.exec(entry);
      if (match) committed.set(match[2], match[1]);
    }
  }
  const changed = new Set<string>();
  // hash-object takes the paths as arguments: a few hundred at a time keeps each command line short.
  for (let i = 0; i < files.length; i += 200) {
    const blobs = (await git(['hash-object', '--', ...files.slice(i, i + 200)], { cwd: top })).trim().split('\n');
    blobs.forEach((blob, j) => {
      if (committed.get(inRepo[i + j]) !== blob) changed.add(files[i + j]);
    });
  }
  return changed;
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
    const committed = await committedText(repo.top, branch.value, path.join(contentRoot(), rel));
    const data = dataFilesOf(story).map((d) => path.join(contentRoot(), d));
    const changed = await changedFrom(repo.top, startOf(branch.value, await branchesOf(repo.top)), data);
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
    for (const [start, rels] of byStart) {
      const files = rels.map((rel) => path.join(contentRoot(), rel));
      const changed = await changedFrom(repo.top, start, files);
      rels.forEach((rel, i) => changed.has(files[i]) && found.add(rel));
    }
    return found;
  } catch {
    return new Set();
  }
}
