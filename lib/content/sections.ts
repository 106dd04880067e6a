import type { Root, RootContent } from 'mdast';

/**
 * A long story parsed section by section. micromark's whole-document passes (subtokenize and its
 * edit map) grow faster than the text: a 1 MB story took about 750 ms in one piece and 260 ms as
 * its sections. A heading or a paragraph starting at the first column after a blank line always
 * starts a new top-level block (a list item would be indented, a quotation would start with ">"),
 * so the text can be cut there and the pieces parsed alone, with their positions moved back to the
 * file's, giving the tree the whole parse gives. Only where that is certain: never inside a fenced
 * code block, and not at all in a story with reference definitions (a link in one section may use
 * a definition in another), an expression, or a component or element whose tag spans lines or wraps
 * blocks. Sections are at least SECTION_MIN characters; short stories are parsed whole, as before.
 */

/** Below this many characters a story is parsed in one piece (a long real story is about 50,000). */
export const SECTION_PARSE_FROM = 100_000;
/** Characters a section has at least: each parse has a cost of its own. */
const SECTION_MIN = 16_000;

type Point = { line: number; column: number; offset?: number };
type Positioned = { position?: { start: Point; end: Point }; children?: Positioned[]; attributes?: Positioned[] };

const FENCE = /^ {0,3}(`{3,}|~{3,})/;
// A heading, or a paragraph opening with a letter or a quotation mark.
const BLOCK_START = /^(?:#{1,6}(?:[ \t]|$)|[\p{L}"“‘«(])/u;
const DEFINITION = /^ {0,3}\[[^\]]+\]:/m;
// A line that opens a tag without closing it on the same line, or holds only an opening tag: its
// element may wrap the lines that follow.
const OPEN_TAG = /^\s*<[A-Za-z][^>]*$|^\s*<[A-Za-z][^>]*[^/]>\s*$|^\s*\{/m;

/** Offsets where a new section may start, or none when the text must be parsed whole. */
export function sectionStarts(source: string): number[] {
  if (source.length < SECTION_PARSE_FROM || DEFINITION.test(source) || OPEN_TAG.test(source)) return [];
  const starts: number[] = [];
  let fence: string | undefined;
  let blankBefore = false;
  let at = 0;
  while (at < source.length) {
    const end = source.indexOf('\n', at);
    const line = source.slice(at, end === -1 ? source.length : end);
    const marker = FENCE.exec(line)?.[1];
    if (fence) {
      if (marker && marker[0] === fence[0] && marker.length >= fence.length && !line.slice(line.indexOf(marker) + marker.length).trim()) fence = undefined;
    } else if (marker) {
      fence = marker;
    } else if (blankBefore && BLOCK_START.test(line) && at - (starts.at(-1) ?? 0) >= SECTION_MIN) {
      starts.push(at);
    }
    blankBefore = !fence && line.trim() === '';
    if (end === -1) break;
    at = end + 1;
  }
  return starts;
}

/** Moves every position in `node` (and its JSX attributes) by `lines` and `offset`. */
function shift(node: Positioned, lines: number, offset: number): void {
  const stack: Positioned[] = [node];
  while (stack.length) {
    const current = stack.pop()!;
    for (const point of current.position ? [current.position.start, current.position.end] : []) {
      point.line += lines;
      if (point.offset !== undefined) point.offset += offset;
    }
    if (current.children) stack.push(...current.children);
    if (current.attributes) stack.push(...current.attributes);
  }
}

/**
 * Parses `source` with `parse` whole, or section by section where that gives the same tree. A
 * syntax error thrown while parsing a section has its line moved to the file's.
 */
export function parseInSections(source: string, parse: (text: string) => Root): Root {
  const starts = sectionStarts(source);
  if (!starts.length) return parse(source);
  const bounds = [0, ...starts, source.length];
  const children: RootContent[] = [];
  let lines = 0;
  for (let i = 0; i < bounds.length - 1; i++) {
    const text = source.slice(bounds[i], bounds[i + 1]);
    let tree: Root;
    try {
      tree = parse(text);
    } catch (error) {
      // (An error with its place only in its text, an unclosed flow element, never gets here: a
      // story with a tag on a line of its own is parsed whole.)
      const e = error as { line?: number; place?: Point | { start: Point } };
      if (typeof e.line === 'number') e.line += lines;
      const place = e.place && ('start' in e.place ? e.place.start : e.place);
      if (place && typeof place.line === 'number') place.line += lines;
      throw error;
    }
    for (const child of tree.children) shift(child as Positioned, lines, bounds[i]);
    children.push(...tree.children);
    lines += text.split('\n').length - 1;
  }
  const last = source.split('\n');
  return {
    type: 'root',
    children,
    position: { start: { line: 1, column: 1, offset: 0 }, end: { line: last.length, column: last[last.length - 1].length + 1, offset: source.length } },
  };
}
