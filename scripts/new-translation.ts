// The --translate half of npm run new-story: writes content/stories/fr/<french-slug>.mdx from an English story.
// What is written is lib/content/scaffold.ts's, which the desk's "Translate" uses too.
import path from 'node:path';
import { nowWithOffset } from '../lib/content/new-story';
import { planTranslation, writeNew } from '../lib/content/scaffold';
import { paths } from '../lib/i18n/paths';
import { site } from '../lib/site';

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

/** How the command line names each field of a refusal. */
const FLAGS = { slug: '--slug: ', translate: '--translate: ', headline: '', tags: '' } as const;

export function startTranslation(args: string[]): never {
  const value = (flag: string) => (args.includes(flag) ? args[args.indexOf(flag) + 1] : undefined);
  const english = value('--translate');
  const slug = value('--slug');
  if (!english || !slug) fail('Usage: npm run new-story -- --translate <english-slug> --slug <french-slug>\n  e.g. npm run new-story -- --translate the-n95-standoff --slug le-bras-de-fer-des-n95');
  // The content root the check and the build read (CONTENT_DIR, default content).
  const root = process.env.CONTENT_DIR || 'content';
  const plan = planTranslation(root, root, { english, slug }, nowWithOffset(new Date(), site.timeZone));
  const written = plan.ok ? writeNew(plan, (rel) => path.join(root, rel), root) : plan;
  if (!written.ok) {
    const message = written.message.startsWith('Not written:') ? written.message : `${FLAGS[written.field]}${written.message}`;
    fail(/already exists?\.$/.test(message) ? `${message} Choose another --slug, or edit the existing translation.` : message);
  }
  const target = `${root}/stories/fr/${slug}.mdx`;
  // The French words of the charts it shows that had none (lib/content/scaffold.ts's chartStarts).
  const charts = plan.ok ? plan.files.slice(1).map((f) => `\n  ${root}/${f.rel}     the French words of its chart ${path.basename(f.rel, '.json')}`).join('') : '';
  console.log(`Created:
  ${target}     the French edition of ${root}/stories/${english}.mdx (a draft)${charts}

It has the original's structure, its charts, figures and a <Quote> for each quotation in place;
the English is in a comment beside each frontmatter placeholder${charts ? ', and after "TK: " in the chart files' : ''}.

Next:
  1. npm run dev, and open http://localhost:3000${paths('fr').story(slug)}
  2. Replace every "TK": the headline, dek, byline and source names in French, each heading
     and paragraph, and inside each <Quote original="…">, our translation of those words${charts ? ';\n     in the chart files, each "TK: …" with the French of the English after it' : ''}.
  3. npm run check, until it reports no errors or warnings: it compares the two editions.
  4. Set draft: false and a published time, then build and deploy.`);
  process.exit(0);
}
