import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import { FIXTURE_CONTENT, FIXTURE_LIST_LENGTH, FIXTURE_OUT } from './tests/fixture-site';

// These tests read the built fixture site; without it every one would fail for the same dull reason.
const out = process.env.OUT_DIR ?? FIXTURE_OUT;
if (!fs.existsSync(`${out}/index.html`)) throw new Error(`tests/site reads the built fixture site in ${out}/: run npm run build:fixtures first`);

/** Checks of the built fixture site that need neither a browser nor a server. */
export default defineConfig({
  resolve: { alias: { '@': fileURLToPath(new URL('.', import.meta.url)) } },
  test: {
    include: ['tests/site/**/*.test.ts'],
    environment: 'node',
    // The files only read the built site: they may share their worker's loaded modules.
    isolate: false,
    // What the tests expect comes from the fixture site's content, never from content/.
    env: { CONTENT_DIR: FIXTURE_CONTENT, LIST_LENGTH: FIXTURE_LIST_LENGTH },
  },
});
