// npm run check: validates all content in seconds, without a build. Exits 1 on any error.
import fs from 'node:fs';
import path from 'node:path';
import { checkContent } from '../lib/content/check';
import { formatProblems } from '../lib/problems';

// CONTENT_DIR points the check at another content folder (stories/, data/, public/ inside it).
const root = process.env.CONTENT_DIR;
const inRoot = (sub: string) => (root && fs.existsSync(path.join(root, sub)) ? path.join(root, sub) : undefined);

const started = performance.now();
const { problems, stories, datasets } = checkContent({ storiesDir: inRoot('stories'), dataDir: inRoot('data'), publicDir: inRoot('public') });

if (problems.length) console.log(`\n${formatProblems(problems)}`);

const errors = problems.filter((p) => p.severity === 'error').length;
const warnings = problems.length - errors;
const seconds = ((performance.now() - started) / 1000).toFixed(1);
const summary = `${stories} stories and ${datasets} data files checked in ${seconds}s: ${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}`;
if (errors) {
  console.error(`\n✗ ${summary}. Fix the errors above; nothing was built.`);
  process.exit(1);
}
console.log(`${problems.length ? '\n' : ''}✓ ${summary}.`);
