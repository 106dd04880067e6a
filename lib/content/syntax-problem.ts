import type { Problem } from '../problems';
import { STORY_COMPONENTS, type StoryComponentName } from './components';

/**
 * An MDX syntax error, worded for an editor. The parser stops where it can no longer read the
 * text, which for a tag left open is often lines below it, and it names characters. An editor
 * needs to hear which tag or brace to close, at the place it opens.
 */

// Some errors carry their place only in their text: "Expected a closing tag for `<Chart>` (7:1-7:27)".
const IN_TEXT = /\s*\((\d+):(\d+)(?:-\d+:\d+)?\)/;
// The parser inside a tag's name or attributes ("… in attribute name, expected …").
const IN_TAG = /^Unexpected .*? (?:before|after|in) (?:name|attribute|member|local|self-closing)/;
const UNCLOSED = /^Expected a closing tag for `<([^>`]*)>`/;
const BRACE = /closing brace for `\{`/;

type Place = { line: number; column: number };

/** The offset of a line and column in `source`, or undefined when there is no such place. */
function offsetOf(source: string, { line, column }: Place): number | undefined {
  let offset = 0;
  for (let l = 1; l < line; l++) {
    const next = source.indexOf('\n', offset);
    if (next === -1) return undefined;
    offset = next + 1;
  }
  return offset + column - 1;
}

/** The line and column of an offset in `source`. */
function placeOf(source: string, offset: number): Place {
  const before = source.slice(0, offset).split('\n');
  return { line: before.length, column: before[before.length - 1].length + 1 };
}

/** The last place before `end` where `pattern` matches, as an offset. */
function lastBefore(source: string, end: number, pattern: RegExp): number | undefined {
  let found: number | undefined;
  for (const m of source.slice(0, end).matchAll(pattern)) found = m.index;
  return found;
}

/** A tag as typed, up to its line's end, short enough for a message. */
function tagAsTyped(source: string, start: number): string {
  const line = source.slice(start).split(/\r?\n|\r/, 1)[0].trimEnd();
  return line.length > 40 ? `${line.slice(0, 39)}…` : line;
}

export function syntaxProblem(file: string, error: unknown, source = ''): Problem {
  const e = error as { line?: number; column?: number; reason?: string; message: string };
  const text = e.reason ?? e.message;
  const at = IN_TEXT.exec(text);
  const line = e.line ?? (at ? Number(at[1]) : undefined);
  const column = e.line ? e.column : at ? Number(at[2]) : undefined;
  const reason = text.replace(IN_TEXT, '').replace(/\.$/, '');
  const stopped = line !== undefined && column !== undefined ? offsetOf(source, { line, column }) : undefined;
  const problem = (place: Place | undefined, expected: string, found: string, hint?: string): Problem => ({ file, ...(place ?? { line, column }), field: 'markup', expected, found, hint });

  // An attribute typed without quotes (<Chart id=n95-figures />): the tag is closed, its value is not quoted.
  if (/before attribute value/.test(reason) && stopped !== undefined) {
    const name = /([A-Za-z][\w-]*)\s*=\s*$/.exec(source.slice(Math.max(0, stopped - 200), stopped));
    const value = /^[^\s"'/>{}]*/.exec(source.slice(stopped, stopped + 200))![0];
    if (name && value) return problem(placeOf(source, stopped - name[0].length), `the value of ${name[1]} in quotes, as in ${name[1]}="${value}"`, `${name[1]}=${value}`, 'an attribute’s value is written in straight quotes');
  }
  if (IN_TAG.test(reason) && stopped !== undefined) {
    const open = lastBefore(source, stopped, /<[A-Za-z]/g);
    if (open !== undefined) {
      const stop = placeOf(source, stopped);
      const below = stop.line > placeOf(source, open).line ? `everything after it, down to line ${stop.line}, is being read as part of the tag` : 'the text after it is being read as part of the tag';
      return problem(placeOf(source, open), `"/>" to close the tag ${tagAsTyped(source, open)}`, 'none', below);
    }
  }
  const unclosed = UNCLOSED.exec(reason);
  if (unclosed) {
    const name = unclosed[1];
    // Within a paragraph, the error's own place is the paragraph's start, and the one in its text
    // may count from the section parsed (./sections): the tag is the first of that name from there.
    const from = e.line !== undefined && e.column !== undefined ? offsetOf(source, { line: e.line, column: e.column }) : undefined;
    const tag = from === undefined ? -1 : source.indexOf(`<${name}`, from);
    const place = tag !== -1 ? placeOf(source, tag) : at ? { line: Number(at[1]), column: Number(at[2]) } : undefined;
    // <Quote> wraps words and closes with </Quote>; the others hold none and end with "/>".
    if (Object.hasOwn(STORY_COMPONENTS, name) && 'text' in STORY_COMPONENTS[name as StoryComponentName]) return problem(place, `a closing </${name}> after its text`, 'none');
    return problem(place, `"/>" at the end of <${name} …>`, `">" and no closing </${name}>`, `<${name}> holds no text: end the tag with "/>", as in <Chart id="…" />`);
  }
  if (BRACE.test(reason) && stopped !== undefined) {
    const open = lastBefore(source, stopped, /(?<!\\)\{/g);
    if (open !== undefined) return problem(placeOf(source, open), 'a brace typed as \\{', '"{" with no "}" after it', 'a bare "{" starts code, which a story cannot run');
  }
  // Anything else: the parser's own words, at its place.
  return problem(undefined, 'valid Markdown and components', reason, /tag|attribute/i.test(reason) ? 'a component such as <Chart id="…" /> must end with "/>"; check the tag that opens above this line' : undefined);
}
