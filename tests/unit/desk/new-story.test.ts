import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, test, vi } from 'vitest';
import { slugFor } from '@/lib/content/new-story';
import { planStory, planTranslation, writeNew } from '@/lib/content/scaffold';
import { isSlug } from '@/lib/slug';

/** Starting a story or a translation: one module for `npm run new-story` and the desk's forms. */

const PUBLISHED = '2026-11-29T17:00:00-05:00';

function tempRoot() {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'scaffold-'));
  fs.cpSync('tests/fixtures/new-translation/content', root, { recursive: true });
  return root;
}

describe('the slug a headline suggests', () => {
  test('always follows the one slug rule, or is empty', () => {
    expect(slugFor('Ottawa’s mask orders & what they show')).toBe('ottawas-mask-orders-what-they-show');
    expect(slugFor('Le bras de fer des N95 : Québec')).toBe('le-bras-de-fer-des-n95-quebec');
    // French elision is a word break; an English possessive's apostrophe is not.
    expect(slugFor('L’été où l’on a manqué d’N95, jusqu’à l’entente')).toBe('l-ete-ou-l-on-a-manque-d-n95-jusqu-a-l-entente');
    expect(slugFor("Qu'est-ce qu'Ottawa a obtenu ?")).toBe('qu-est-ce-qu-ottawa-a-obtenu');
    expect(slugFor('3M’s masks and the states’ orders')).toBe('3ms-masks-and-the-states-orders');
    expect(slugFor('snake_case and 日本 masks')).toBe('snake-case-and-masks');
    expect(slugFor('!!! ---')).toBe('');
    for (const headline of ['A — B', '  spaced  out  ', 'ÆØÅ æøå', 'x'.repeat(300), '1.5 million?', 'Tab\there']) {
      const slug = slugFor(headline);
      expect(slug === '' || isSlug(slug), headline).toBe(true);
    }
  });
});

describe('a new story', () => {
  test('the slug and tags given are the file name and the tags; the data stub is named after the slug', () => {
    const plan = planStory({ headline: 'How the deal was struck', slug: 'the-deal', tags: ['trade', 'canada'] }, PUBLISHED);
    expect(plan.ok && plan.files.map((f) => f.rel)).toEqual(['stories/the-deal.mdx', 'data/the-deal-chart.json']);
    const story = plan.ok ? plan.files[0].text : '';
    expect(story).toContain('title: "How the deal was struck"\n');
    expect(story).toContain('published: 2026-11-29T17:00:00-05:00\ntags:\n  - trade\n  - canada\ndraft: true\n');
    expect(story).toContain('<Chart id="the-deal-chart" />');
    // No tags: no tags field at all (it is optional), rather than an empty list.
    const untagged = planStory({ headline: 'How the deal was struck', slug: 'the-deal', tags: [] }, PUBLISHED);
    expect(untagged.ok && untagged.files[0].text).toContain('published: 2026-11-29T17:00:00-05:00\ndraft: true\n');
  });

  test('each refusal names its field: an empty headline, an invalid slug, an invalid tag', () => {
    expect(planStory({ headline: '  ', slug: 'x' }, PUBLISHED)).toEqual({ ok: false, field: 'headline', message: 'expected the headline of the story, found nothing' });
    expect(planStory({ headline: 'H', slug: 'Not_A slug' }, PUBLISHED)).toEqual({ ok: false, field: 'slug', message: 'expected lowercase words without accents joined by hyphens, like how-the-deal-was-struck, found "Not_A slug"' });
    expect(planStory({ headline: 'H', slug: '' }, PUBLISHED)).toMatchObject({ ok: false, field: 'slug', message: expect.stringMatching(/found nothing$/) });
    expect(planStory({ headline: 'H', slug: 'h', tags: ['canada', 'Trade Deals'] }, PUBLISHED)).toEqual({ ok: false, field: 'tags', message: 'expected lowercase words without accents joined by hyphens for each tag, like defense-production-act, found "Trade Deals"' });
  });

  test('a headline longer than the check allows is refused before any file is written, with its length', () => {
    expect(planStory({ headline: `${'A'.repeat(120)}` }, PUBLISHED).ok).toBe(true);
    expect(planStory({ headline: `${'A'.repeat(130)}` }, PUBLISHED)).toEqual({ ok: false, field: 'headline', message: 'expected a headline of at most 120 characters, found 130: shorten it by 10' });
  });

  test('never overwrites: an existing story or data file refuses both, and the disk is left as it was', () => {
    const root = tempRoot();
    const plan = planStory({ headline: 'Original again', slug: 'original' }, PUBLISHED);
    const before = fs.readFileSync(path.join(root, 'stories/original.mdx'), 'utf8');
    expect(plan.ok && writeNew(plan, (rel) => path.join(root, rel), 'content')).toEqual({ ok: false, field: 'slug', message: 'Not written: content/stories/original.mdx already exists.' });
    expect(fs.readFileSync(path.join(root, 'stories/original.mdx'), 'utf8')).toBe(before);
    expect(fs.existsSync(path.join(root, 'data/original-chart.json'))).toBe(false);

    const fresh = planStory({ headline: 'Fresh', slug: 'fresh' }, PUBLISHED);
    expect(fresh.ok && writeNew(fresh, (rel) => path.join(root, rel), 'content')).toEqual({ ok: true, files: ['content/stories/fresh.mdx', 'content/data/fresh-chart.json'] });
    expect(fs.readFileSync(path.join(root, 'stories/fresh.mdx'), 'utf8')).toBe(fresh.ok ? fresh.files[0].text : '');
  });

  test('a file that appears between the check and the write is not replaced, and nothing half-written is left', () => {
    const root = tempRoot();
    const plan = planStory({ headline: 'Race', slug: 'race' }, PUBLISHED);
    // Someone else's data file, which the existence check does not see (it appeared just after it).
    fs.mkdirSync(path.join(root, 'data'), { recursive: true });
    fs.writeFileSync(path.join(root, 'data/race-chart.json'), 'theirs');
    const exists = vi.spyOn(fs, 'existsSync').mockReturnValue(false);
    const result = plan.ok && writeNew(plan, (rel) => path.join(root, rel), 'content');
    exists.mockRestore();
    expect(result).toMatchObject({ ok: false, field: 'slug' });
    expect(fs.readFileSync(path.join(root, 'data/race-chart.json'), 'utf8')).toBe('theirs');
    expect(fs.existsSync(path.join(root, 'stories/race.mdx'))).toBe(false);
  });
});

describe('a new translation', () => {
  test('refused for an unknown story, a bad slug, a taken slug, a story already translated', () => {
    const root = tempRoot();
    const plan = (english: string, slug: string) => planTranslation(root, 'content', { english, slug }, PUBLISHED);
    expect(plan('missing', 'x')).toEqual({ ok: false, field: 'translate', message: 'expected the slug of a story in content/stories/, found "missing" (no file content/stories/missing.mdx)' });
    expect(plan('../../etc/passwd', 'x')).toMatchObject({ ok: false, field: 'translate' });
    expect(plan('original', 'Le Bras')).toEqual({ ok: false, field: 'slug', message: 'expected lowercase words without accents joined by hyphens, like le-bras-de-fer, found "Le Bras"' });
    const first = plan('original', 'traduction');
    expect(first.ok && first.files[0].rel).toBe('stories/fr/traduction.mdx');
    expect(first.ok && first.files[0].text).toMatch(/^---\ntranslationOf: original\n/);
    expect(first.ok && writeNew(first, (rel) => path.join(root, rel), 'content')).toMatchObject({ ok: true });
    expect(plan('original', 'traduction')).toEqual({ ok: false, field: 'slug', message: 'Not written: content/stories/fr/traduction.mdx already exists.' });
    expect(plan('original', 'autre')).toEqual({ ok: false, field: 'translate', message: 'Not written: content/stories/fr/traduction.mdx already translates original. Edit that file instead.' });
  });

  test('starts the French words of each chart the story shows that has none, and of no other', () => {
    const root = tempRoot();
    const valid = 'tests/unit/charts/fixtures/valid';
    fs.mkdirSync(`${root}/data/fr`, { recursive: true });
    // The story shows fixture-line (a <Chart> and two figures) and fixture-column (a figure); fixture-column has its French words.
    for (const id of ['fixture-line', 'fixture-column', 'fixture-map']) fs.copyFileSync(`${valid}/${id}.json`, `${root}/data/${id}.json`);
    fs.copyFileSync(`${valid}/fr/fixture-column.json`, `${root}/data/fr/fixture-column.json`);
    const plan = planTranslation(root, 'content', { english: 'original', slug: 'traduction' }, PUBLISHED);
    expect(plan.ok && plan.files.map((f) => f.rel)).toEqual(['stories/fr/traduction.mdx', 'data/fr/fixture-line.json']);
    expect(plan.ok && JSON.parse(plan.files[1].text)).toMatchObject({ id: 'fixture-line', title: expect.stringMatching(/^TK: /) });
    // A chart whose English file has errors gets none: the check names it.
    fs.writeFileSync(`${root}/data/fixture-line.json`, '{ "id": "fixture-line" ');
    const broken = planTranslation(root, 'content', { english: 'original', slug: 'traduction' }, PUBLISHED);
    expect(broken.ok && broken.files.map((f) => f.rel)).toEqual(['stories/fr/traduction.mdx']);
  });
});
