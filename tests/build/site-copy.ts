import { spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { FIXTURE_CONTENT } from '../fixture-site';

/** What a site needs to build; node_modules is found in the repository above the copy. */
const PARTS = ['app', 'components', 'lib', 'public', 'scripts', 'mdx-components.tsx', 'next.config.mjs', 'tailwind.config.ts', 'postcss.config.mjs', 'tsconfig.json', 'package.json'];

const BIN = path.resolve('node_modules/.bin');

/** For every Next the tests start: no telemetry, no next dev cache for copies that start once, no source maps (next.config.mjs). */
export const NEXT_TEST_ENV = { NEXT_TELEMETRY_DISABLED: '1', TURBOPACK_DEV_CACHE: '0', TURBOPACK_SOURCE_MAPS: '0' };

/**
 * A fresh copy of the site in .test-build/<name>/, inside the repository so Turbopack accepts it,
 * with the fixture site as its content/ (never the real stories, which may change at any time).
 */
export function copySite(name: string) {
  const dir = path.resolve('.test-build', name);
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  for (const part of PARTS) if (fs.existsSync(part)) fs.cpSync(part, path.join(dir, part), { recursive: true });
  fs.cpSync(FIXTURE_CONTENT, path.join(dir, 'content'), { recursive: true });
  return siteAt(dir);
}

/** Helpers over a copy made by copySite (another process's copy too: the desk tests share one). */
export function siteAt(dir: string) {
  const env: NodeJS.ProcessEnv = { ...process.env, PATH: `${BIN}${path.delimiter}${process.env.PATH}`, ...NEXT_TEST_ENV };
  // The copy reads its own content/ and builds into its own out/, whatever this run was given.
  for (const name of ['CONTENT_DIR', 'OUT_DIR', 'EXPORT_DIR']) delete env[name];
  const file = (rel: string) => path.join(dir, rel);
  return {
    dir,
    file,
    read: (rel: string) => fs.readFileSync(file(rel), 'utf8'),
    write: (rel: string, text: string) => fs.writeFileSync(file(rel), text),
    exists: (rel: string) => fs.existsSync(file(rel)),
    /** Runs a command in the copy; returns its exit status and output. */
    run(command: string, args: string[], extraEnv: Record<string, string> = {}) {
      const result = spawnSync(command, args, { cwd: dir, env: { ...env, ...extraEnv }, encoding: 'utf8' });
      return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
    },
  };
}

export function stop(child: ChildProcess | undefined) {
  if (child?.pid) {
    try {
      process.kill(-child.pid, 'SIGTERM');
    } catch {
      // already gone
    }
  }
}

/** Every file in a folder with its contents, to compare a folder before and after. */
export function snapshotFolder(dir: string): Map<string, string> {
  const files = new Map<string, string>();
  const walk = (d: string) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const full = path.join(d, e.name);
      if (e.isDirectory()) walk(full);
      else files.set(path.relative(dir, full), fs.readFileSync(full).toString('base64'));
    }
  };
  if (fs.existsSync(dir)) walk(dir);
  return files;
}

/** Every file under dir, as sorted paths relative to it: what two builds' out/ folders are compared by. */
export function filesIn(dir: string): string[] {
  return (fs.readdirSync(dir, { recursive: true, withFileTypes: true }) as fs.Dirent[])
    .filter((e) => e.isFile())
    .map((e) => path.relative(dir, path.join(e.parentPath, e.name)))
    .sort();
}
