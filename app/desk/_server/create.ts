import fs from 'node:fs';
import path from 'node:path';
import { nowWithOffset } from '@/lib/content/new-story';
import { writeNew, type Plan } from '@/lib/content/scaffold';
import { site } from '@/lib/site';
import { editorAddress } from '../address';
import { contentRoot, resolveContentPath } from './files';
import { json } from './http';

/** The time a new story or translation is stamped with: now, in the newsroom's zone, as the command line does. */
export const publishedNow = () => nowWithOffset(new Date(), site.timeZone);

/**
 * Writes the new files of a plan through the desk's path rules (each one a story or data file
 * inside the content root, no symlink on the way) and never over an existing file. The answer
 * names the editor to open, or the field to correct and why (422), as the forms show it.
 */
export function createPlanned(plan: Plan | { ok: false; field: string; message: string }, fieldOfName = 'slug'): Response {
  if (!plan.ok) return json({ field: plan.field, error: plan.message }, 422);
  const root = contentRoot();
  const places = new Map<string, string>();
  for (const { rel } of plan.files) {
    // The folders are the model's own (stories, stories/fr, data): a fresh content root may lack one.
    fs.mkdirSync(path.join(root, path.dirname(rel)), { recursive: true });
    const resolved = resolveContentPath(rel, root);
    if (!resolved.ok) return json({ field: fieldOfName, error: `Refused: ${resolved.reason}.` }, 403);
    places.set(rel, resolved.file);
  }
  const written = writeNew(plan, (rel) => places.get(rel)!, rootLabel());
  if (!written.ok) return json({ field: written.field === 'slug' ? fieldOfName : written.field, error: `${written.message} Choose another ${fieldOfName === 'id' ? 'id' : 'slug'}, or open the existing file from the desk.` }, 409);
  return json({ created: written.files, open: editorAddress(plan.files[0].rel) }, 201);
}

/** How messages name the content root: as npm run check does, from the project folder. */
export const rootLabel = () => path.relative(process.cwd(), contentRoot()).split(path.sep).join('/') || '.';

/** A string field of a request body ("" when it is missing or not a string: the plan then says what is expected). */
export const field = (body: Record<string, unknown>, name: string) => (typeof body[name] === 'string' ? (body[name] as string) : '');
