import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { isError } from '@/lib/problems';
import { checkText } from '../../_server/check';
import { contentRoot, hashOf, readText, resolveContentPath } from '../../_server/files';
import { json, readJson } from '../../_server/http';

const git = (args: string[]) => execFileSync('git', args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });

/**
 * POST { path, base }: commits the saved story and its data files with git, in the repository the
 * desk runs in, on the current branch. Only the text the editor sees (base: the hash of the saved
 * text), and only when neither the story nor its data files have an error.
 */
export async function POST(request: Request) {
  const read = await readJson(request);
  if ('error' in read) return read.error;
  const { path: raw, base } = read.body;
  if (typeof raw !== 'string' || typeof base !== 'string') return json({ error: 'Expected { path, base }.' }, 400);
  const resolved = resolveContentPath(raw);
  if (!resolved.ok || !resolved.rel.startsWith('stories/')) return json({ error: `Refused: ${resolved.ok ? 'only a story is published' : resolved.reason}.` }, 403);
  const disk = readText(resolved.file);
  if (disk === undefined) return json({ error: `Refused: ${resolved.rel} does not exist.` }, 404);
  if (hashOf(disk) !== base) return json({ error: 'Not published: save first (the file on disk is not the text you see).' }, 409);

  const { model, file } = checkText(resolved.rel, disk);
  const story = model.stories.find((s) => s.path === resolved.rel);
  const dataFiles = (story?.charts ?? []).flatMap((id) => [`data/${id}.json`, `data/fr/${id}.json`]).filter((rel) => fs.existsSync(path.join(contentRoot(), rel)));
  const shown = (rel: string) => path.relative(process.cwd(), path.join(contentRoot(), rel)).split(path.sep).join('/');
  const files = [file, ...dataFiles.map(shown)];
  const errors = model.problems.filter((p) => isError(p) && files.includes(p.file));
  if (!story || errors.length) return json({ error: `Not published: ${errors.length || 'the'} error${errors.length === 1 ? '' : 's'} to fix first.`, errors: errors.length }, 422);

  const editor = process.env.DESK_EDITOR;
  try {
    git(['add', '--', ...files]);
    if (!git(['status', '--porcelain', '--', ...files]).trim()) return json({ published: resolved.rel, commit: null, note: 'Nothing to commit: already published as it is.' });
    git(['commit', '--quiet', '-m', `Publish ${resolved.rel}${editor ? `\n\nEdited by ${editor} in the desk.` : ''}`, '--', ...files]);
    return json({ published: resolved.rel, commit: git(['rev-parse', 'HEAD']).trim(), files });
  } catch (error) {
    return json({ error: `Not published: git said ${String((error as { stderr?: string }).stderr ?? error).trim().split('\n')[0]}` }, 500);
  }
}
