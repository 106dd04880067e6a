// A copy of the strip-runtime fixture's small export (as Next writes it, with the real theme
// script where the fixture says THEME_SCRIPT), for the tests that run the post-build steps on it.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { THEME_SCRIPT } from '../../../components/inline-scripts';

export const FIXTURE = 'tests/fixtures/strip-runtime';

/** A fresh copy of the export in a temporary folder, changed by `edit`. */
export function exportCopy(edit: (dir: string) => void = () => {}) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'strip-'));
  fs.cpSync(path.join(FIXTURE, 'next-export'), dir, { recursive: true });
  for (const page of ['index.html', 'about/index.html']) {
    const file = path.join(dir, page);
    fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace('THEME_SCRIPT', THEME_SCRIPT));
  }
  edit(dir);
  return dir;
}
