import path from 'node:path';
import { isError } from '@/lib/problems';
import { checkText } from '../../_server/check';
import { branchMode } from '../../_server/config';
import { contentRoot, hashOf, readText, resolveContentPath } from '../../_server/files';
import { commitFiles, committedText, push, pushTarget, repository } from '../../_server/git';
import { json, readJson } from '../../_server/http';
import { dataFilesOf, publishBranch } from '../../_server/unpublished';
import { EDITOR_COOKIE, editorFrom } from './editor';
import { unannouncedChange } from './live-change';

/** One publish at a time: two at once would race for the same branch (git refuses the second, but in less kind words). */
let queue: Promise<unknown> = Promise.resolve();

/**
 * POST { path, base, editor? }: commits the saved story and its data files with git, in the
 * repository the content root is in, on the branch checked out or on desk/<slug> (DESK_BRANCHES),
 * then pushes that branch when a remote is configured. Only the text the editor sees (base: the
 * hash of the saved text), only when neither the story nor its data files have an error, and only
 * with the editor's name (the body's `editor`, the name typed in the desk, or DESK_EDITOR), which
 * the commit message gives.
 */
export async function POST(request: Request) {
  const read = await readJson(request);
  if ('error' in read) return read.error;
  const run = queue.then(() => publish(request, read.body));
  queue = run.catch(() => undefined);
  return run;
}

async function publish(request: Request, body: Record<string, unknown>): Promise<Response> {
  const { path: raw, base } = body;
  if (typeof raw !== 'string' || typeof base !== 'string') return json({ error: 'Expected { path, base }.' }, 400);
  const mode = branchMode(process.env.DESK_BRANCHES);
  if (!mode.ok) return json({ error: `Not published: ${mode.error}.` }, 500);
  const editor = editorFrom(body.editor, request.headers.get('cookie'), process.env.DESK_EDITOR);
  if (!editor.ok) return json({ error: `Not published: ${editor.error}. Type your name under "Your name" (it goes in the commit message)${editor.error.startsWith('no name') ? ', or start the desk with DESK_EDITOR set' : ''}.`, field: EDITOR_COOKIE }, 400);

  const resolved = resolveContentPath(raw);
  if (!resolved.ok || !resolved.rel.startsWith('stories/')) return json({ error: `Refused: ${resolved.ok ? 'only a story is published' : resolved.reason}.` }, 403);
  const disk = readText(resolved.file);
  if (disk === undefined) return json({ error: `Refused: ${resolved.rel} does not exist.` }, 404);
  if (hashOf(disk) !== base) return json({ error: 'Not published: save first (the file on disk is not the text you see).' }, 409);

  const { model, file } = checkText(resolved.rel, disk);
  const story = model.stories.find((s) => s.path === resolved.rel);
  // Every chart the story shows: a <Figure> takes its number from a data file as a <Chart> does.
  const dataFiles = dataFilesOf(story);
  const shown = (rel: string) => path.relative(process.cwd(), path.join(contentRoot(), rel)).split(path.sep).join('/');
  const own = [file, ...dataFiles.map(shown)];
  const errors = model.problems.filter((p) => isError(p) && own.includes(p.file));
  // Errors in other files do not hold this story back, but the site's build stops on any error:
  // until they are fixed, readers get nothing new, this story included. The editor is told so.
  const elsewhere = [...new Set(model.problems.filter((p) => isError(p) && !own.includes(p.file)).map((p) => p.file))];
  if (!story || errors.length) return json({ error: `Not published: ${errors.length || 'the'} error${errors.length === 1 ? '' : 's'} to fix first.`, errors: errors.length }, 422);

  let repo;
  try {
    repo = await repository(contentRoot());
  } catch (error) {
    return json({ error: `Not published: ${(error as Error).message}.` }, 500);
  }
  const target = publishBranch(resolved.rel, repo);
  if (!target.ok) return json({ error: `Not published: ${target.error}.` }, 409);
  const branch = target.value;

  // A story readers have seen: a change they will see is announced (a correction, an Updated time)
  // or, for a typo, published as a small fix on the editor's word, which the commit records.
  const committed = await committedText(repo.top, branch, resolved.file).catch(() => undefined);
  const before = committed !== undefined && committed !== disk ? checkText(resolved.rel, committed).model.stories.find((s) => s.path === resolved.rel) : undefined;
  const live = before && unannouncedChange({ story: before, text: committed! }, { story, text: disk });
  if (live && body.smallFix !== true) {
    return json({ error: 'Your change is not published yet. This story is live, so readers will see it: add a correction, or publish it as a small fix.', live }, 409);
  }

  const smallFix = live ? '\nA small fix to a live story, with no correction, on the editor’s word.' : '';
  const message = `Publish ${resolved.rel}\n\nEdited by ${editor.value} in the desk.${smallFix}`;
  let commit: string | undefined;
  let files: string[];
  let indexError: string | undefined;
  try {
    ({ commit, files, indexError } = await commitFiles({ top: repo.top, branch, files: [resolved.file, ...dataFiles.map((rel) => path.join(contentRoot(), rel))], message, checkedOut: repo.branch }));
  } catch (error) {
    return json({ error: `Not published: git said ${(error as Error).message}.` }, 500);
  }
  if (commit && indexError) {
    return json({ published: resolved.rel, commit, branch, files, error: `Committed as ${commit.slice(0, 7)} on ${branch}, but git's index could not follow it (git said ${indexError}): run git reset -- ${files.join(' ')} before you commit anything by hand. Not pushed.` }, 500);
  }
  const remote = await pushTarget(repo.top, branch);
  // What the site will do with it: a draft stays off it, a future time waits for the first build after it.
  const scheduled = !story.draft && Date.parse(story.published) > Date.now() ? story.published : null;
  const result = { published: resolved.rel, commit: commit ?? null, branch, files, editor: editor.value, draft: story.draft, scheduled, ...(elsewhere.length ? { elsewhere } : {}) };
  if (!commit && !remote) return json({ ...result, note: `Nothing to commit: already published on ${branch} as it is.` });
  if (!remote) return json({ ...result, pushed: null });
  try {
    await push(repo.top, branch, remote);
  } catch (error) {
    // The commit stays: the editor (or whoever runs git) can push it later.
    const what = commit ? `Committed as ${commit.slice(0, 7)} on ${branch}` : `Already committed on ${branch}`;
    return json({ ...result, pushed: null, error: `${what}, but it could not be sent to ${remote.remote}, the shared repository, so the site does not have it yet (git said: ${(error as Error).message}). Nothing is lost: the commit is kept here. Whoever runs the desk can send it with git push ${remote.remote} ${branch}.` }, 502);
  }
  return json({ ...result, pushed: remote.remote, ...(commit ? {} : { note: `Nothing new to commit; ${branch} pushed to ${remote.remote}.` }) });
}
