import { withSeverity, type CheckProblem } from '../problems';
import type { Lang } from '../i18n/lang';
import { paths } from '../i18n/paths';
import type { Loaded } from './model-types';
import { nearestName } from './nearest-name';
import { pairingProblems } from './pairing';
import { placeholdersInData } from './data-placeholders';
import { linkProblem, type LinkTargets, type StoryFacts } from './story-facts';
import { chartsShown, FRENCH_DIR } from './story-file';
import { translationProblems } from './translations';

/**
 * The checks `npm run check` runs beyond reading each file: passes over the content model
 * (./model), which has already read every file. Nothing here lists files, parses a story or walks
 * its trees: what the passes need of each story was read from them once (./story-facts).
 */

export type { CheckProblem } from '../problems';

type Guard = <T>(path: string, step: string, run: () => T, fallback: T) => T;

/** File names: each gives its story an address, so it must be .mdx and its own. */
export function fileNameProblems(storyPaths: string[], display: (path: string) => string): CheckProblem[] {
  const problems: CheckProblem[] = [];
  const seen = new Map<string, string>();
  for (const path of storyPaths) {
    const file = display(path);
    const name = path.split('/').pop()!;
    const lang: Lang = path.startsWith(`stories/${FRENCH_DIR}/`) ? 'fr' : 'en';
    const slug = name.replace(/\.mdx?$/i, '').toLowerCase();
    const address = paths(lang).story(slug);
    if (!name.endsWith('.mdx')) problems.push({ file, field: 'file name', expected: 'the extension .mdx', found: `"${/\.[^.]*$/.exec(name)?.[0] ?? name}"`, severity: 'error' });
    if (seen.has(address)) problems.push({ file, field: 'file name', expected: 'a file name of its own (it gives the story its URL)', found: `the same URL ${address} as ${seen.get(address)}`, severity: 'error' });
    seen.set(address, file);
  }
  return problems;
}

/**
 * The French words of the charts: every file in data/fr/ is checked against its English file, and a
 * chart a French story shows must have one. A draft translation may show a chart whose French text
 * is not written yet (a warning); a published one may not.
 */
function frenchChartProblems(loaded: Loaded): CheckProblem[] {
  const problems: CheckProblem[] = [];
  const chartsOf = (drafts: boolean) => loaded.stories.filter((s) => s.lang === 'fr' && s.draft === drafts).flatMap(chartsShown);
  const published = new Set(chartsOf(false));
  for (const id of [...new Set([...loaded.frenchFiles.keys(), ...published, ...chartsOf(true)])].sort()) {
    if (loaded.invalid.has(id)) continue;
    const file = loaded.display(`data/${FRENCH_DIR}/${id}.json`);
    if (!loaded.english.has(id)) {
      if (loaded.frenchFiles.has(id)) problems.push({ file, field: 'file name', expected: `the name of a data file in ${loaded.display('data')}/, which this file translates`, found: `no ${id}.json there`, severity: 'error' });
      continue;
    }
    const own = loaded.frenchFiles.get(id);
    if (own) problems.push(...own.map((p) => withSeverity(p, 'error')));
    else problems.push({ file, expected: `a file with the French text of ${loaded.display(`data/${id}.json`)} (create it: see "French edition" in EDITORS.md)`, found: 'no such file', severity: published.has(id) ? 'error' : 'warning' });
  }
  return problems;
}

/**
 * A data file may hold placeholders while only drafts show it; once a published story does, not.
 * A chart's French words (Translate starts them all TK) are held back by the French stories alone.
 */
function dataPlaceholders(loaded: Loaded): CheckProblem[] {
  const shownBy = (stories: Loaded['stories']) => new Set(stories.flatMap((s) => (s.draft ? [] : s.charts)));
  const problems: CheckProblem[] = [];
  const scan = (texts: Map<string, string>, folder: string, shown: Set<string>, hint: string) => {
    for (const [id, text] of texts) {
      const file = loaded.display(`${folder}/${id}.json`);
      for (const { line, column, field, found } of placeholdersInData(text)) {
        problems.push({ file, line, column, field, expected: 'finished copy', found: `"${found}"`, hint: shown.has(id) ? hint : undefined, severity: shown.has(id) ? 'error' : 'warning' });
      }
    }
  };
  scan(loaded.dataTexts, 'data', shownBy(loaded.stories), 'a published story shows this chart');
  scan(loaded.frenchTexts, `data/${FRENCH_DIR}`, shownBy(loaded.stories.filter((s) => s.lang === 'fr')), 'a published French story shows this chart');
  return problems;
}

/**
 * A tag no other story has that is one slip from a tag others have ("defence-production-act"
 * beside "defense-production-act"): a warning, since it would start a topic page of its own. A new
 * tag unlike any other is a new topic, and passes. Both editions share the tags' slugs.
 */
function tagProblems(loaded: Loaded): CheckProblem[] {
  const users = new Map<string, number>();
  for (const story of loaded.stories) for (const tag of new Set(story.tags)) users.set(tag, (users.get(tag) ?? 0) + 1);
  const problems: CheckProblem[] = [];
  for (const story of loaded.stories) {
    story.tags.forEach((tag, i) => {
      if (users.get(tag) !== 1) return;
      const near = nearestName(tag, users.keys());
      if (near) problems.push({ file: story.file, ...story.facts.tagsAt[i], field: `tags[${i}]`, expected: `a topic other stories have, or a new one spelled as meant`, found: `"${tag}", which no other story has`, hint: `did you mean "${near}"?`, severity: 'warning' });
    });
  }
  return problems;
}

/** Every pass over the loaded model, in the order `npm run check` lists them; each story's own steps guarded (./story-facts). */
export function checkModel(loaded: Loaded, guarded: Guard): CheckProblem[] {
  const problems: CheckProblem[] = [];
  // A step of a story's facts that threw is reported in its place among the passes, as when they ran here.
  const failed = (step: StoryFacts['failed'][number]['step']) => loaded.stories.flatMap((s) => s.facts.failed.filter((f) => f.step === step).map((f) => f.problem));
  const internal = [...failed('frontmatter'), ...failed('ids'), ...failed('story body'), ...failed('pairing')];
  for (const story of loaded.stories) problems.push(...story.facts.placeholders);

  const edition = (lang: Lang) => new Map(loaded.stories.filter((s) => s.lang === lang).map((s) => [s.slug, { draft: s.draft, ids: new Set(s.facts.ids) }]));
  const tags = (lang: Lang) => new Set(loaded.stories.flatMap((s) => (s.lang !== lang || s.draft ? [] : s.tags)));
  const targets: LinkTargets = { stories: { en: edition('en'), fr: edition('fr') }, tags: { en: tags('en'), fr: tags('fr') } };
  for (const story of loaded.stories) {
    for (const entry of story.facts.body) {
      // A link to a story whose file is there but could not be read: that file's own errors say why.
      if (!('problem' in entry) && entry.link.target.page === 'story' && loaded.unread[entry.link.target.lang].has(entry.link.target.param)) continue;
      const problem = 'problem' in entry ? entry.problem : guarded(story.path, 'story body', () => linkProblem(entry.link, story.draft, targets), undefined);
      if (problem) problems.push(problem);
    }
  }

  // The two editions against each other: what ties a translation to its original, then what must match.
  problems.push(...guarded('stories', 'translations', () => translationProblems(loaded.stories, loaded.display, loaded.unread.en).map((p) => withSeverity(p, 'error')), []));
  problems.push(...guarded('stories', 'pairing', () => pairingProblems(loaded.stories, { frenchEdition: loaded.frenchEdition, now: loaded.now }), []));
  problems.push(...guarded('data', 'French chart text', () => frenchChartProblems(loaded), []));
  problems.push(...guarded('data', 'placeholders', () => dataPlaceholders(loaded), []));
  problems.push(...guarded('stories', 'tags', () => tagProblems(loaded), []));
  return [...internal, ...problems];
}
