import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import { FIXTURE_CONTENT, FIXTURE_LIST_LENGTH } from './tests/fixture-site';

const UNIT = 'tests/unit/**/*.test.{ts,tsx}';

/**
 * The unit files that replace a module with vi.mock, or load modules anew with vi.resetModules: a
 * module loaded once per worker cannot be replaced for one file, so these run isolated. (A file
 * that loaded the share cards anew under a stubbed SITE_URL left them in its worker's registry,
 * and the desk's preview test, run after it there, drew "n95.example.org" on its cards.) Found by
 * reading the files, so a new one is never run in the shared workers by mistake.
 */
const MOCKING = fs
  .readdirSync('tests/unit', { recursive: true, encoding: 'utf8' })
  .map((file) => `tests/unit/${file}`)
  .filter((file) => /\.test\.tsx?$/.test(file) && /\bvi\.(?:(?:do)?[mM]ock|resetModules)\(/.test(fs.readFileSync(file, 'utf8')));

export default defineConfig({
  resolve: { alias: { '@': fileURLToPath(new URL('.', import.meta.url)) } },
  test: {
    environment: 'node',
    // Four files at a time on two cores: loading and transforming modules leaves a core idle
    // between tests. Measured on this 2-core machine (whole suite, fresh run): 144 s with the
    // default (a worker per core), 131 s with 3, 118 s with 4.
    maxWorkers: 4,
    // With four files sharing two cores, a test that starts git or a worker can pass 5 s (the
    // default) on a busy run: git-publish.test.ts did once. 30 s still stops a hung test.
    testTimeout: 30_000,
    // Unit tests name their fixtures; anything read from the default content folder is the fixture site, never content/,
    // cut into lists as its build cuts it.
    env: { CONTENT_DIR: FIXTURE_CONTENT, LIST_LENGTH: FIXTURE_LIST_LENGTH },
    projects: [
      // Files share their worker's loaded modules (isolate: false): loading them again for every
      // file was most of the suite's time (116 s against 79 s on this machine). Every file restores
      // the environment it changes; the module caches key on the content folder and file stamps.
      { extends: true, test: { name: 'unit', include: [UNIT], exclude: MOCKING, isolate: false } },
      { extends: true, test: { name: 'unit (vi.mock)', include: MOCKING } },
    ],
  },
});
