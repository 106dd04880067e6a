// What reading each story gave (lib/content/model.ts readStory), kept between runs of npm run
// check, so a check of unchanged content reads no story again: of a 10 s check of 2,006 stories,
// about 9 s is reading them. One file per content root, in the bundle's cache folder's neighbour
// (scripts/check.mjs: node_modules/.cache/n95-check-stories, or CHECK_STORY_CACHE). The build's
// check step (--cache) keeps a second file of its own: its readings also carry each story's
// snapshot JSON and its compiled tree's JSON as UTF-8 bytes (`head`), so a correction compiles
// only what changed. FULL_BUILD=1 builds without it (scripts/build.mjs).
//
// A story's reading is a pure function of its path and text, the data files, the public files'
// names, how paths are shown, and the check's code; nothing in it reads the clock, PUBLISH_TIME or
// the source reports (those only feed the passes over the whole model, which always run). So a
// reading is taken from here only when all of those are the same: the file's key is a hash of
// everything but the story, each entry holds a hash of its story's text, and the code is the
// bundle's own bytes. A file that cannot be read, is cut short, was changed by anything but this
// module (its checksum) or holds anything unexpected is ignored: the stories are read again.
// Nothing here throws to the check.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import v8 from 'node:v8';
import type { StoryRead } from '../../lib/content/model';
import type { Shared } from './story-workers';

/** The file's first bytes; a change to the file's layout changes them. */
const MAGIC = Buffer.from('n95 story cache 1\n');
const SUM = 32;

const sha256 = (data: string | Uint8Array) => crypto.createHash('sha256').update(data).digest();
const hex = (data: string | Uint8Array) => sha256(data).toString('hex');

/** A story's reading as it is stored: the structured clone's bytes (v8.serialize, what a worker thread sends). */
export type Kept = { read: StoryRead; bytes?: Uint8Array };

type Entry = { hash: string; bytes: Uint8Array };

export type StoryCache = {
  /** The reading kept for this story, when it was read from this text and everything else is unchanged. */
  get(file: string, text: string): Kept | undefined;
  /** Writes the readings of this check's stories, and only those (a story gone is dropped). */
  save(reads: Iterable<[string, { text: string } & Kept]>): void;
  /** Stories found, and stories asked for and not found. */
  stats: { hits: number; misses: number };
};

/** The check's code: every file of its bundle, with the Node that runs it (its ICU decides some texts). */
export function codeKey(bundle: string): string {
  const hash = crypto.createHash('sha256');
  for (const name of fs.readdirSync(bundle).sort()) hash.update(name).update('\0').update(fs.readFileSync(path.join(bundle, name))).update('\0');
  return `${process.version} ${process.versions.icu ?? ''} ${hash.digest('hex')}`;
}

/** Everything a story's reading depends on but the story itself (with `head`, the readings hold the snapshot's texts too). */
export function sharedKey(code: string, shared: Shared): string {
  const data = [...shared.data].sort((a, b) => (a.path < b.path ? -1 : 1)).map((f) => [f.path, f.text]);
  return hex(JSON.stringify([code, process.env.TZ ?? '', shared.tops, [...shared.publicFiles].sort(), data, shared.head]));
}

/** The cache's file for a content root: by where its stories and data are, and whether it is the build's (`head`). */
export function cacheFile(dir: string, tops: Shared['tops'], head = false): string {
  return path.join(dir, `${hex(JSON.stringify([path.resolve(tops.stories ?? ''), path.resolve(tops.data ?? '')])).slice(0, 16)}${head ? '.build' : ''}.bin`);
}

/** The entries of `file` when it is whole and was written for `key`; else none. */
function load(file: string, key: string): Map<string, Entry> {
  const entries = new Map<string, Entry>();
  try {
    const bytes = fs.readFileSync(file);
    if (bytes.length < MAGIC.length + SUM || !bytes.subarray(0, MAGIC.length).equals(MAGIC)) return entries;
    const payload = bytes.subarray(MAGIC.length + SUM);
    if (!sha256(payload).equals(bytes.subarray(MAGIC.length, MAGIC.length + SUM))) return entries;
    const stored = v8.deserialize(payload) as { key?: unknown; entries?: unknown };
    if (!stored || stored.key !== key || !Array.isArray(stored.entries)) return entries;
    for (const entry of stored.entries as unknown[]) {
      if (!Array.isArray(entry) || entry.length !== 3) return new Map();
      const [name, hash, read] = entry as unknown[];
      if (typeof name !== 'string' || typeof hash !== 'string' || !(read instanceof Uint8Array)) return new Map();
      entries.set(name, { hash, bytes: read });
    }
  } catch {
    // Unreadable or not ours: every story is read again.
    return new Map();
  }
  return entries;
}

/** A stored reading, or undefined when its bytes are not one (`head`: a story read must come with its snapshot's texts). */
function revive(bytes: Uint8Array, head: boolean): StoryRead | undefined {
  try {
    const read = v8.deserialize(bytes) as StoryRead;
    if (!read || typeof read !== 'object' || !Array.isArray(read.problems)) return undefined;
    return !head || !read.story || (typeof read.head === 'string' && read.body instanceof Uint8Array) ? read : undefined;
  } catch {
    return undefined;
  }
}

/** Writes `file` whole or not at all: a temporary file, renamed (a check killed midway leaves the old one). */
function write(file: string, key: string, entries: [string, string, Uint8Array][]): void {
  const temp = `${file}.${process.pid}.${crypto.randomBytes(4).toString('hex')}.tmp`;
  try {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    const payload = v8.serialize({ key, entries });
    // In three writes: joined first, the build's file (over 60 MB at 2,006 stories) was copied once more.
    fs.writeFileSync(temp, MAGIC);
    fs.appendFileSync(temp, sha256(payload));
    fs.appendFileSync(temp, payload);
    fs.renameSync(temp, file);
  } catch {
    // A cache that cannot be written (a read-only folder, a full disk) costs only the next check's time.
    try {
      fs.rmSync(temp, { force: true });
    } catch {
      // No temporary file was made.
    }
  }
}

/** Other content roots' files not used for 30 days, and temporary files an hour old (a check killed while writing). */
function prune(dir: string, keep: string): void {
  try {
    const now = Date.now();
    for (const name of fs.readdirSync(dir)) {
      const file = path.join(dir, name);
      if (file === keep) continue;
      const age = now - fs.statSync(file).mtimeMs;
      if ((name.endsWith('.tmp') && age > 3_600_000) || (name.endsWith('.bin') && age > 30 * 86_400_000)) fs.rmSync(file, { force: true });
    }
  } catch {
    // Another check pruned first.
  }
}

/** The story cache of the content root `shared` describes, in `dir`, for the check whose code is `code`. */
export function openStoryCache(dir: string, code: string, shared: Shared): StoryCache {
  const file = cacheFile(dir, shared.tops, shared.head);
  const key = sharedKey(code, shared);
  const entries = load(file, key);
  const stats = { hits: 0, misses: 0 };
  // Each story's text is hashed once, whether get or save asks first.
  const hashes = new Map<string, { text: string; hash: string }>();
  const hashOf = (name: string, text: string) => {
    const known = hashes.get(name);
    if (known?.text === text) return known.hash;
    const hash = hex(text);
    hashes.set(name, { text, hash });
    return hash;
  };
  /** A stored reading for this text, or undefined. */
  function get(name: string, text: string): Kept | undefined {
    const entry = entries.get(name);
    const read = entry && entry.hash === hashOf(name, text) ? revive(entry.bytes, shared.head) : undefined;
    return read && { read, bytes: entry!.bytes };
  }
  function save(reads: Iterable<[string, { text: string } & Kept]>): void {
    const kept: [string, string, Uint8Array][] = [];
    let changed = false;
    for (const [name, { text, read, bytes }] of reads) {
      const hash = hashOf(name, text);
      const old = entries.get(name);
      const same = old?.hash === hash;
      let stored = same && !bytes ? old.bytes : bytes;
      if (!stored) {
        try {
          stored = v8.serialize(read);
        } catch {
          continue;
        }
      }
      if (!same || stored !== old.bytes) changed = true;
      kept.push([name, hash, stored]);
    }
    // Nothing new and nothing gone: the file is already what it would be.
    if (!changed && kept.length === entries.size) return;
    write(file, key, kept);
    prune(dir, file);
  }
  // The check goes on whatever happens here: a story not found is read, a cache not written is only slower next time.
  return {
    stats,
    get(name, text) {
      let found: Kept | undefined;
      try {
        found = get(name, text);
      } catch {
        found = undefined;
      }
      stats[found ? 'hits' : 'misses']++;
      return found;
    },
    save(reads) {
      try {
        save(reads);
      } catch {
        // As write: only the next check's time.
      }
    },
  };
}
