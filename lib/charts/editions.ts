/**
 * The charts each edition publishes, in its words: English has every chart a published story
 * shows; French has those among them whose French text exists (content/data/fr/<id>.json). A
 * French story that shows a chart without one fails to load, naming the file to create.
 */
import fs from 'node:fs';
import path from 'node:path';
import { getPublishedCharts, getStories } from '@/lib/content/stories';
import { DATA_DIR, getDataset, translationFile, type Dataset } from '@/lib/data/datasets';
import type { Lang } from '@/lib/i18n/lang';

const hasText = (id: string, lang: Exclude<Lang, 'en'>) => fs.existsSync(translationFile(path.resolve(DATA_DIR, `${id}.json`), lang));

/** Published charts of an edition, sorted by id. */
export function editionCharts(lang: Lang): Dataset[] {
  const english = getPublishedCharts();
  if (lang === 'en') return english;
  return english.filter((d) => hasText(d.id, lang)).map((d) => getDataset(d.id, undefined, lang));
}

/** One published chart of an edition, by id. */
export const editionChart = (id: string, lang: Lang): Dataset | undefined => editionCharts(lang).find((d) => d.id === id);

/**
 * The newest published story of the edition that shows the chart: where an embed's "read the
 * story" leads. lib/content lists English stories only on this branch, so a French embed has none
 * yet and links to the French home page.
 */
export function homeStory(id: string, lang: Lang) {
  return lang === 'en' ? getStories().find((story) => story.charts.includes(id)) : undefined;
}
