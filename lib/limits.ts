import type { Problem } from './problems';

/**
 * How big and how deep content may be. The parsers and tree walkers behind the compiler recurse
 * (2,000 nested list items overflowed the stack) and some of their steps are quadratic (50,000
 * nested quotes took 36 s), so a story is measured here, in one linear pass over its text, before
 * any of them sees it; and its tree once more, without recursion, before anything walks it.
 * The limits are far above what any story needs, and each message says what to write instead.
 */
export const LIMITS = {
  /** Characters in one story file: a long story is about 50,000; 1 MB must still check in under a second. */
  storyChars: 2_000_000,
  /** Characters in one data file (the largest is about 5,000). */
  dataChars: 1_000_000,
  /** Characters in one text field of a data file (the longest, a quotation, is about 300). */
  dataFieldChars: 2_000,
  /** Lists, block quotes and elements inside one another. */
  nesting: 32,
  /** Levels of a Markdown tree: each nested list takes two (the list and its item). */
  treeDepth: 72,
  /** Brackets inside one another in a data file. */
  jsonNesting: 32,
  /** `*` and `_` in one paragraph: matching emphasis marks is quadratic in their number. */
  emphasisMarks: 2_000,
  /**
   * Blocks (paragraphs, headings, list items, quotations…) in one story: the parser takes about
   * 60 µs a block however short, so a megabyte of one-line blocks took 10 s. A long story has about 300.
   */
  blocks: 10_000,
  /** Items in one list: turning a list into HTML looks at every sibling of every item. */
  listItems: 1_000,
};

const thousands = (n: number) => n.toLocaleString('en-US');

/** 1-based line and column of each offset in `offsets` (ascending), in one pass over `text`. */
export function linesAndColumns(text: string, offsets: number[]): { line: number; column: number }[] {
  const out: { line: number; column: number }[] = [];
  let line = 1;
  let lineStart = 0;
  let at = 0;
  for (const offset of offsets) {
    for (; at < offset; at++) {
      if (text.charCodeAt(at) === 10) {
        line++;
        lineStart = at + 1;
      }
    }
    out.push({ line, column: offset - lineStart + 1 });
  }
  return out;
}

/**
 * How deep the containers a line opens may reach, as CommonMark reads its start: each `>` and list
 * marker is one level, and so are every two columns of indentation before a marker (a nested list
 * item sits at least two columns right of its parent's). Indentation without a marker after it
 * (a continued paragraph, an indented code block) opens nothing and counts for nothing.
 */
function containerDepth(line: string): number {
  let depth = 0;
  let i = 0;
  let indent = 0;
  for (;;) {
    let columns = 0;
    for (; line[i] === ' ' || line[i] === '\t'; i++) columns += line[i] === '\t' ? 4 : 1;
    const c = line[i];
    const after = (j: number) => j >= line.length || line[j] === ' ' || line[j] === '\t';
    if (c === '>') i++;
    else if ((c === '-' || c === '*' || c === '+') && after(i + 1)) i += 1;
    else {
      let j = i;
      while (j - i < 9 && line[j] >= '0' && line[j] <= '9') j++;
      if (j === i || (line[j] !== '.' && line[j] !== ')') || !after(j + 1)) return depth + indent;
      i = j + 1;
    }
    indent += Math.floor(columns / 2);
    depth++;
  }
}

const NESTING_HINT = 'flatten it: a list or quotation inside another is rarely needed more than two or three levels deep';

/**
 * Problems that stop a story before it is parsed: too long, or nested too deep for the parser.
 * Linear in the text; at most one problem of each kind (the first place), as the rest follow from it.
 */
export function storyLimitProblems(file: string, source: string): Problem[] {
  if (source.length > LIMITS.storyChars) {
    return [{ file, field: 'story length', expected: `a story of at most ${thousands(LIMITS.storyChars)} characters`, found: `${thousands(source.length)} characters`, hint: 'split it into several stories' }];
  }
  const problems: Problem[] = [];
  let lineNo = 0;
  let tags = 0;
  let deepestTags = 0;
  let marks = 0;
  let fenced = false;
  let nestingFound = false;
  let tagsFound = false;
  let marksFound = false;
  let blocks = 0;
  let blank = true;
  // The frontmatter's lines are YAML, not blocks of the story.
  let frontmatter = /^---[ \t]*\r?(?:\n|$)/.test(source);
  for (const line of source.split('\n')) {
    lineNo++;
    if (frontmatter) {
      if (lineNo > 1 && /^---[ \t]*\r?$/.test(line)) frontmatter = false;
      continue;
    }
    // Code blocks hold text as it is: their <, > and * are not markup.
    if (/^ {0,3}(```|~~~)/.test(line)) fenced = !fenced;
    if (fenced) continue;
    if (!line.trim()) marks = 0;
    const depth = containerDepth(line);
    // A block starts after a blank line, or where a heading, list item or quotation opens.
    if (line.trim() && (blank || depth > 0 || /^ {0,3}#/.test(line)) && ++blocks === LIMITS.blocks + 1) {
      problems.push({ file, line: lineNo, column: 1, field: 'story length', expected: `at most ${thousands(LIMITS.blocks)} paragraphs, headings, list items and other blocks in one story`, found: `more, from this line on`, hint: 'split it into several stories' });
    }
    blank = !line.trim();
    if (depth > LIMITS.nesting && !nestingFound) {
      nestingFound = true;
      problems.push({ file, line: lineNo, column: 1, field: 'nesting', expected: `lists and quotations at most ${LIMITS.nesting} levels deep`, found: `${thousands(depth)} levels on this line`, hint: NESTING_HINT });
    }
    for (let i = 0; i < line.length; i++) {
      const c = line.charCodeAt(i);
      if (c === 0x2a || c === 0x5f) {
        if (++marks > LIMITS.emphasisMarks && !marksFound) {
          marksFound = true;
          problems.push({ file, line: lineNo, column: i + 1, field: 'emphasis', expected: `at most ${thousands(LIMITS.emphasisMarks)} * and _ in one paragraph`, found: `more: this is number ${thousands(marks)}`, hint: 'to show a * or _ as it is, write \\* or \\_' });
        }
      } else if (c === 0x3c) {
        // An opening tag deepens, a closing one or "/>" ends one: an estimate, but the parser
        // nests at most this deep, and prose never comes near the limit.
        const next = line[i + 1];
        if (next === '/') tags = Math.max(0, tags - 1);
        else if (next && /[A-Za-z]/.test(next)) tags++;
        if (tags > deepestTags) deepestTags = tags;
        if (tags > LIMITS.nesting && !tagsFound) {
          tagsFound = true;
          problems.push({ file, line: lineNo, column: i + 1, field: 'nesting', expected: `elements inside one another at most ${LIMITS.nesting} levels deep`, found: `more than ${LIMITS.nesting} open tags here`, hint: 'close each tag before opening the next: <sup>1</sup> <sup>2</sup>' });
        }
      } else if (c === 0x2f && line.charCodeAt(i + 1) === 0x3e) {
        tags = Math.max(0, tags - 1);
      }
    }
  }
  return problems;
}

/** Markdown nodes in an editor's words. */
const NODE_WORDS: Partial<Record<string, string>> = { strong: 'bold text', emphasis: 'emphasis', blockquote: 'a quotation', list: 'a list', listItem: 'a list item', paragraph: 'a paragraph', link: 'a link', mdxJsxTextElement: 'an element', mdxJsxFlowElement: 'an element', heading: 'a heading' };

type Tree = { type: string; children?: Tree[]; position?: { start: { line: number; column: number } } };

/**
 * The first node deeper than the limit, or list longer than it, found without recursion (the tree may be as deep as the
 * parser allowed, and every walker after this one recurses).
 */
export function treeDepthProblem(file: string, tree: Tree): Problem | undefined {
  const stack: [Tree, number][] = [[tree, 0]];
  while (stack.length) {
    const [node, depth] = stack.pop()!;
    if (depth > LIMITS.treeDepth) {
      return { file, line: node.position?.start.line, column: node.position?.start.column, field: 'nesting', expected: `lists, quotations, emphasis and elements at most ${LIMITS.treeDepth} levels deep in all`, found: `${NODE_WORDS[node.type] ?? 'text'} deeper than that`, hint: NESTING_HINT };
    }
    if (node.type === 'list' && (node.children?.length ?? 0) > LIMITS.listItems) {
      return { file, line: node.position?.start.line, column: node.position?.start.column, field: 'list', expected: `a list of at most ${thousands(LIMITS.listItems)} items`, found: `${thousands(node.children!.length)} items`, hint: 'split it into several lists under their own headings, or make it a chart' };
    }
    for (const child of node.children ?? []) stack.push([child, depth + 1]);
  }
  return undefined;
}

/** The problem a parser's stack overflow is: nesting too deep for it, whatever the estimate missed. */
export function overflowProblem(file: string): Problem {
  return { file, field: 'nesting', expected: `lists, quotations and elements at most ${LIMITS.nesting} levels deep`, found: 'nesting too deep to read', hint: NESTING_HINT };
}

export const isStackOverflow = (error: unknown) => error instanceof RangeError && /call stack/i.test(error.message);
