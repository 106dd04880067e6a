import { z } from 'zod';
import { SLUG } from './slug';

const isoDateTime = z.iso.datetime({ offset: true, local: false });
const isoDate = z.iso.date();

/** Frontmatter of one story, as an editor writes it in YAML. */
export const frontmatterSchema = z.strictObject({
  title: z.string().trim().min(1).max(120),
  dek: z.string().trim().min(1).max(300),
  byline: z.array(z.string().trim().min(1)).min(1),
  published: isoDateTime,
  updated: isoDateTime.optional(),
  tags: z.array(z.string().regex(SLUG, 'lowercase words joined by hyphens')).default([]),
  draft: z.boolean().default(false),
  sources: z
    .array(
      z.strictObject({
        name: z.string().trim().min(1),
        date: isoDate,
        // A link readers follow from every page of the story: the web only, never javascript: or data:.
        url: z.url({ protocol: /^https?$/ }).optional(),
      }),
    )
    .min(1),
  corrections: z.array(z.strictObject({ date: z.union([isoDate, isoDateTime]), text: z.string().trim().min(1) })).default([]),
  /** In a French story only (content/stories/fr/): the slug of the English story it translates. */
  translationOf: z.string().regex(SLUG, 'the slug of an English story, in lowercase words joined by hyphens').optional(),
}).superRefine((fm, ctx) => {
  if (fm.updated && Date.parse(fm.updated) < Date.parse(fm.published)) {
    ctx.addIssue({ code: 'custom', path: ['updated'], message: `a time after published (${fm.published})` });
  }
});

export type Frontmatter = z.infer<typeof frontmatterSchema>;
