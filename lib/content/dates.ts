import type { StoryMeta } from './story-file';

/** The last time a story changed for readers: its `updated` field or its newest correction, else publication. */
export function modifiedAt(story: StoryMeta): string {
  // A correction dated by day alone counts from midday UTC: the same calendar day across the Americas and Europe.
  const corrected = story.corrections.map((c) => (c.date.length === 10 ? `${c.date}T12:00:00Z` : c.date));
  const candidates = [story.published, story.updated, ...corrected].filter(Boolean) as string[];
  return candidates.reduce((a, b) => (Date.parse(b) > Date.parse(a) ? b : a));
}

/** The newest modification among stories (for a list page, a tag page or a feed). */
export function lastModified(stories: StoryMeta[]): string | undefined {
  return stories.map(modifiedAt).sort((a, b) => Date.parse(b) - Date.parse(a))[0];
}
