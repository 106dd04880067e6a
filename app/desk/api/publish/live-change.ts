import type { StoryMeta } from '@/lib/content/story-file';

/**
 * Whether a Publish would change a story readers have already seen without saying so: the
 * newsroom's rule (EDITORS.md, "Corrections") is to fix the text and add a correction, never to
 * rewrite a live story quietly; a typo needs none. The desk cannot tell a typo from a fact, so it
 * asks: a change readers will see (headline, dek, byline or body) to a story that was live at its
 * last commit, with no new correction and the same Updated time, is held until the editor either
 * adds one or says it is a small fix. Pure: the two versions' stories and texts in, an answer out.
 */

type Version = { story: Pick<StoryMeta, 'title' | 'dek' | 'byline' | 'draft' | 'published' | 'updated' | 'corrections'>; text: string };

/** The body: everything after the frontmatter block, its line ends and the white space around it aside. */
const bodyOf = (text: string) => text.replace(/\r\n?/g, '\n').replace(/^\uFEFF?---\n[\s\S]*?\n---[ \t]*(?:\n|$)/, '').trim();

/** What a reader sees of a version, as one comparable value. */
const seen = ({ story, text }: Version) => JSON.stringify([story.title, story.dek, story.byline, bodyOf(text)]);

/** The committed version's publication time when the change is an unannounced one to a live story; otherwise undefined. */
export function unannouncedChange(committed: Version | undefined, next: Version, now = Date.now()): string | undefined {
  if (!committed) return undefined;
  const live = !committed.story.draft && Date.parse(committed.story.published) <= now;
  if (!live || next.story.draft || seen(committed) === seen(next)) return undefined;
  const corrected = next.story.corrections.length > committed.story.corrections.length;
  const dated = Boolean(next.story.updated) && next.story.updated !== committed.story.updated;
  return corrected || dated ? undefined : committed.story.published;
}
