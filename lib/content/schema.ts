import { z } from 'zod';
import { SLUG } from '../slug';
import { isInvisible } from '../text-rules';

const isoDateTime = z.iso.datetime({ offset: true, local: false });
const isoDate = z.iso.date();

/** Text a reader sees: not empty once spaces and invisible characters (zero-width, format) are removed. */
const visible = (max?: number) => {
  const base = z.string().trim().min(1);
  return (max ? base.max(max) : base).refine((s) => s === '' || !isInvisible(s), { error: 'visible text, not only spaces or invisible characters' });
};

/** The longest headline, in UTF-16 units as zod counts them: the desk's New story form refuses a longer one too. */
export const TITLE_MAX = 120;

/** Frontmatter of one story, as an editor writes it in YAML. */
export const frontmatterSchema = z.strictObject({
  title: visible(TITLE_MAX),
  dek: visible(300),
  byline: z.array(visible()).min(1, { error: 'at least one name' }),
  published: isoDateTime,
  updated: isoDateTime.optional(),
  tags: z.array(z.string().regex(SLUG, 'lowercase words without accents joined by hyphens')).default([]),
  draft: z.boolean().default(false),
  sources: z
    .array(
      z.strictObject({
        name: visible(),
        date: isoDate,
        // A link readers follow from every page of the story: the web only, never javascript: or data:.
        url: z.url({ protocol: /^https?$/ }).optional(),
      }),
    )
    .min(1, { error: 'at least one source report' }),
  corrections: z.array(z.strictObject({ date: z.union([isoDate, isoDateTime]), text: visible() })).default([]),
  /** In a French story only (content/stories/fr/): the slug of the English story it translates. */
  translationOf: z.string().regex(SLUG, 'the slug of an English story, in lowercase words without accents joined by hyphens').optional(),
}).superRefine((fm, ctx) => {
  if (fm.updated && Date.parse(fm.updated) < Date.parse(fm.published)) {
    ctx.addIssue({ code: 'custom', path: ['updated'], message: `a time after published (${fm.published})` });
  }
});

export type Frontmatter = z.infer<typeof frontmatterSchema>;
