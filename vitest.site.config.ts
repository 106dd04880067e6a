import { defineConfig } from 'vitest/config';

/** Checks of the built site in out/: run after npm run build. */
export default defineConfig({
  test: {
    include: ['tests/site/**/*.test.ts'],
    environment: 'node',
  },
});
