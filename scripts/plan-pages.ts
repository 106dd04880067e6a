// Build step (scripts/build.mjs): writes every page's fingerprint and the share cards the content
// needs to the JSON file named as the argument. The stories come from the model the check step has
// just written (STORY_CACHE). See scripts/lib/page-plan.ts.
import fs from 'node:fs';
import { readContent } from '../lib/content/disk';
import { pagePlan } from './lib/page-plan';

const [target] = process.argv.slice(2);
if (!target) {
  console.error('usage: tsx scripts/plan-pages.ts <plan.json>');
  process.exit(2);
}
// As in next build's workers: the content is read once, not stamped again (every file's size and
// time) at each of the thousands of lookups the plan makes. Only 'development' shows drafts
// (lib/content/disk.ts isPreview), so the stories are the same ones the pages show.
if (process.env.NODE_ENV !== 'development') Object.assign(process.env, { NODE_ENV: 'production' });
const { files } = readContent().input;
fs.writeFileSync(target, JSON.stringify(pagePlan(new Map(files.map((file) => [file.path, file.text])))));
