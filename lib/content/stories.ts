/**
 * The page-facing content API: every page, feed, card and embed reads stories and charts from
 * here. The stories come from the one content model (./model), read from disk by ./disk.
 */
export {
  counterpartOf,
  getPublishedChart,
  getPublishedChartData,
  getPublishedCharts,
  getStories,
  getStory,
  getTags,
  isPreview,
  isScheduled,
  loadStories,
  publishTime,
  type ContentDirs,
  type Options,
  type Story,
} from './disk';
export { FRENCH_DIR, langOfFile, parseStory, type StoryMeta } from './story-file';
export { lastModified, modifiedAt } from './dates';
