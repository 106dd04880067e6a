import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

/**
 * Compiled stories, shared by the processes of one build. `next build` renders pages in several
 * worker processes, and each would compile every story again; scripts/build.mjs points
 * STORY_CACHE at a fresh folder, the check step fills it, and the workers read from it. The
 * folder is emptied at the start of every build, so a change to the compiler can never be
 * hidden by an old entry. Without STORY_CACHE (dev, tests) nothing is cached on disk.
 */
const dir = () => process.env.STORY_CACHE;

// The file's path is part of the key: it gives the story its slug.
const entry = (file: string, source: string) => path.join(dir()!, `${crypto.createHash('sha256').update(`${file}\0${source}`).digest('hex')}.json`);

export function readCompiled<T>(file: string, source: string): T | undefined {
  if (!dir()) return undefined;
  try {
    return JSON.parse(fs.readFileSync(entry(file, source), 'utf8')) as T;
  } catch {
    return undefined;
  }
}

export function writeCompiled(file: string, source: string, value: unknown): void {
  if (!dir()) return;
  fs.mkdirSync(dir()!, { recursive: true });
  // Written whole, then renamed: a worker never reads half an entry.
  const target = entry(file, source);
  const partial = `${target}.${process.pid}.tmp`;
  fs.writeFileSync(partial, JSON.stringify(value));
  fs.renameSync(partial, target);
}
