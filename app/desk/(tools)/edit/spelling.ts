import { createScanner, type SyntaxKind } from 'jsonc-parser';
import { READER_TEXT } from '@/lib/data/reader-fields';

/**
 * Which parts of a file the browser's spell checker must leave alone. The desk turns the browser's
 * spelling underline on for the text an editor writes, in the file's language (Source.tsx), and off
 * (spellcheck="false") for what is not prose: a misspelt word in a headline is a mistake an editor
 * wants shown as they type, a field name, a tag, a chart id, a link or a quoted original is not.
 * Pure functions of the text (and of the Markdown syntax tree), so they are tested without a browser.
 */

/** A part of the text, by offsets: from inclusive, to exclusive. */
export type Span = { from: number; to: number };

/** The frontmatter fields whose values readers see as words: the rest are dates, slugs and switches. */
const PROSE_FIELDS = new Set(['title', 'dek', 'byline', 'name', 'text']);

/** A frontmatter fence: "---", spaces after it allowed (as the check reads it: lib/content/frontmatter.ts). */
const isFence = (line: string) => /^---[ \t]*$/.test(line);

/**
 * How many of the text's first lines are its frontmatter, as the desk marks them (Source.tsx): from
 * a first line "---" to the next "---" line, within the first 500 lines; none when the file does not
 * start with "---". `line(i)` is the text of line i (0-based) of `count`.
 */
export function frontmatterLines(count: number, line: (i: number) => string): number {
  if (!count || !isFence(line(0))) return 0;
  for (let n = 1; n < Math.min(count, 500); n++) if (isFence(line(n))) return n + 1;
  return Math.min(count, 500);
}

const FIELD = /^(\s*(?:-\s+)?)([A-Za-z_][\w-]*)(\s*:)([^]*)$/;
const ITEM = /^(\s*-\s+)([^]*)$/;

/** The first 500 lines of `text` (split on "\n", as CodeMirror's doc.toString() joins them). */
const firstLines = (text: string) => text.split('\n', 500);

/** Where the body starts: the offset after the frontmatter's closing line, 0 without frontmatter. */
export function bodyStart(text: string): number {
  const lines = firstLines(text);
  const count = frontmatterLines(lines.length, (i) => lines[i]);
  return Math.min(text.length, lines.slice(0, count).reduce((n, line) => n + line.length + 1, 0));
}

/** A value that opens a block scalar (| or >, with its modifiers): the lines indented under it are its text. */
const BLOCK = /^\s*[|>][-+0-9]*\s*(?:#.*)?$/;

/** Whether a value leaves a quoted string open at its line's end ("…, then the next line carries it on). */
function opensQuote(value: string): boolean {
  const v = value.trim();
  if (v.startsWith('"')) return !/^"(?:[^"\\]|\\.)*"/.test(v);
  if (v.startsWith("'")) return !/^'(?:[^']|'')*'/.test(v);
  return false;
}
/** Whether a line carrying on a quoted value closes it. */
const closesQuote = (line: string, quote: string) => (quote === '"' ? /(?:^|[^\\])(?:\\\\)*"/.test(line) : /(?:^|[^'])'(?!')/.test(line));

/**
 * In the frontmatter: every field name, and the values of fields that are not prose (dates, tags,
 * translationOf, draft). A list item is prose when its list is (byline). A line that carries on a
 * value (a block scalar's indented lines, the rest of a quoted string) keeps its field's kind, even
 * when it holds "Word:".
 */
export function unspelledFrontmatter(text: string): Span[] {
  const lines = firstLines(text);
  const count = frontmatterLines(lines.length, (i) => lines[i]);
  const spans: Span[] = [];
  let at = 0;
  let prose = false;
  // What the lines after a field carry on: a block scalar under the field's indent, or an open quote.
  let block: number | undefined;
  let quote: string | undefined;
  for (let n = 0; n < count; n++) {
    const line = lines[n];
    const indent = /^\s*/.exec(line)![0].length;
    const whole = { from: at, to: at + line.length };
    // The fences (a frontmatter never closed has only its first).
    if (n === 0 || (n === count - 1 && isFence(line))) spans.push(whole);
    else if (quote) {
      if (!prose) spans.push(whole);
      if (closesQuote(line, quote)) quote = undefined;
    } else if (block !== undefined && (indent > block || !line.trim())) {
      if (!prose) spans.push(whole);
    } else {
      block = undefined;
      const field = FIELD.exec(line);
      const item = field ? undefined : ITEM.exec(line);
      if (field) {
        const [, lead, name, colon, value] = field;
        prose = PROSE_FIELDS.has(name);
        const keyEnd = at + lead.length + name.length + colon.length;
        spans.push({ from: at + lead.length, to: prose ? keyEnd : keyEnd + value.length });
        if (BLOCK.test(value)) block = lead.length;
        else if (opensQuote(value)) quote = value.trim()[0];
      } else if (item) {
        if (!prose) spans.push({ from: at + item[1].length, to: at + line.length });
        if (opensQuote(item[2])) quote = item[2].trim()[0];
      } else if (!prose || /^\s*#/.test(line)) spans.push(whole);
    }
    at += line.length + 1;
  }
  return spans.filter((s) => s.to > s.from);
}

/** Markdown nodes that are not prose: code, components and other tags, link addresses, entities, comments. */
const NOT_PROSE = new Set(['CodeBlock', 'FencedCode', 'InlineCode', 'HTMLBlock', 'HTMLTag', 'Comment', 'CommentBlock', 'ProcessingInstruction', 'ProcessingInstructionBlock', 'Autolink', 'URL', 'LinkReference', 'Entity']);

/** What this module needs of a Lezer syntax tree (CodeMirror's syntaxTree(state) is one). */
type SyntaxTree = { iterate(spec: { from?: number; to?: number; enter(node: { name: string; from: number; to: number }): boolean | void }): void };

/**
 * In a story's body, between `from` and `to`: code, components (<Chart id="…" />, the opening tag of
 * <Quote original="…">, whose English words are quoted exactly, while the French inside is prose),
 * link addresses and comments. The frontmatter before `start` is left to unspelledFrontmatter: the
 * Markdown parser reads it as a rule and a heading.
 */
export function unspelledMarkdown(tree: SyntaxTree, start: number, from: number, to: number): Span[] {
  const spans: Span[] = [];
  tree.iterate({
    from: Math.max(from, start),
    to,
    enter(node) {
      if (!NOT_PROSE.has(node.name)) return;
      spans.push({ from: Math.max(node.from, start), to: node.to });
      return false;
    },
  });
  return spans.filter((s) => s.to > s.from);
}

// jsonc-parser's SyntaxKind is a const enum, which isolated modules cannot read: its values, by name.
const OPEN_BRACE = 1 as SyntaxKind;
const CLOSE_BRACE = 2 as SyntaxKind;
const OPEN_BRACKET = 3 as SyntaxKind;
const CLOSE_BRACKET = 4 as SyntaxKind;
const COLON = 6 as SyntaxKind;
const STRING = 10 as SyntaxKind;
const EOF = 17 as SyntaxKind;

/**
 * In a data file: every string but the values of the fields readers read (READER_TEXT: titles,
 * notes, labels, units…). Property names are left alone (a French file's maps are keyed by the
 * English labels), and so are ids, dates, chart types and the English words quoted from a source.
 * A value in a list or an object belongs to the field that holds it. The JSON need not be valid:
 * the scanner reads whatever is typed so far.
 */
export function unspelledJson(text: string): Span[] {
  const scanner = createScanner(text, true);
  const tokens: { kind: SyntaxKind; from: number; to: number; value: string }[] = [];
  for (let kind = scanner.scan(); kind !== EOF; kind = scanner.scan()) {
    const from = scanner.getTokenOffset();
    tokens.push({ kind, from, to: from + scanner.getTokenLength(), value: kind === STRING ? scanner.getTokenValue() : '' });
  }
  const spans: Span[] = [];
  // The field a value belongs to, and the fields of the lists and objects it sits in.
  let field: string | undefined;
  const outer: (string | undefined)[] = [];
  tokens.forEach((token, i) => {
    if (token.kind === OPEN_BRACE || token.kind === OPEN_BRACKET) {
      outer.push(field);
      if (token.kind === OPEN_BRACE) field = undefined;
    } else if (token.kind === CLOSE_BRACE || token.kind === CLOSE_BRACKET) field = outer.pop();
    else if (token.kind === STRING) {
      const name = tokens[i + 1]?.kind === COLON;
      if (name) field = token.value;
      if (name || !field || !READER_TEXT.has(field)) spans.push({ from: token.from, to: token.to });
    }
  });
  return spans;
}
