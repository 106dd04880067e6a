// What scripts/build.mjs needs to update the last build instead of making a new one: a key of
// everything that is not content (the code, its dependencies, the config, the environment), a
// stamp of the last site written, and the file moves that merge regenerated pages into a copy of it.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

/** Everything in the repository that decides what a page looks like, besides content. */
export const CODE = ['app', 'components', 'lib', 'scripts', 'public', 'mdx-components.tsx', 'next.config.mjs', 'tailwind.config.ts', 'postcss.config.mjs', 'tsconfig.json', 'package.json', 'package-lock.json'];

/** The environment the code reads (beyond content folders, which the page fingerprints cover). */
const ENV = ['SITE_URL', 'NEWSROOM_TIME_ZONE', 'CORRECTIONS_EMAIL', 'LIST_LENGTH', 'NODE_ENV', 'EXPORT_DIR'];

/** Every file below `dir`, as paths relative to it with '/' between parts, sorted. */
export function filesIn(dir) {
  if (!fs.existsSync(dir)) return [];
  return (fs.readdirSync(dir, { recursive: true, withFileTypes: true }))
    .filter((e) => e.isFile())
    .map((e) => path.relative(dir, path.join(e.parentPath, e.name)).split(path.sep).join('/'))
    .sort();
}

/**
 * A key of the code and everything else a page depends on but its content: the files in CODE,
 * the installed packages (node_modules/.package-lock.json, which npm rewrites at each install),
 * Node's version (Intl's data formats dates) and the environment in ENV and NEXT_*.
 */
export function codeKey({ root = '.', env = process.env, nodeModules = [] } = {}) {
  const hash = crypto.createHash('sha256');
  const add = (name, bytes) => hash.update(name).update('\0').update(bytes).update('\0');
  for (const part of CODE) {
    const full = path.join(root, part);
    const stat = fs.statSync(full, { throwIfNoEntry: false });
    if (stat?.isFile()) add(part, fs.readFileSync(full));
    else if (stat?.isDirectory()) for (const file of filesIn(full)) add(`${part}/${file}`, fs.readFileSync(path.join(full, file)));
  }
  for (const dir of nodeModules) {
    const lock = path.join(dir, '.package-lock.json');
    if (fs.existsSync(lock)) add(lock, fs.readFileSync(lock));
  }
  add('node', process.version);
  for (const name of [...ENV, ...Object.keys(env).filter((n) => n.startsWith('NEXT_') && n !== 'NEXT_TELEMETRY_DISABLED').sort()]) add(`env ${name}`, env[name] ?? '\u0001unset');
  return hash.digest('hex');
}

/** A stamp of a folder as the build left it: every file's path, size and modification time. */
export function folderStamp(dir) {
  const hash = crypto.createHash('sha256');
  for (const file of filesIn(dir)) {
    const stat = fs.statSync(path.join(dir, file));
    hash.update(`${file}\0${stat.size}\0${stat.mtimeMs}\n`);
  }
  return hash.digest('hex');
}

/**
 * A copy of the folder `from` at `to` made of hard links: instant at any size, and `from` stays as
 * it is as long as no file in `to` is written in place. The merge only removes files, renames new
 * ones over old ones and writes files it has just removed (the search index, _headers), so it
 * never writes through a link. Where a link cannot be made (another file system), the file is copied.
 */
export function linkTree(from, to) {
  for (const file of filesIn(from)) {
    const target = path.join(to, file);
    fs.mkdirSync(path.dirname(target), { recursive: true });
    try {
      fs.linkSync(path.join(from, file), target);
    } catch {
      fs.copyFileSync(path.join(from, file), target);
    }
  }
}

/** Moves every file of `from` into `to`, over any file of the same path. */
export function overlay(from, to) {
  for (const file of filesIn(from)) {
    const target = path.join(to, file);
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.renameSync(path.join(from, file), target);
  }
}

/** Removes a page's file, and the folders it leaves empty (stories/x/ of stories/x/index.html). */
export function removeFile(root, file) {
  fs.rmSync(path.join(root, file), { force: true });
  for (let dir = path.dirname(file); dir !== '.' && fs.existsSync(path.join(root, dir)) && fs.readdirSync(path.join(root, dir)).length === 0; dir = path.dirname(dir)) {
    fs.rmdirSync(path.join(root, dir));
  }
}

/** Deletes from the card cache every card that the current content does not need; returns how many. */
export function pruneCards(dir, needed) {
  const keep = new Set(needed);
  let pruned = 0;
  for (const name of fs.existsSync(dir) ? fs.readdirSync(dir) : []) {
    if (keep.has(name)) continue;
    fs.rmSync(path.join(dir, name), { force: true, recursive: true });
    pruned++;
  }
  return pruned;
}

/**
 * What changed since the last build's fingerprints (file → fingerprint) in the plan of every page
 * (scripts/lib/page-plan.ts): the pages to generate again, their routes' params for BUILD_ONLY
 * (app/_routes/changed.ts), and the files of pages that are gone.
 * @param {Record<string, string>} previous
 * @param {{ route: string, param: string, file: string, fingerprint: string }[]} plan
 */
export function changedPagesOf(previous, plan) {
  const changed = plan.filter((page) => previous[page.file] !== page.fingerprint);
  const current = new Set(plan.map((page) => page.file));
  const removed = Object.keys(previous).filter((file) => !current.has(file));
  /** @type {Record<string, string[]>} */
  const selection = {};
  for (const page of changed) (selection[page.route] ??= []).push(page.param);
  return { changed, removed, selection };
}
