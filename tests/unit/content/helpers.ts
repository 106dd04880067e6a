import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { contentModel } from '@/lib/content/disk';
import type { CheckProblem } from '@/lib/problems';
import { problemMessage } from '@/lib/problems';

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

/** A throwaway stories folder holding the given files ("fr/x.mdx" for a French one). */
export function storiesDir(files: Record<string, string>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'stories-'));
  for (const [name, source] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), source);
  }
  return dir;
}

/**
 * npm run check's problems for a stories folder and a data folder (and public/, and the source
 * reports when given: without them quotations are not checked).
 */
export function checkContent(dirs: { storiesDir: string; dataDir: string; publicDir?: string; sourcesDir?: string }): { problems: CheckProblem[] } {
  return contentModel({ dir: dirs.storiesDir, dataDir: dirs.dataDir, publicDir: dirs.publicDir ?? 'public', sourcesDir: dirs.sourcesDir ?? null });
}

const FIXTURES = 'tests/fixtures/check';
// Fixtures without data of their own get the chart fixtures, never the real content/data.
const VALID_DATA = 'tests/unit/charts/fixtures/valid';

/** npm run check's problems for one folder of tests/fixtures/check, as "file:line:col severity message" with the folder left out. */
export function problemsIn(name: string): string[] {
  const dir = `${FIXTURES}/${name}`;
  const optional = (sub: string) => (fs.existsSync(`${dir}/${sub}`) ? `${dir}/${sub}` : undefined);
  const { problems } = checkContent({ storiesDir: `${dir}/stories`, dataDir: optional('data') ?? VALID_DATA, publicDir: optional('public'), sourcesDir: optional('sources') });
  return problems.map((p) => `${p.file.replace(`${dir}/`, '')}:${p.line ?? ''}:${p.column ?? ''} ${p.severity} ${problemMessage(p)}`);
}
