import { build } from 'esbuild';
import { expect, test } from 'vitest';

// The model is pure so the editing desk can run it in the browser: bundled for a browser, it must
// need no Node module (fs, path…) and read no process.env or process.cwd().
test('lib/content/model.ts bundles for the browser, without Node modules or the process', async () => {
  const result = await build({ entryPoints: ['lib/content/model.ts'], bundle: true, platform: 'browser', format: 'esm', write: false, logLevel: 'silent' });
  expect(result.errors).toEqual([]);
  expect(result.outputFiles[0].text).not.toMatch(/process\.(env|cwd)/);
}, 30_000);
