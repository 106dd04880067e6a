// Build step (scripts/build.mjs): writes every page's fingerprint and the share cards the content
// needs to the JSON file named as the argument, from the model the check step has just written
// (STORY_CACHE). See scripts/lib/page-plan.ts.
import fs from 'node:fs';
import { inputKey, readSnapshot } from '../lib/content/cache';
import { contentModel, readContent } from '../lib/content/disk';
import { neededCards, pagePlan } from './lib/page-plan';

const [target] = process.argv.slice(2);
if (!target) {
  console.error('usage: tsx scripts/plan-pages.ts <plan.json>');
  process.exit(2);
}
const dir = process.env.STORY_CACHE;
const model = (dir && readSnapshot(dir, inputKey(readContent().input))) || contentModel();
const bodies = new Map(model.stories.map((story) => [`${story.lang}/${story.slug}`, story.hast]));
const pages = pagePlan((story) => bodies.get(`${story.lang}/${story.slug}`));
fs.writeFileSync(target, JSON.stringify({ pages, cards: neededCards() }));
