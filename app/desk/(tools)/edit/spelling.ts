import { createScanner, type SyntaxKind } from 'jsonc-parser';

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

/**
 * The frontmatter's lines, as the desk marks them (Source.tsx): from a first line "---" to the next
 * line "---", within the first 500 lines; none when the file does not start with "---".
 */
export function frontmatterLines(lines: readonly string[]): number {
  if (lines[0] !== '---') return 0;
  for (let n = 1; n < Math.min(lines.length, 500); n++) if (lines[n] === '---') return n + 1;
  return Math.min(lines.length, 500);
}

const FIELD = /^(\s*(?:-\s+)?)([A-Za-z_][\w-]*)(\s*:)([^]*)$/;
const ITEM = /^(\s*-\s+)([^]*)$/;

/** The first 500 lines of `text` (split on "\n", as CodeMirror's doc.toString() joins them). */
const firstLines = (text: string) => text.split('\n', 500);

/** Where the body starts: the offset after the frontmatter's closing line, 0 without frontmatter. */
export function bodyStart(text: string): number {
  const lines = firstLines(text);
  const count = frontmatterLines(lines);
  return Math.min(text.length, lines.slice(0, count).reduce((n, line) => n + line.length + 1, 0));
}

/**
 * In the frontmatter: every field name, and the values of fields that are not prose (dates, tags,
 * translationOf, draft). A list item is prose when its list is (byline); a line that carries on a
 * value keeps its field's kind.
 */
export function unspelledFrontmatter(text: string): Span[] {
  const lines = firstLines(text);
  const count = frontmatterLines(lines);
  const spans: Span[] = [];
  let at = 0;
  let prose = false;
  for (let n = 0; n < count; n++) {
    const line = lines[n];
    const field = FIELD.exec(line);
    const item = field ? undefined : ITEM.exec(line);
    if (field) {
      const [, lead, name, colon, value] = field;
      prose = PROSE_FIELDS.has(name);
      const keyEnd = at + lead.length + name.length + colon.length;
      spans.push({ from: at + lead.length, to: prose ? keyEnd : keyEnd + value.length });
    } else if (item) {
      if (!prose) spans.push({ from: at + item[1].length, to: at + line.length });
    } else if (n === 0 || n === count - 1 || !prose || /^\s*#/.test(line)) {
      // The "---" lines, a comment, or a value carried on from a field that is not prose.
      spans.push({ from: at, to: at + line.length });
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
const STRING = 10 as SyntaxKind;
const EOF = 17 as SyntaxKind;

/**
 * In a data file: every string that is not several words (property names, ids, file names, dates,
 * chart types, slugs); strings of several words (titles, notes, labels, quotations) are prose. The
 * JSON need not be valid: the scanner reads whatever is typed so far.
 */
export function unspelledJson(text: string): Span[] {
  const scanner = createScanner(text, true);
  const spans: Span[] = [];
  for (let kind = scanner.scan(); kind !== EOF; kind = scanner.scan()) {
    if (kind !== STRING || /\S\s+\S/.test(scanner.getTokenValue())) continue;
    const from = scanner.getTokenOffset();
    spans.push({ from, to: from + scanner.getTokenLength() });
  }
  return spans;
}
