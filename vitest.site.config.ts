import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// These tests read the built site; without it every one would fail for the same dull reason.
const out = process.env.OUT_DIR ?? 'out';
if (!fs.existsSync(`${out}/index.html`)) throw new Error(`tests/site reads the built site in ${out}/: run npm run build first`);

/** Checks of the built files in out/ that need neither a browser nor a server. */
export default defineConfig({
  resolve: { alias: { '@': fileURLToPath(new URL('.', import.meta.url)) } },
  test: {
    include: ['tests/site/**/*.test.ts'],
    environment: 'node',
  },
});
