// npm run check's entry (and the build's check step): scripts/check.ts and its worker thread's
// module, bundled by esbuild into two files and run by plain Node. Under tsx, every thread loaded
// each of about 300 modules through tsx's loader hooks: about 1.1 s before the command's thread
// read its first story and 1.3 s before a worker did, on a 10 s check. The bundle is kept in
// node_modules/.cache until one of its sources changes (their sizes and times are compared, a few
// milliseconds), so only the first check after an edit pays for bundling (about 0.3 s). The code
// run is the same TypeScript; should bundling fail, the check runs under tsx as before.
// `tsx scripts/check.ts` still works, the same command without the bundle.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
// CHECK_BUNDLE_DIR: another folder for it (the tests use their own).
const CACHE = path.resolve(process.env.CHECK_BUNDLE_DIR || path.join(ROOT, 'node_modules', '.cache', 'n95-check'));
// What reading each story gave, kept between checks (scripts/lib/story-cache.ts): beside the
// bundles' folder, or CHECK_STORY_CACHE; CHECK_STORY_CACHE=off keeps none.
const STORIES = process.env.CHECK_STORY_CACHE === 'off' ? undefined : path.resolve(process.env.CHECK_STORY_CACHE || `${CACHE}-stories`);
// One stamp for each copy of the repository that shares the folder: the sources it lists are that copy's.
const STAMP = path.join(CACHE, `stamp-${crypto.createHash('sha256').update(ROOT).digest('hex').slice(0, 8)}.json`);

/** Each source's size and modification time, or null for one that is gone. */
const statOf = (file) => {
  try {
    const s = fs.statSync(path.join(ROOT, file));
    return `${s.size}:${s.mtimeMs}`;
  } catch {
    return null;
  }
};

// Part of the stamp: a different Node or a change to how it is bundled (this file) bundles anew.
const RECIPE = `${process.version} ${statOf('scripts/check.mjs')}`;

/** The bundle's folder when it was made from the sources as they are now. */
function current() {
  try {
    const stamp = JSON.parse(fs.readFileSync(STAMP, 'utf8'));
    if (stamp.recipe !== RECIPE) return undefined;
    for (const [file, seen] of Object.entries(stamp.inputs)) if (statOf(file) !== seen) return undefined;
    const dir = path.join(CACHE, stamp.dir);
    return fs.existsSync(path.join(dir, 'check.mjs')) && fs.existsSync(path.join(dir, 'story-worker.mjs')) ? dir : undefined;
  } catch {
    return undefined;
  }
}

/**
 * mdast-util-from-markdown's compiler calls a handler for each of a story's tokens with `this` a
 * fresh copy of its context (`{...context, sliceSerialize}`): about a tenth of a worker's time on
 * the archive, with the garbage it leaves. No handler of the packages the check uses writes to
 * `this` or keeps it, so in the bundle one context is given each token's sliceSerialize instead.
 * The tree is the same (the tests compare the bundle's output with tsx's, which runs the package
 * as published); should the package's text change, it is bundled as it is.
 */
const FROM_MARKDOWN = /[\\/]mdast-util-from-markdown[\\/]lib[\\/]index\.js$/;
const COPY = /\{\s*\.\.\.context,\s*sliceSerialize: events\[index\]\[2\]\.sliceSerialize\s*\}/g;
const oneContext = {
  name: 'one-context',
  setup(build) {
    build.onLoad({ filter: FROM_MARKDOWN }, async (args) => {
      const text = await fs.promises.readFile(args.path, 'utf8');
      if ((text.match(COPY) ?? []).length !== 3) return undefined;
      const contents = text.replace(COPY, 'withSlice(context, events[index][2].sliceSerialize)');
      return { contents: `${contents}\nfunction withSlice(context, sliceSerialize) {\n  context.sliceSerialize = sliceSerialize;\n  return context;\n}\n`, loader: 'js' };
    });
  },
};

/** Bundles the check and its worker into a new folder of the cache; returns it. */
async function bundle() {
  const { build, stop } = await import('esbuild');
  const started = Date.now();
  fs.mkdirSync(CACHE, { recursive: true });
  const tmp = fs.mkdtempSync(path.join(CACHE, 'tmp-'));
  const result = await build({
    absWorkingDir: ROOT,
    // The worker's file sits beside the check's, as in scripts/lib: story-workers.ts starts `./story-worker.mjs`.
    entryPoints: { check: 'scripts/check.ts', 'story-worker': 'scripts/lib/story-worker.ts' },
    outdir: tmp,
    outExtension: { '.js': '.mjs' },
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: `node${process.versions.node.split('.')[0]}`,
    // jsonc-parser's main build (UMD) requires its parts by computed names, which a bundle cannot
    // follow; its ES module build is the same code.
    alias: { 'jsonc-parser': 'jsonc-parser/lib/esm/main.js' },
    // The CommonJS packages inside require Node's built-in modules.
    banner: { js: "import { createRequire as __checkRequire } from 'node:module'; const require = __checkRequire(import.meta.url);" },
    plugins: [oneContext],
    metafile: true,
    logLevel: 'silent',
  });
  // esbuild's service process would otherwise live as long as the check.
  await stop();
  const inputs = {};
  let changed = false;
  // What else decides the bundle: the TypeScript settings (JSX, the @/ paths) and the package's type.
  for (const file of [...Object.keys(result.metafile.inputs), 'tsconfig.json', 'package.json']) {
    inputs[file] = statOf(file);
    // Edited while esbuild read it: the bundle may hold either text, so it is used once and not kept.
    const mtime = Number(inputs[file]?.split(':')[1] ?? 0);
    if (mtime >= started - 10) changed = true;
  }
  if (changed) return tmp;
  const name = crypto.createHash('sha256').update(JSON.stringify([RECIPE, inputs])).digest('hex').slice(0, 16);
  const dir = path.join(CACHE, name);
  try {
    fs.renameSync(tmp, dir);
  } catch {
    // Another check made the same bundle at the same moment: use that one.
    fs.rmSync(tmp, { recursive: true, force: true });
  }
  const next = `${STAMP}.${process.pid}`;
  fs.writeFileSync(next, JSON.stringify({ recipe: RECIPE, dir: name, inputs }));
  fs.renameSync(next, STAMP);
  prune(name);
  return dir;
}

/** Bundles left from older sources, an hour old or more (a check still running may be using a newer one). */
function prune(keep) {
  const hourAgo = Date.now() - 3_600_000;
  for (const name of fs.readdirSync(CACHE)) {
    const file = path.join(CACHE, name);
    if (name === keep || name.startsWith('stamp-')) continue;
    try {
      if (fs.statSync(file).mtimeMs < hourAgo) fs.rmSync(file, { recursive: true, force: true });
    } catch {
      // Removed by another check.
    }
  }
}

let dir;
try {
  dir = current() ?? (await bundle());
} catch (error) {
  console.warn(`(the check runs under tsx: bundling it failed: ${error instanceof Error ? error.message.split('\n')[0] : String(error)})`);
}
if (dir) {
  // For the story cache (scripts/lib/story-cache.ts): its key holds the bundle's bytes; only a bundled check uses it.
  globalThis.n95Check = { bundle: dir, storyCache: STORIES };
  await import(pathToFileURL(path.join(dir, 'check.mjs')).href);
} else {
  const { register } = await import('tsx/esm/api');
  register();
  await import('./check.ts');
}
