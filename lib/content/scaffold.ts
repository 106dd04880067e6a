import fs from 'node:fs';
import path from 'node:path';
import { isSlug } from '../slug';
import { TITLE_MAX } from './schema';
import { newStoryFiles, slugFor } from './new-story';
import { chartsIn, translationSource } from './new-translation';
import { FRENCH_DIR } from './story-file';
import { parseDataset } from '../data/parse';
import { translationStart } from '../data/translation-start';

/**
 * Starting a story or its French edition, for `npm run new-story` and the desk alike, so the two
 * can never write different files: what to write (checked first, each refusal naming its field),
 * then writing it without ever replacing a file ('wx': the disk refuses, whatever the check saw).
 * Paths are inside the content root ("stories/x.mdx"); `label` is how messages name that root.
 */

export type StartField = 'headline' | 'slug' | 'tags' | 'translate';
export type Refusal = { ok: false; field: StartField; message: string };
export type Plan = { ok: true; slug: string; files: { rel: string; text: string }[] };

const refuse = (field: StartField, message: string): Refusal => ({ ok: false, field, message });
const SLUG_HINT = 'expected lowercase words without accents joined by hyphens';

/** A new story and its chart's data stub. `slug` defaults to the headline's; `tags` to the command line's. */
export function planStory(fields: { headline: string; slug?: string; tags?: readonly string[] }, published: string): Plan | Refusal {
  const headline = fields.headline.trim();
  if (!headline) return refuse('headline', 'expected the headline of the story, found nothing');
  // The check would refuse the story it makes (title: at most TITLE_MAX): refused here, before any file exists.
  if (headline.length > TITLE_MAX) return refuse('headline', `expected a headline of at most ${TITLE_MAX} characters, found ${headline.length}: shorten it by ${headline.length - TITLE_MAX}`);
  const slug = fields.slug?.trim() ?? slugFor(headline);
  if (fields.slug === undefined && !slug) return refuse('headline', `Cannot make a file name from "${headline}": use a headline with letters or digits.`);
  if (!isSlug(slug)) return refuse('slug', `${SLUG_HINT}, like how-the-deal-was-struck, found ${slug ? JSON.stringify(slug) : 'nothing'}`);
  const badTag = fields.tags?.find((tag) => !isSlug(tag));
  if (badTag !== undefined) return refuse('tags', `${SLUG_HINT} for each tag, like defense-production-act, found ${JSON.stringify(badTag)}`);
  const { files } = newStoryFiles(headline, published, { slug, tags: fields.tags });
  return { ok: true, slug, files: Object.entries(files).map(([file, text]) => ({ rel: file.replace(/^content\//, ''), text })) };
}

/** The French edition of the English story `english`, as `frenchSlug`: refused for an unknown story or one already translated. */
export function planTranslation(root: string, label: string, fields: { english: string; slug: string }, published: string): Plan | Refusal {
  const { english, slug } = fields;
  if (!isSlug(slug)) return refuse('slug', `${SLUG_HINT}, like le-bras-de-fer, found "${slug}"`);
  const original = `stories/${english}.mdx`;
  const text = isSlug(english) ? readIfFile(path.join(root, original)) : undefined;
  if (text === undefined) return refuse('translate', `expected the slug of a story in ${label}/stories/, found "${english}" (no file ${label}/${original})`);
  const target = `stories/fr/${slug}.mdx`;
  if (fs.existsSync(path.join(root, target))) return refuse('slug', `Not written: ${label}/${target} already exists.`);
  const dir = path.join(root, 'stories', 'fr');
  const existing = fs.existsSync(dir) ? fs.readdirSync(dir).find((f) => new RegExp(`^translationOf: ${english}\\s*$`, 'm').test(readIfFile(path.join(dir, f)) ?? '')) : undefined;
  if (existing) return refuse('translate', `Not written: ${label}/stories/fr/${existing} already translates ${english}. Edit that file instead.`);
  try {
    return { ok: true, slug, files: [{ rel: target, text: translationSource(text, english, published) }, ...chartStarts(root, chartsIn(text))] };
  } catch {
    return refuse('translate', `expected an English story whose frontmatter the check accepts, found errors in ${label}/${original} (npm run check names them)`);
  }
}

/**
 * The French words of each chart the story shows that has none yet (data/fr/<id>.json), started
 * with every text marked TK: the French edition cannot be published until they are written. A
 * chart whose English file is missing or has errors gets none; the check names those.
 */
function chartStarts(root: string, ids: string[]): { rel: string; text: string }[] {
  return ids.flatMap((id) => {
    const rel = `data/${FRENCH_DIR}/${id}.json`;
    const english = isSlug(id) && !fs.existsSync(path.join(root, rel)) ? readIfFile(path.join(root, `data/${id}.json`)) : undefined;
    const parsed = english === undefined ? undefined : parseDataset(english, `data/${id}.json`);
    return parsed?.dataset ? [{ rel, text: translationStart(parsed.dataset) }] : [];
  });
}

function readIfFile(file: string): string | undefined {
  try {
    return fs.statSync(file).isFile() ? fs.readFileSync(file, 'utf8') : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Writes a plan's files, none if any exists. `fileOf` gives each one's place on disk (the desk's
 * resolves it inside the content root). The existence check names every file in the way; the 'wx'
 * flag still refuses one that appeared since, and then the files this call wrote are taken back.
 */
export function writeNew(plan: Plan, fileOf: (rel: string) => string, label: string): { ok: true; files: string[] } | Refusal {
  const files = plan.files.map((f) => ({ ...f, file: fileOf(f.rel) }));
  const existing = files.filter((f) => fs.existsSync(f.file)).map((f) => `${label}/${f.rel}`);
  // The slug names the files: another slug is the way out, for a story and a translation alike.
  const field = 'slug';
  if (existing.length) return refuse(field, `Not written: ${existing.join(' and ')} already exist${existing.length === 1 ? 's' : ''}.`);
  const written: string[] = [];
  try {
    for (const f of files) {
      fs.mkdirSync(path.dirname(f.file), { recursive: true });
      fs.writeFileSync(f.file, f.text, { flag: 'wx' });
      written.push(f.file);
    }
  } catch (error) {
    for (const file of written) fs.rmSync(file, { force: true });
    const code = (error as NodeJS.ErrnoException).code;
    return refuse(field, code === 'EEXIST' ? 'Not written: a file of that name was created meanwhile.' : `Not written: the disk refused (${code ?? String(error)}).`);
  }
  return { ok: true, files: files.map((f) => `${label}/${f.rel}`) };
}
