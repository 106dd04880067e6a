import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import { FIXTURE_CONTENT } from './tests/fixture-site';

export default defineConfig({
  resolve: { alias: { '@': fileURLToPath(new URL('.', import.meta.url)) } },
  test: {
    include: ['tests/unit/**/*.test.{ts,tsx}'],
    environment: 'node',
    // Unit tests name their fixtures; anything read from the default content folder is the fixture site, never content/.
    env: { CONTENT_DIR: FIXTURE_CONTENT },
  },
});
