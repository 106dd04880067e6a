import type { Diagnostic } from '@codemirror/lint';
import type { Text } from '@codemirror/state';
import { forbiddenChars } from '@/lib/text-rules';
import type { DeskProblem } from '../../_server/check';

/** Where line and column (1-based, as the check counts them) fall in the document, kept inside it. */
export function positionOf(doc: Text, line = 1, column = 1): number {
  if (line > doc.lines) return doc.length;
  const l = doc.line(Math.max(1, line));
  return Math.min(l.from + Math.max(0, column - 1), l.to);
}

/** The last line of a story's frontmatter (the closing `---`), or 0 when the text has none. */
function frontmatterEnd(doc: Text): number {
  if (doc.lines < 2 || doc.line(1).text.trimEnd() !== '---') return 0;
  for (let n = 2; n <= doc.lines; n++) if (doc.line(n).text.trimEnd() === '---') return n;
  return 0;
}

/** A field's name and what follows it on its line: `"sourceRef": ""` in JSON, `title: 42` in YAML. */
const JSON_FIELD = /^"(?:[^"\\]|\\.)*"\s*:/;
const YAML_FIELD = /^[A-Za-z_][\w-]*:(?=\s|$)/;

/** The value after a field's colon, as far as the line goes, its trailing comma and spaces left out (trimmed, not by a pattern: a long line of spaces would make `\s*$` slow). */
function valueOf(after: string): string {
  const value = after.trimEnd();
  return value.endsWith(',') ? value.slice(0, -1).trimEnd() : value;
}

/**
 * A problem's mark: from its column to the end of the word there (at least one character when the
 * line has one). Where the check names a field by its name (a data file's property, a frontmatter
 * field), the mark runs on over the value written on that line, without a trailing comma: the
 * mistake is as often the value (`"sourceRef": ""`) as the name.
 */
export function diagnosticsOf(doc: Text, problems: DeskProblem[]): Diagnostic[] {
  const yamlEnd = frontmatterEnd(doc);
  return problems
    .filter((p) => p.here && p.line !== undefined)
    .map((p) => {
      const from = positionOf(doc, p.line, p.column);
      const line = doc.lineAt(from);
      const rest = line.text.slice(from - line.from);
      // A forbidden character is the whole mistake: its range is that character alone, which its
      // dot hides (the dot draws its own wavy line), never the word after it.
      const forbidden = forbiddenChars(rest.slice(0, 2)).find((f) => f.index === 0);
      const field = !forbidden && (JSON_FIELD.exec(rest) ?? (line.number < yamlEnd ? YAML_FIELD.exec(rest) : null));
      const length = forbidden ? forbidden.char.length : field ? field[0].length + valueOf(rest.slice(field[0].length)).length : (/^\S+/.exec(rest)?.[0].length ?? 0);
      return { from, to: from + length, severity: p.severity, message: p.field ? `${p.field}: ${p.message}` : p.message };
    });
}
