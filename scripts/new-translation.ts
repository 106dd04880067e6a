// The --translate half of npm run new-story: writes content/stories/fr/<french-slug>.mdx from an English story.
import fs from 'node:fs';
import path from 'node:path';
import { nowWithOffset } from '../lib/content/new-story';
import { translationSource } from '../lib/content/new-translation';
import { isSlug } from '../lib/slug';
import { paths } from '../lib/i18n/paths';
import { site } from '../lib/site';

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

export function startTranslation(args: string[]): never {
  const value = (flag: string) => (args.includes(flag) ? args[args.indexOf(flag) + 1] : undefined);
  const english = value('--translate');
  const slug = value('--slug');
  if (!english || !slug) fail('Usage: npm run new-story -- --translate <english-slug> --slug <french-slug>\n  e.g. npm run new-story -- --translate the-n95-standoff --slug le-bras-de-fer-des-n95');
  if (!isSlug(slug)) fail(`--slug: expected lowercase words without accents joined by hyphens, like le-bras-de-fer, found "${slug}"`);
  // The content root the check and the build read (CONTENT_DIR, default content).
  const root = process.env.CONTENT_DIR || 'content';
  const original = `${root}/stories/${english}.mdx`;
  if (!fs.existsSync(original)) fail(`--translate: expected the slug of a story in ${root}/stories/, found "${english}" (no file ${original})`);
  const dir = `${root}/stories/fr`;
  const target = `${dir}/${slug}.mdx`;
  if (fs.existsSync(target)) fail(`Not written: ${target} already exists. Choose another --slug, or edit the existing translation.`);
  const existing = fs.existsSync(dir) ? fs.readdirSync(dir).find((f) => new RegExp(`^translationOf: ${english}\\s*$`, 'm').test(fs.readFileSync(path.join(dir, f), 'utf8'))) : undefined;
  if (existing) fail(`Not written: ${dir}/${existing} already translates ${english}. Edit that file instead.`);

  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(target, translationSource(fs.readFileSync(original, 'utf8'), english, nowWithOffset(new Date(), site.timeZone)), { flag: 'wx' });
  console.log(`Created:
  ${target}     the French edition of ${original} (a draft)

It has the original's structure, its charts, figures and a <Quote> for each quotation in place;
the English is in a comment beside each frontmatter placeholder.

Next:
  1. npm run dev, and open http://localhost:3000${paths('fr').story(slug)}
  2. Replace every "TK": the headline, dek, byline and source names in French, each heading
     and paragraph, and inside each <Quote original="…">, our translation of those words.
  3. npm run check, until it reports no errors or warnings: it compares the two editions.
  4. Set draft: false and a published time, then build and deploy.`);
  process.exit(0);
}
