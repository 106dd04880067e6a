/**
 * Parses a data file's JSON into a tree that remembers where everything is, so every problem in
 * the file, syntax or schema, can name its line and column. Plain JSON only: comments and trailing
 * commas are errors, as they would be for any other program reading the file.
 */
import { findNodeAtOffset, getNodeValue, parseTree, printParseErrorCode, type Node, type ParseError } from 'jsonc-parser';
import { LIMITS } from '../limits';
import { characterProblems, jsonEscapes, rawChars } from '../text-rules';
import type { Position } from '../zod-problems';

/** 1-based line and column (in UTF-16 code units) of character offset `offset`. */
function positionOf(text: string, offset: number): Required<Position> {
  const before = text.slice(0, offset).split('\n');
  return { line: before.length, column: before[before.length - 1].length + 1 };
}

const VALUE = 'a value (text in double quotes, a number, true, false, null, a list or an object)';

/** The parser's complaint in an editor's words: what it expected there. */
function expectedFor(error: ParseError, root: Node | undefined): string {
  // The codes are a const enum in the typings; their names are the stable public form.
  switch (printParseErrorCode(error.error)) {
    case 'CommaExpected': {
      // The token that should have followed a comma; its container says which bracket closes it.
      let node = root && findNodeAtOffset(root, error.offset);
      if (node?.offset === error.offset) node = node.parent;
      while (node && node.type !== 'object' && node.type !== 'array') node = node.parent;
      return node?.type === 'array' ? "a ',' or ']' after a list item" : "a ',' or '}' after a property value";
    }
    case 'PropertyNameExpected':
      return 'a property name in double quotes';
    case 'ValueExpected':
    case 'InvalidSymbol':
      return VALUE;
    case 'ColonExpected':
      return "a ':' after the property name";
    case 'CloseBraceExpected':
      return "a '}' to close the object";
    case 'CloseBracketExpected':
      return "a ']' to close the list";
    case 'EndOfFileExpected':
      return 'the end of the file';
    case 'InvalidCommentToken':
    case 'UnexpectedEndOfComment':
      return 'no comments (JSON has none; put notes in "notes")';
    case 'UnexpectedEndOfString':
      return `a '"' closing the text on the same line`;
    case 'InvalidNumberFormat':
    case 'UnexpectedEndOfNumber':
      return 'a number such as 12 or 1.5';
    case 'InvalidUnicode':
      return 'four hexadecimal digits after \\u';
    case 'InvalidEscapeCharacter':
      return 'a valid escape such as \\n or \\"';
    case 'InvalidCharacter':
      return 'no tabs or line breaks inside text (write \\t or \\n)';
    default:
      return VALUE;
  }
}

/** The token the parser stopped at, as the editor sees it in the file. */
function foundFor(error: ParseError, text: string): string {
  if (printParseErrorCode(error.error) === 'UnexpectedEndOfString') return 'the end of the line';
  const token = text.slice(error.offset, error.offset + error.length);
  if (!token) return 'the end of the file';
  const shown = token.length > 40 ? `${token.slice(0, 37)}...` : token;
  return shown.startsWith('"') ? shown : `'${shown}'`;
}

/** Offset of the comma when the parser stopped at a '}' or ']' right after one: a trailing comma. */
function trailingComma(error: ParseError, text: string): number | undefined {
  const before = text.slice(0, error.offset).trimEnd();
  return before.endsWith(',') && /^[}\]]/.test(text.slice(error.offset)) ? before.length - 1 : undefined;
}

type JsonProblem = Required<Position> & { expected: string; found: string; field?: string; hint?: string };

export type ParsedJson =
  | { ok: true; value: unknown; root: Node; text: string }
  /** `problem` is the first of `problems`: a syntax error (later ones follow from it), or every forbidden character. */
  | { ok: false; problem: JsonProblem; problems: JsonProblem[] };

const failed = (problems: JsonProblem[]): ParsedJson => ({ ok: false, problem: problems[0], problems });

/**
 * The first place where brackets nest deeper than the limit, outside strings: the parser and
 * everything after it recurse once per level, so 100,000 "[" would overflow the stack.
 */
export function tooDeep(text: string): number | undefined {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (inString) {
      if (c === '\\') i++;
      else if (c === '"') inString = false;
    } else if (c === '"') inString = true;
    else if (c === '[' || c === '{') {
      if (++depth > LIMITS.jsonNesting) return i;
    } else if (c === ']' || c === '}') depth--;
  }
  return undefined;
}

/** Parses `text`; on a syntax error, describes the first one (later ones follow from it). Never throws. */
export function parseJson(text: string): ParsedJson {
  if (text.length > LIMITS.dataChars) {
    return failed([{ line: 1, column: 1, field: 'file size', expected: `a data file of at most ${LIMITS.dataChars.toLocaleString('en-US')} characters`, found: `${text.length.toLocaleString('en-US')} characters`, hint: 'split the data into several charts' }]);
  }
  const deep = tooDeep(text);
  if (deep !== undefined) {
    return failed([{ ...positionOf(text, deep), field: 'nesting', expected: `lists and objects at most ${LIMITS.jsonNesting} levels inside one another`, found: `more than ${LIMITS.jsonNesting} here`, hint: 'a data file needs three or four levels; check for brackets opened and never closed' }]);
  }
  // Control and bidi characters, typed or escaped (\u202e): refused in every text of the file, as in stories.
  const chars = characterProblems('', text, [...rawChars(text), ...jsonEscapes(text)], 'JSON text');
  if (chars.length) return failed(chars.map(({ line, column, field, expected, found, hint }) => ({ line: line!, column: column!, field, expected, found, hint })));
  const errors: ParseError[] = [];
  const root = parseTree(text, errors, { allowTrailingComma: false, disallowComments: true, allowEmptyContent: false });
  const [first] = errors;
  if (first || !root) {
    // No tree and no error should not happen (an empty file is a ValueExpected error); read it as one.
    const error = first ?? { error: 4 /* ValueExpected */, offset: 0, length: 0 };
    // The parser reports a trailing comma as a missing name or value at the bracket; point at the comma.
    const comma = trailingComma(error, text);
    if (comma !== undefined) {
      const found = `',' before '${text[error.offset]}'`;
      return failed([{ ...positionOf(text, comma), expected: 'no comma after the last item (JSON allows none)', found }]);
    }
    return failed([{ ...positionOf(text, error.offset), expected: expectedFor(error, root), found: foundFor(error, text) }]);
  }
  // JSON readers keep the last of two equal names without a word; a data file says each thing once.
  const repeated = repeatedNames(root, text);
  if (repeated.length) return failed(repeated);
  return { ok: true, value: getNodeValue(root), root, text };
}

/** A property name used twice in one object, at its second use; found without recursion. */
function repeatedNames(root: Node, text: string): JsonProblem[] {
  const problems: JsonProblem[] = [];
  const stack: Node[] = [root];
  while (stack.length) {
    const node = stack.pop()!;
    if (node.type === 'object') {
      const seen = new Map<string, number>();
      for (const property of node.children ?? []) {
        const name = property.children?.[0];
        if (!name || typeof name.value !== 'string') continue;
        const first = seen.get(name.value);
        if (first === undefined) seen.set(name.value, name.offset);
        else problems.push({ ...positionOf(text, name.offset), field: name.value, expected: 'each property once in its object', found: `"${name.value}" again (first at line ${positionOf(text, first).line})`, hint: 'keep one of the two' });
      }
    }
    for (const child of node.children ?? []) stack.push(child);
  }
  return problems.sort((a, b) => a.line - b.line || a.column - b.column);
}

/**
 * Position of `path` in the tree: a property's name, an item of a list, or, when the path goes
 * further than the file does (a missing field), the deepest part that exists.
 */
export function jsonPosition(parsed: { root: Node; text: string }, path: readonly PropertyKey[]): Required<Position> {
  let node: Node | undefined = parsed.root;
  let at: Node = parsed.root;
  for (const key of path) {
    if (node?.type === 'object' && typeof key === 'string') {
      // The last of duplicate names wins, as in JSON.parse.
      const property: Node | undefined = node.children?.findLast((p) => p.children?.[0]?.value === key);
      if (!property?.children) break;
      at = property.children[0];
      node = property.children[1];
    } else if (node?.type === 'array' && typeof key === 'number' && node.children?.[key]) {
      node = at = node.children[key];
    } else break;
  }
  return positionOf(parsed.text, at.offset);
}
