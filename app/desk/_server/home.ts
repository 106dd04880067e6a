import { buildModel } from '@/lib/content/model';
import { readContent } from '@/lib/content/disk';
import { isError } from '@/lib/problems';
import { translationTitle } from '../translation-title';

/** `translatable`: an English story that compiles and has no French edition yet (the desk offers "Translate"). */
export type StoryRow = { path: string; slug: string; title: string; lang: 'en' | 'fr'; states: string[]; translatable: boolean };

/** Every story file of both editions with its states, every chart, and the tags in use, read from disk now. */
export function deskHome(now = Date.now()) {
  const { input, display } = readContent();
  const model = buildModel(input, { display, now });
  const withErrors = new Set(model.problems.filter(isError).map((p) => p.file));
  const withWarnings = new Set(model.problems.map((p) => p.file));
  const translated = new Set(model.stories.flatMap((s) => (s.lang === 'fr' && s.translationOf ? [s.translationOf] : [])));
  const byPath = new Map(model.stories.map((s) => [s.path, s]));
  // A translation whose title is still Translate's "TK" is named by the story it translates: a list
  // of "TK" rows told the editor nothing (the second desk review).
  const english = new Map(model.stories.filter((s) => s.lang === 'en').map((s) => [s.slug, s.title]));
  const rowTitle = (story: (typeof model.stories)[number]) => translationTitle(story.title, story.translationOf ? english.get(story.translationOf) : undefined);
  const stories: StoryRow[] = input.files
    .filter((f) => f.path.startsWith('stories/'))
    .map((f) => {
      const story = byPath.get(f.path);
      const states: string[] = [];
      if (!story) states.push('does not compile');
      else if (story.draft) states.push('draft');
      else if (Date.parse(story.published) > now) states.push('scheduled');
      else states.push('published');
      const translatable = story?.lang === 'en' && !translated.has(story.slug);
      if (translatable) states.push('not yet translated');
      const file = display(f.path);
      if (withErrors.has(file)) states.push('has problems');
      else if (withWarnings.has(file)) states.push('has warnings');
      const slug = f.path.replace(/^stories\/(?:fr\/)?/, '').replace(/\.mdx?$/, '');
      return { path: f.path, slug, title: story ? rowTitle(story) : f.path, lang: f.path.startsWith('stories/fr/') ? 'fr' : 'en', states, translatable };
    });
  // A French chart file is listed under its French title (it was its path): the editor opening it reads French.
  const titleOf = (file: string) => {
    const [, fr, id] = /^data\/(fr\/)?([^/]+)\.json$/.exec(file) ?? [];
    return (fr ? model.datasets.fr : model.datasets.en).find((d) => d.id === id)?.title ?? file;
  };
  const charts = input.files.filter((f) => f.path.startsWith('data/')).map((f) => ({ path: f.path, title: titleOf(f.path), states: withErrors.has(display(f.path)) ? ['has problems'] : [] }));
  const tags = [...new Set(model.stories.flatMap((s) => s.tags))].sort();
  return { stories, charts, tags };
}
