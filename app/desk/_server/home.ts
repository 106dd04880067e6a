import { buildModel } from '@/lib/content/model';
import { readContent } from '@/lib/content/disk';
import { isError } from '@/lib/problems';

export type StoryRow = { path: string; title: string; lang: 'en' | 'fr'; states: string[] };

/** Every story file of both editions with its states, and every chart, read from disk now. */
export function deskHome(now = Date.now()) {
  const { input, display } = readContent();
  const model = buildModel(input, { display, now });
  const withErrors = new Set(model.problems.filter(isError).map((p) => p.file));
  const withWarnings = new Set(model.problems.map((p) => p.file));
  const translated = new Set(model.stories.flatMap((s) => (s.lang === 'fr' && s.translationOf ? [s.translationOf] : [])));
  const byPath = new Map(model.stories.map((s) => [s.path, s]));
  const stories: StoryRow[] = input.files
    .filter((f) => f.path.startsWith('stories/'))
    .map((f) => {
      const story = byPath.get(f.path);
      const states: string[] = [];
      if (!story) states.push('does not compile');
      else if (story.draft) states.push('draft');
      else if (Date.parse(story.published) > now) states.push('scheduled');
      else states.push('published');
      if (story?.lang === 'en' && !translated.has(story.slug)) states.push('not yet translated');
      const file = display(f.path);
      if (withErrors.has(file)) states.push('has problems');
      else if (withWarnings.has(file)) states.push('has warnings');
      return { path: f.path, title: story?.title ?? f.path, lang: f.path.startsWith('stories/fr/') ? 'fr' : 'en', states };
    });
  const charts = input.files.filter((f) => f.path.startsWith('data/')).map((f) => ({ path: f.path, title: model.datasets.en.find((d) => `data/${d.id}.json` === f.path)?.title ?? f.path, states: withErrors.has(display(f.path)) ? ['has problems'] : [] }));
  return { stories, charts };
}
