import type { Root as HastRoot } from 'hast';
import type { Root } from 'mdast';
import { langOfFile, type Lang } from '../i18n/lang';
import { internalProblem, type Problem } from '../problems';
import { schemaProblems } from '../zod-problems';
import { chartIds, countWords, figureRefs, readingMinutes, tableOfContents, type TocEntry } from './derive';
import { frontmatterNode, readFrontmatter, type ReadFrontmatter } from './frontmatter';
import { compileMdx } from './mdx';
import { quoteOriginals } from './quotes';
import { frontmatterSchema, type Frontmatter } from './schema';
import { isSlug } from '../slug';

/** What compiling a story file gives: its frontmatter and the fields derived from its body. */
export type StoryMeta = Frontmatter & {
  slug: string;
  /** The edition: English in content/stories/, French in content/stories/fr/ (with translationOf). */
  lang: Lang;
  /** The file as an editor sees it (content/stories/x.mdx), for messages and links to the source. */
  file: string;
  wordCount: number;
  readingMinutes: number;
  toc: TocEntry[];
  /** Chart ids the story embeds, in order; the first is its lead chart. */
  charts: string[];
  /** Figures its prose takes from the data, by chart and value key. */
  figures: { chart: string; value: string }[];
  /** In a French story, the English words of each <Quote>, in order: the page lists them as "Citations originales". */
  quotes: { original: string }[];
};

/** Every chart a story shows, by <Chart> or by <Figure> (which takes its number from a chart's data), each once, in order. */
export const chartsShown = (story: Pick<StoryMeta, 'charts' | 'figures'>): string[] => [...new Set([...story.charts, ...story.figures.map((f) => f.chart)])];

const baseName = (file: string) => file.split('/').pop() ?? file;

// The editions' folders, in lib/i18n/lang.ts so the desk's client code can read a path's edition too.
export { FRENCH_DIR, langOfFile } from '../i18n/lang';

export type ParsedStory = {
  story?: StoryMeta;
  tree?: Root;
  hast?: HastRoot;
  /** The frontmatter as read, with positions, for checks that point into it. */
  frontmatter: ReadFrontmatter;
  problems: Problem[];
  /**
   * When the body compiled but no story came back (a mistake in the frontmatter or the file name),
   * what the body's own checks need, so its problems show beside those.
   */
  body?: { hast: HastRoot; draft: boolean; charts: string[]; figures: StoryMeta['figures']; quotes: StoryMeta['quotes'] };
};

/**
 * Reads one story file (`file` as the editor sees it, `source` its text): its frontmatter, checked,
 * and its body, compiled (see ./mdx). Pure: nothing is read from disk. A story comes back only
 * when it has no problem; every problem comes back whatever else is wrong.
 */
export function parseStory(file: string, source: string, lang: Lang = langOfFile(file)): ParsedStory {
  const name = baseName(file);
  const slug = name.replace(/\.mdx$/, '');
  const problems: Problem[] = [];
  if (!isSlug(slug)) {
    problems.push({ file, field: 'file name', expected: 'lowercase words without accents joined by hyphens, like "mask-exports.mdx"', found: `"${name}"` });
  }
  // Each half guarded on its own: a body the compiler cannot handle still has its frontmatter checked.
  let compiled: ReturnType<typeof compileMdx>;
  try {
    compiled = compileMdx(file, source, lang);
  } catch (error) {
    compiled = { problems: [internalProblem(file, 'story body', error)] };
  }
  const tree = 'tree' in compiled ? compiled.tree : undefined;
  let node: ReturnType<typeof frontmatterNode> | null;
  try {
    node = frontmatterNode(tree, source);
  } catch {
    node = null;
  }
  const frontmatter = node === null ? { positionOf: () => ({ line: 1, column: 1 }), strings: [], problems: [] } : readFrontmatter(file, node);
  problems.push(...frontmatter.problems);

  const result = frontmatter.data === undefined ? undefined : frontmatterSchema.safeParse(frontmatter.data);
  if (result && !result.success) problems.push(...schemaProblems(file, result.error.issues, frontmatter.data, frontmatter.positionOf));
  const translationOf = result?.success ? result.data.translationOf : undefined;
  if (result?.success && lang === 'fr' && !translationOf) {
    problems.push({ file, ...frontmatter.positionOf([]), field: 'translationOf', expected: 'the slug of the English story this file translates, like translationOf: the-n95-standoff (every story in fr/ names its original)', found: 'nothing (the field is missing)' });
  } else if (lang === 'en' && translationOf) {
    problems.push({ file, ...frontmatter.positionOf(['translationOf']), field: 'translationOf', expected: 'no translationOf in an English story (a translation lives in fr/ and names its original there)', found: `"${translationOf}"` });
  }
  problems.push(...compiled.problems);
  if (problems.length || !result?.success || !tree || !('hast' in compiled)) {
    if (!tree || !('hast' in compiled) || compiled.problems.length) return { problems, frontmatter, tree };
    // Draft as typed, so a placeholder is a warning in a draft even while a field beside it is wrong.
    const draft = (frontmatter.data as { draft?: unknown } | undefined)?.draft === true;
    return { problems, frontmatter, tree, body: { hast: compiled.hast, draft, charts: chartIds(tree), figures: figureRefs(tree), quotes: quoteOriginals(tree).map(({ text }) => ({ original: text })) } };
  }

  const wordCount = countWords(tree);
  const story: StoryMeta = {
    ...result.data,
    slug,
    lang,
    file,
    wordCount,
    readingMinutes: readingMinutes(wordCount),
    toc: tableOfContents(tree, compiled.headings),
    charts: chartIds(tree),
    figures: figureRefs(tree),
    quotes: quoteOriginals(tree).map(({ text }) => ({ original: text })),
  };
  return { problems, tree, hast: compiled.hast, story, frontmatter };
}
