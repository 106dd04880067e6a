import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/**
 * Every folder of tests/fixtures/check in one content root (a file already there from an earlier
 * folder is kept), so one site holds every kind of mistake: broken links, unknown charts, figures
 * typed by hand, placeholders, invented quotations, translations that do not match, syntax errors.
 */
export function mistakesSite(prefix = 'check-workers-'): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  const fixtures = 'tests/fixtures/check';
  for (const name of fs.readdirSync(fixtures).sort()) {
    for (const file of fs.readdirSync(path.join(fixtures, name), { recursive: true, encoding: 'utf8' })) {
      const from = path.join(fixtures, name, file);
      const to = path.join(root, file);
      if (fs.statSync(from).isDirectory() || fs.existsSync(to)) continue;
      fs.mkdirSync(path.dirname(to), { recursive: true });
      fs.copyFileSync(from, to);
    }
  }
  return root;
}
