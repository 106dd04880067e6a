import type { StoryMeta } from './story-file';

/**
 * When a correction changed the story: a correction dated by day alone counts from midday UTC, the
 * same calendar day across the Americas and Europe.
 */
export const correctionTime = (date: string): string => (date.length === 10 ? `${date}T12:00:00Z` : date);

/** The last time a story changed for readers: its `updated` field or its newest correction, else publication. */
export function modifiedAt(story: StoryMeta): string {
  const corrected = story.corrections.map((c) => correctionTime(c.date));
  const candidates = [story.published, story.updated, ...corrected].filter(Boolean) as string[];
  return candidates.reduce((a, b) => (Date.parse(b) > Date.parse(a) ? b : a));
}

/**
 * Whether a story's page shows an Updated date: a change after publication, on another day than
 * publication as the page writes days (`day`). The story header and the desk's Updated field both ask.
 */
export const showsUpdated = (published: string, modified: string, day: (iso: string) => string): boolean => modified !== published && day(modified) !== day(published);

/** The newest modification among stories (for a list page, a tag page or a feed). */
export function lastModified(stories: StoryMeta[]): string | undefined {
  return stories.map(modifiedAt).sort((a, b) => Date.parse(b) - Date.parse(a))[0];
}
