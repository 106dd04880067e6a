import { valueKey } from '../charts/figures';
import { QUOTED_ENGLISH, READER_TEXT } from '../data/reader-fields';
import type { Dataset } from '../data/schema';
import type { Lang } from '../i18n/lang';
import { frenchNoBreaks } from '../i18n/french';
import type { StoryMeta } from './story-file';
import { typesetText } from './typography';

/**
 * Every text a reader sees, in one typography: a story's frontmatter and its charts' words get the
 * curly quotes, dashes and (in French) unbreakable names that its body gets (./typography.ts).
 * Applied once, to the model's stories and the datasets they draw, so pages, cards, feeds and embeds
 * all show the same text. The data files and the model's own `datasets` keep the text as typed:
 * checks compare it with the sources, and the CSV download gives the data as its file holds it.
 */


function walk(node: unknown, lang: Lang, key?: string): unknown {
  // Readers' text in the dataset's language; the English words quoted get their quotes curled, nothing French done to them.
  if (typeof node === 'string') return key && READER_TEXT.has(key) ? typesetText(node, lang) : key && QUOTED_ENGLISH.has(key) ? typesetText(node, 'en') : node;
  if (Array.isArray(node)) return node.map((item) => walk(item, lang, key));
  if (node && typeof node === 'object') return Object.fromEntries(Object.entries(node).map(([k, v]) => [k, walk(v, lang, k)]));
  return node;
}

/**
 * A dataset in the reader's typography. Its rows keep the keys an editor names them by (a label as
 * typed, "3M's output"), which <Figure value> and the table's row ids use, in `valueKeys`.
 */
export function readerDataset(ds: Dataset, lang: Lang): Dataset {
  const valueKeys = ds.valueKeys ?? (ds.values as { label: string; date?: string }[]).map((v) => valueKey(v, ds.chart));
  return { ...(walk(ds, lang) as Dataset), valueKeys };
}

/** A story's frontmatter texts and table of contents in the reader's typography (its body has it from the compiler). */
export function readerStory<T extends StoryMeta>(story: T): T {
  const { lang } = story;
  const text = (s: string) => typesetText(s, lang);
  return {
    ...story,
    title: text(story.title),
    dek: text(story.dek),
    byline: story.byline.map(text),
    sources: story.sources.map((s) => ({ ...s, name: text(s.name) })),
    corrections: story.corrections.map((c) => ({ ...c, text: text(c.text) })),
    toc: lang === 'fr' ? story.toc.map((entry) => ({ ...entry, text: frenchNoBreaks(entry.text) })) : story.toc,
  };
}
