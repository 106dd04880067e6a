// npm run new-story -- "Headline": writes a draft story and a data-file stub, never over existing files.
// npm run new-story -- --translate <english-slug> --slug <french-slug>: starts its French edition.
import fs from 'node:fs';
import path from 'node:path';
import { newStoryFiles, nowWithOffset } from '../lib/content/new-story';
import { startTranslation } from './new-translation';
import { paths } from '../lib/i18n/paths';
import { site } from '../lib/site';

const args = process.argv.slice(2);
if (args.includes('--translate')) startTranslation(args);

const headline = args.join(' ').trim();
if (!headline) {
  console.error('Usage: npm run new-story -- "Headline of the story"\n       npm run new-story -- --translate <english-slug> --slug <french-slug>');
  process.exit(1);
}

const { slug, chartId, files: starter } = newStoryFiles(headline, nowWithOffset(new Date(), site.timeZone));
// The files go into the content root the check and the build read (CONTENT_DIR, default content).
const root = process.env.CONTENT_DIR || 'content';
const files = Object.fromEntries(Object.entries(starter).map(([file, text]) => [file.replace(/^content\//, `${root}/`), text]));
if (!slug) {
  console.error(`Cannot make a file name from "${headline}": use a headline with letters or digits.`);
  process.exit(1);
}
const existing = Object.keys(files).filter((file) => fs.existsSync(file));
if (existing.length) {
  console.error(`Not written: ${existing.join(' and ')} already exist${existing.length === 1 ? 's' : ''}. Choose another headline, or edit the existing story.`);
  process.exit(1);
}
for (const [file, text] of Object.entries(files)) {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, text, { flag: 'wx' });
}

console.log(`Created:
  ${root}/stories/${slug}.mdx     the story (a draft: it shows in npm run dev only)
  ${root}/data/${chartId}.json   the data for its chart

Next:
  1. npm run dev, and open http://localhost:3000${paths('en').story(slug)}
  2. Replace every "TK" in both files; EDITORS.md explains each field.
  3. npm run check, until it reports no errors or warnings.
  4. Set draft: false and a published time, then build and deploy.`);
