import type { Element, ElementContent, Properties, Root as HastRoot } from 'hast';
import type { Heading, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import remarkFrontmatter from 'remark-frontmatter';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import type { MdxJsxAttribute, MdxJsxFlowElement } from 'mdast-util-mdx-jsx';
import type { Handler } from 'mdast-util-to-hast';
import { unified } from 'unified';
import { visit } from './walk';
import type { Lang } from '../i18n/lang';
import type { Problem } from '../problems';
import { headingIds } from './derive';
import { isStackOverflow, overflowProblem, storyLimitProblems, treeDepthProblem } from '../limits';
import { safetyProblems } from './safety';
import { syntaxProblem } from './syntax-problem';
import { parseInSections } from './sections';
import { characterProblems, characterReferences, rawChars, yamlEscapes } from '../text-rules';
import { englishBodyNoBreaks, frenchBodyNoBreaks, remarkTypography } from './typography';

/**
 * The one MDX pipeline: every story is parsed, checked for safety and turned into a hast tree
 * here, and nowhere else. The page renders that tree with the component map (lib/content/body.tsx),
 * the feeds render it with the map's feed variant, and the check reads the same Markdown tree.
 * Nothing in a story is ever evaluated: there is no JavaScript compiler in this path at all.
 */

// Markdown with MDX's JSX syntax, YAML frontmatter, and typographic quotes in prose.
const markdown = unified().use(remarkParse).use(remarkMdx).use(remarkFrontmatter, ['yaml']).use(remarkTypography);

const JSX_NODES = ['mdxJsxFlowElement', 'mdxJsxTextElement'] as const;

/** The spaces and closing guillemet that follow a French quotation's last word. */
const CLOSING = /^[ \u00a0\u202f]*»/;

/**
 * After the safety check a JSX element is only a name and literal string attributes, so it
 * becomes a plain hast element (<Chart id="…"> like <abbr title="…">), which the component map
 * renders by name. The compiled tree holds no MDX node at all.
 */
function jsxToElements() {
  return (tree: HastRoot) => {
    let quotes = 0;
    visit(tree, (node, index, parent) => {
      const jsx = node as unknown as MdxJsxFlowElement;
      if (!(JSX_NODES as readonly string[]).includes(node.type) || !parent || index === undefined) return;
      const properties: Record<string, unknown> = Object.fromEntries(jsx.attributes.map((a) => [(a as MdxJsxAttribute).name, (a as MdxJsxAttribute).value ?? true]));
      // Quotes are numbered in document order, as StoryMeta.quotes lists them: quote n links to original n.
      if (jsx.name === 'Quote') {
        properties.n = String(++quotes);
        // « …<Quote>…</Quote> »: the closing guillemet moves into the quotation, so the page can put
        // the [traduction] mark after it, as Canadian usage has it (« … » [traduction]).
        const next = parent.children[index + 1];
        const close = next?.type === 'text' ? CLOSING.exec(next.value) : null;
        if (next?.type === 'text' && close) {
          // A typed space before » becomes the unbreakable one French typography puts there (as frenchBodyNoBreaks does in the text).
          properties.close = close[0].replace(/ /g, '\u00a0');
          next.value = next.value.slice(close[0].length);
        }
      }
      const element: Element = { type: 'element', tagName: jsx.name!, properties: properties as Properties, children: jsx.children as unknown as ElementContent[], position: jsx.position };
      parent.children[index] = element;
    });
  };
}

/**
 * A JSX element passes through remark-rehype (its children converted) and then becomes an element
 * (jsxToElements). remark-rehype's own passThrough deep-copied each JSX node first
 * (@ungap/structured-clone, about 2% of reading a story); jsxToElements reads only the node's name,
 * attribute values and position into a new element, and nothing writes to a position after the
 * parse, so the node is handed over as it is.
 */
const passJsx: Handler = (state, node: MdxJsxFlowElement) => ({ ...node, children: state.all(node) }) as unknown as Element;
const toHtmlTree = unified().use(remarkRehype, { handlers: { mdxJsxFlowElement: passJsx, mdxJsxTextElement: passJsx } }).use(jsxToElements);

/**
 * Parses a whole MDX file (frontmatter included, so positions are file lines) and curls its
 * quotes. Throws on MDX syntax errors; for a story's text, call compileMdx, which measures the
 * text first (see ./limits) and never throws.
 */
export function parseMdx(source: string): Root {
  return markdown.runSync(parseInSections(source, (text) => markdown.parse(text) as Root)) as Root;
}

/** `headings`: each heading's id (derive.ts headingIds), as the compiled tree has them. */
export type Compiled = { tree: Root; hast: HastRoot; problems: Problem[]; headings: Map<Heading, string> };

/** Forbidden characters anywhere in the file: typed, or written as a YAML escape or a character reference. */
function characters(file: string, source: string, tree: Root): Problem[] {
  const yaml = tree.children[0]?.type === 'yaml' ? tree.children[0].position : undefined;
  const bodyStart = yaml?.end.offset ?? 0;
  const chars = [...rawChars(source), ...(yaml ? yamlEscapes(source.slice(0, bodyStart)) : []), ...characterReferences(source.slice(bodyStart), bodyStart)];
  return characterProblems(file, source, chars);
}

/** A heading id that would begin like a chart's table rows: a link from the prose could land on the wrong one. */
function headingProblems(file: string, tree: Root): { problems: Problem[]; ids: Map<Heading, string> } {
  const { ids, clashes } = headingIds(tree);
  const problems = clashes.map(({ heading, id, chart }): Problem => ({
    file,
    line: heading.position?.start.line,
    column: heading.position?.start.column,
    field: 'heading',
    expected: `a heading whose id does not begin with "${chart}-", like the rows of the chart ${chart} on this page`,
    found: `the id "${id}"`,
    hint: `reword the heading, e.g. put a word before "${toString(heading).slice(0, 30)}"`,
  }));
  return { problems, ids };
}

/**
 * Compiles a story file: its Markdown tree (for derived fields and checks) and the hast tree the
 * page renders. A story that is not safe has problems and no hast: the compiler refuses it.
 * Never throws: whatever the text, the result is problems or a compiled story.
 */
export function compileMdx(file: string, source: string, lang: Lang): Compiled | { problems: Problem[] } {
  const limits = storyLimitProblems(file, source);
  if (limits.length) return { problems: limits };
  let tree: Root;
  try {
    tree = parseInSections(source, (text) => markdown.parse(text) as Root);
  } catch (error) {
    return { problems: [isStackOverflow(error) ? overflowProblem(file) : syntaxProblem(file, error, source)] };
  }
  // Every step after this one walks the tree recursively.
  const deep = treeDepthProblem(file, tree);
  if (deep) return { problems: [deep] };
  try {
    markdown.runSync(tree);
    const problems = [...characters(file, source, tree), ...safetyProblems(tree, file, lang)];
    if (problems.length) return { problems };
    const headings = headingProblems(file, tree);
    if (headings.problems.length) return { problems: headings.problems };
    // The rendered ids are the table of contents' ids: one rule (derive.ts headingIds).
    for (const [heading, id] of headings.ids) heading.data = { ...heading.data, hProperties: { ...heading.data?.hProperties, id } };
    // remark-rehype drops the frontmatter node.
    const hast = toHtmlTree.runSync(tree) as HastRoot;
    if (lang === 'fr') frenchBodyNoBreaks(hast);
    else englishBodyNoBreaks(hast);
    return { tree, hast, problems, headings: headings.ids };
  } catch (error) {
    // The limits above keep every walker within its stack; this is the last line. Anything else is
    // a bug in the site, still reported against the file rather than stopping every other file's check.
    if (isStackOverflow(error)) return { problems: [overflowProblem(file)] };
    return { problems: [{ file, field: 'compiler', expected: 'a story the compiler can read', found: `an error: ${String(error).split('\n')[0]}`, hint: 'this is a bug in the site, not in the story: tell the developers, with this file' }] };
  }
}
