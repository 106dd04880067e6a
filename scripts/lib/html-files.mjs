import fs from 'node:fs';
import path from 'node:path';

/** Every .html file below `dir`, skipping the named folders. */
export function htmlFiles(dir, skip = []) {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return skip.includes(e.name) ? [] : htmlFiles(full, skip);
    return e.name.endsWith('.html') ? [full] : [];
  });
}
