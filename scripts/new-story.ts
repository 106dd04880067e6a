// npm run new-story -- "Headline": writes a draft story and a data-file stub, never over existing files.
// npm run new-story -- --translate <english-slug> --slug <french-slug>: starts its French edition.
// What is written is lib/content/scaffold.ts's, which the desk's "New story" uses too.
import path from 'node:path';
import { nowWithOffset } from '../lib/content/new-story';
import { planStory, writeNew } from '../lib/content/scaffold';
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

// The files go into the content root the check and the build read (CONTENT_DIR, default content).
const root = process.env.CONTENT_DIR || 'content';
const plan = planStory({ headline }, nowWithOffset(new Date(), site.timeZone));
const written = plan.ok ? writeNew(plan, (rel) => path.join(root, rel), root) : plan;
if (!written.ok) {
  console.error(written.message.startsWith('Not written:') ? `${written.message} Choose another headline, or edit the existing story.` : written.message);
  process.exit(1);
}
const slug = plan.ok ? plan.slug : '';

console.log(`Created:
  ${root}/stories/${slug}.mdx     the story (a draft: it shows in npm run dev only)
  ${root}/data/${slug}-chart.json   the data for its chart

Next:
  1. npm run dev, and open http://localhost:3000${paths('en').story(slug)}
  2. Replace every "TK" in both files; EDITORS.md explains each field.
  3. npm run check, until it reports no errors or warnings.
  4. Set draft: false and a published time, then build and deploy.`);
