/**
 * The charts each edition publishes, in its words: those its published stories show (a French
 * story loads its charts in French, from content/data/fr/<id>.json, and fails to load, naming the
 * file to create, when one is missing).
 */
import { getPublishedCharts, getStories } from '@/lib/content/stories';
import type { Dataset } from '@/lib/data/datasets';
import type { Lang } from '@/lib/i18n/lang';

/** Published charts of an edition, sorted by id. */
export const editionCharts = (lang: Lang): Dataset[] => getPublishedCharts({ lang });

/** One published chart of an edition, by id. */
export const editionChart = (id: string, lang: Lang): Dataset | undefined => editionCharts(lang).find((d) => d.id === id);

/** The newest published story of the edition that shows the chart: where an embed's "read the story" leads. */
export const homeStory = (id: string, lang: Lang) => getStories({ lang }).find((story) => story.charts.includes(id));
