import type { Root, Yaml } from 'mdast';
import remarkFrontmatter from 'remark-frontmatter';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, visit, type Document } from 'yaml';
import type { Problem } from '../problems';
import type { Position } from '../zod-problems';

/**
 * A story's frontmatter, read from the `yaml` node remark-frontmatter gives (lib/content/mdx.ts
 * parses the story with it), so the block is found by the same parser that reads the body.
 * Every problem has the file's line and column.
 */

export type FrontmatterText = { value: string; position?: { start: { line: number; column: number } } };

export type ReadFrontmatter = {
  /** The YAML as plain data, when it parsed; absent when it has problems of syntax. */
  data?: unknown;
  /** Where `path` (a field, an item of a list) is in the file; the block's first line when it is missing. */
  positionOf: (path: readonly PropertyKey[]) => Required<Position>;
  /** Every text value, with its position: the placeholder check reads them. */
  /** Every text value, with the field that holds it ("title", "corrections[0].text"; empty for a name). */
  strings: { text: string; line: number; column: number; field: string }[];
  problems: Problem[];
};

// Plain Markdown with frontmatter: never throws on what MDX refuses, so the frontmatter of a story
// whose body does not parse is still read and checked.
const markdown = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']);

/**
 * The opening block of a story's text, from its first "---" line to the next: all the plain parse
 * needs to find the frontmatter. Parsing the whole text again took minutes for a text the limits
 * had already refused for its size or nesting. Empty when the text opens no such block.
 */
function leadingBlock(source: string): string {
  const open = /^---[ \t]*\r?\n/.exec(source);
  if (!open) return '';
  const close = /\n---[ \t]*(?:\r?\n|$)/g;
  close.lastIndex = open[0].length - 1;
  const end = close.exec(source);
  return end ? source.slice(0, end.index + end[0].length) : '';
}

/** The yaml node of a parsed story, or, when MDX could not parse it, of its opening block parsed as plain Markdown. */
/** The field a value sits in, as the check names fields: "title", "byline[1]", "corrections[0].text". */
function fieldOf(path: readonly unknown[], node: unknown): string {
  let field = '';
  path.forEach((step, i) => {
    const child = path[i + 1] ?? node;
    if (isPair(step) && isScalar(step.key)) field += `${field ? '.' : ''}${String(step.key.value)}`;
    else if (isSeq(step)) field += `[${step.items.indexOf(child as never)}]`;
  });
  return field;
}

export function frontmatterNode(tree: Root | undefined, source: string): FrontmatterText | undefined {
  const first = (tree ?? markdown.parse(leadingBlock(source))).children[0];
  return first?.type === 'yaml' ? (first as Yaml) : undefined;
}

const MISSING = {
  field: 'frontmatter',
  expected: 'the file to start with a YAML block between two "---" lines',
  found: 'none',
};

/** A line as typed, short enough for a message. */
const asTyped = (line: string) => {
  const trimmed = line.trim();
  return trimmed.length > 60 ? `"${trimmed.slice(0, 59)}…"` : `"${trimmed}"`;
};

/**
 * A YAML parser's error in an editor's words: what the field lines should look like and the line as
 * typed, without the parser's own line and column (they count from the first field, the problem's
 * own place from the top of the file).
 */
function yamlWords(code: string, message: string, line: string): { expected: string; found: string } {
  const own = message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
  if (code === 'DUPLICATE_KEY') return { expected: 'each field once', found: `${asTyped(line)}, a field already given above` };
  if (code === 'TAB_AS_INDENT') return { expected: 'spaces before a list item, as in "  - trade"', found: 'a tab' };
  if (/^Nested mappings/.test(own) && /^\s*[^:]+:\s.*:(\s|$)/.test(line)) return { expected: 'a value that holds a colon in quotes, as in title: "Masks: the deal"', found: asTyped(line) };
  if (/^Missing closing "?quote/.test(own)) return { expected: 'a closing quotation mark for the value that opens one above', found: 'none before this line' };
  if (['BLOCK_AS_IMPLICIT_KEY', 'MULTILINE_IMPLICIT_KEY', 'MISSING_CHAR', 'UNEXPECTED_TOKEN', 'BAD_INDENT'].includes(code)) {
    return { expected: 'each field as name: value on a line of its own, and each list item indented under its field, as in "  - trade"', found: asTyped(line) };
  }
  return { expected: 'fields written as name: value (YAML)', found: own };
}

/** Reads and checks the YAML of `node` (undefined: the file has no frontmatter). */
export function readFrontmatter(file: string, node: FrontmatterText | undefined): ReadFrontmatter {
  const top = { line: 1, column: 1 };
  if (!node) return { positionOf: () => top, strings: [], problems: [{ file, ...top, ...MISSING }] };
  // The YAML starts on the line after the opening "---".
  const firstLine = (node.position?.start.line ?? 1) + 1;
  const lines = new LineCounter();
  const problems: Problem[] = [];
  const at = (offset: number): Required<Position> => {
    const { line, col } = lines.linePos(offset);
    return { line: firstLine + line - 1, column: col };
  };
  const start = { line: firstLine - 1, column: 1 };

  let doc: Document;
  try {
    doc = parseDocument(node.value, { lineCounter: lines, prettyErrors: true, uniqueKeys: true });
  } catch {
    // The parser's own limits (a stack overflow on thousands of nested brackets) end here, not in a crash.
    return { positionOf: () => start, strings: [], problems: [{ file, ...start, field: 'frontmatter', expected: 'plain YAML fields', found: 'YAML the parser cannot read (nested too deeply?)' }] };
  }
  // The first mistake only: the parser's next ones are most often that one seen again (three for a
  // list item typed at a line's start); any other shows once it is fixed.
  const [error] = doc.errors;
  if (error) {
    const position = error.linePos?.[0] ? { line: firstLine + error.linePos[0].line - 1, column: error.linePos[0].col } : start;
    const typed = error.linePos?.[0] ? node.value.split(/\r?\n|\r/)[error.linePos[0].line - 1] ?? '' : '';
    problems.push({ file, ...position, field: 'frontmatter', ...yamlWords(error.code, error.message, typed) });
  }

  // Aliases (*name) and merge keys (<<) are refused before the document becomes data: a few lines
  // of aliases can expand into billions of values (an "alias bomb"), and no field needs them.
  const strings: ReadFrontmatter['strings'] = [];
  const aliases: { source: string; offset: number }[] = [];
  visit(doc, {
    Alias(_, alias) {
      aliases.push({ source: alias.source, offset: alias.range?.[0] ?? 0 });
    },
    Pair(_, pair) {
      if (isScalar(pair.key) && pair.key.value === '<<') {
        problems.push({ file, ...at(pair.key.range?.[0] ?? 0), field: 'frontmatter', expected: 'each field written out in full (no YAML merge keys)', found: 'a merge key "<<"' });
      }
    },
    Scalar(key, scalar, path) {
      if (typeof scalar.value === 'string') strings.push({ text: scalar.value, field: key === 'key' ? '' : fieldOf(path, scalar), ...at(scalar.range?.[0] ?? 0) });
    },
  });

  // One problem for all the aliases of a file: the first, and how many more.
  if (aliases.length) {
    const more = aliases.length > 1 ? ` (and ${aliases.length - 1} more)` : '';
    problems.push({ file, ...at(aliases[0].offset), field: 'frontmatter', expected: 'each value written out in full (no YAML aliases)', found: `the alias "*${aliases[0].source}"${more}` });
  }

  const positionOf = (path: readonly PropertyKey[]) => {
    let current: unknown = doc.contents;
    let offset: number | undefined;
    for (const key of path) {
      if (isMap(current)) {
        const pair = current.items.find((p) => isPair(p) && isScalar(p.key) && p.key.value === key);
        if (!pair) break;
        offset = (pair.key as { range?: number[] }).range?.[0] ?? offset;
        current = pair.value;
      } else if (isSeq(current) && typeof key === 'number' && current.items[key]) {
        current = current.items[key];
        offset = (current as { range?: number[] }).range?.[0] ?? offset;
      } else break;
    }
    // A missing top-level field has no line of its own: the block's opening line is where it goes.
    return offset === undefined ? start : at(offset);
  };

  if (problems.length) return { positionOf, strings, problems };
  let data: unknown;
  try {
    // No aliases are left, so this cannot expand; the try is the last line of defence.
    data = doc.toJS() ?? {};
  } catch (error) {
    problems.push({ file, ...start, field: 'frontmatter', expected: 'plain YAML fields', found: String((error as Error).message ?? error).split('\n')[0] });
  }
  return { data, positionOf, strings, problems };
}
