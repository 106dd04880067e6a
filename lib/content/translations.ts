import path from 'node:path';
import type { Problem } from '../problems';
import type { StoryMeta } from './stories';

/** The file line (1-based) of a top-level frontmatter field, for messages about it. */
export function frontmatterLine(source: string, field: string): number | undefined {
  const lines = source.split('\n');
  for (let i = 1; i < lines.length && !lines[i].startsWith('---'); i++) {
    if (lines[i].startsWith(`${field}:`)) return i + 1;
  }
  return undefined;
}

/**
 * What ties each French story to its original: `translationOf` names an English story, one
 * translation per story, and a published translation has a published original (else the French
 * page would link to a page that is not on the site).
 */
export function translationProblems(stories: readonly StoryMeta[], sourceOf: (file: string) => string): Problem[] {
  const english = new Map(stories.filter((s) => s.lang === 'en').map((s) => [s.slug, s]));
  const translatedBy = new Map<string, string>();
  const problems: Problem[] = [];
  for (const story of stories) {
    if (story.lang !== 'fr' || !story.translationOf) continue;
    const at = { file: story.file, line: frontmatterLine(sourceOf(story.file), 'translationOf'), field: 'translationOf' };
    const original = english.get(story.translationOf);
    const folder = path.dirname(path.dirname(story.file));
    if (!original) {
      problems.push({ ...at, expected: `the slug of an English story in ${folder}/ (one of ${[...english.keys()].join(', ') || 'none'})`, found: `"${story.translationOf}", which is not one` });
    } else if (translatedBy.has(original.slug)) {
      problems.push({ ...at, expected: 'an English story that no other translation names', found: `"${original.slug}", already translated by ${translatedBy.get(original.slug)}` });
    } else if (original.draft && !story.draft) {
      problems.push({ ...at, expected: 'a published original, since this translation is published (draft: false)', found: `"${original.slug}", a draft`, hint: 'publish the original first, or keep the translation a draft' });
    }
    if (original) translatedBy.set(original.slug, translatedBy.get(original.slug) ?? story.file);
  }
  return problems;
}
