import type { Problem } from '../problems';
import type { StoryFacts } from './story-facts';
import type { StoryMeta } from './story-file';

type Edition = StoryMeta & { facts: Pick<StoryFacts, 'translationOfAt'> };

/**
 * What ties each French story to its original: `translationOf` names an English story, one
 * translation per story, and a published translation has a published original (else the French
 * page would link to a page that is not on the site).
 */
export function translationProblems(stories: readonly Edition[], display: (path: string) => string, unreadEnglish: ReadonlySet<string> = new Set()): Problem[] {
  const english = new Map(stories.filter((s) => s.lang === 'en').map((s) => [s.slug, s]));
  const translatedBy = new Map<string, string>();
  const problems: Problem[] = [];
  for (const story of stories) {
    if (story.lang !== 'fr' || !story.translationOf) continue;
    const at = { file: story.file, ...story.facts.translationOfAt, field: 'translationOf' };
    const original = english.get(story.translationOf);
    // An original whose file is there but could not be read: its own errors say why.
    if (!original && unreadEnglish.has(story.translationOf)) continue;
    if (!original) {
      problems.push({ ...at, expected: `the slug of an English story in ${display('stories')}/ (one of ${[...english.keys()].join(', ') || 'none'})`, found: `"${story.translationOf}", which is not one` });
    } else if (translatedBy.has(original.slug)) {
      problems.push({ ...at, expected: 'an English story that no other translation names', found: `"${original.slug}", already translated by ${translatedBy.get(original.slug)}` });
    } else if (original.draft && !story.draft) {
      problems.push({ ...at, expected: 'a published original, since this translation is published (draft: false)', found: `"${original.slug}", a draft`, hint: 'publish the original first, or keep the translation a draft' });
    }
    if (original) translatedBy.set(original.slug, translatedBy.get(original.slug) ?? story.file);
  }
  return problems;
}
