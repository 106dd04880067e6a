import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** Frontmatter fields of a valid story; tests override or drop one at a time. */
export const validFields: Record<string, string> = {
  title: '"A test story"',
  dek: '"One sentence that sums it up."',
  byline: '\n  - Jane Doe',
  published: '2026-11-20T09:00:00-05:00',
  tags: '\n  - canada\n  - trade',
  sources: '\n  - name: "A news report"\n    date: 2020-04-05',
  corrections: '[]',
};

export function storySource(overrides: Record<string, string | undefined> = {}, body = '\nSome text.\n\n## First part\n\nMore text.\n'): string {
  const fields = { ...validFields, ...overrides };
  const yaml = Object.entries(fields)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => `${k}: ${v}`)
    .join('\n');
  return `---\n${yaml}\n---\n${body}`;
}

/** A throwaway stories folder holding the given files. */
export function storiesDir(files: Record<string, string>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'stories-'));
  for (const [name, source] of Object.entries(files)) fs.writeFileSync(path.join(dir, name), source);
  return dir;
}
