/**
 * The one shape of a mistake in content, for stories and data files alike: where it is, which
 * field, what was expected and what was found. Every check, the build and `npm run check` report
 * these, so an editor reads the same kind of line whatever the file.
 */
export type Severity = 'error' | 'warning';

export type Problem = {
  /** Path from the project root, with forward slashes. */
  file: string;
  /** 1-based; absent when there is no line to point at (a missing field, a bad file name). */
  line?: number;
  column?: number;
  /** The field or construct at fault: "published", "values[2].date", "<Chart id>". */
  field?: string;
  expected: string;
  found: string;
  /** What to write instead, when that is not already plain from `expected`. */
  hint?: string;
  /** Errors stop the build; warnings are shown and let it go on. Default: error. */
  severity?: Severity;
};

/** A problem as the content model reports it: always with its severity. */
export type CheckProblem = Problem & { severity: Severity };

/** The same problem with its severity written out (errors unless it says otherwise). */
export const withSeverity = (p: Problem, severity: Severity = p.severity ?? 'error'): CheckProblem => ({ ...p, severity });

/**
 * The problem an unexpected exception in one step of reading a file becomes: the file is named
 * and the check goes on with the others. The last line of defence, never the way a mistake is reported.
 */
export function internalProblem(file: string, step: string, error: unknown): CheckProblem {
  const message = String((error as Error)?.message ?? error).split('\n')[0].slice(0, 200);
  return { file, field: step, expected: 'content the check can read', found: `an error inside the check: ${message}`, hint: 'simplify the part named, and report this so the check can name the mistake', severity: 'error' };
}

/** "file:line:column" (or less, where the position is unknown). */
export function location(p: Problem): string {
  return p.line ? `${p.file}:${p.line}${p.column ? `:${p.column}` : ''}` : p.file;
}

/** The problem in words, without its location: "published: expected …, found …". */
export function problemMessage(p: Problem): string {
  return `${p.field ? `${p.field}: ` : ''}expected ${p.expected}, found ${p.found}${p.hint ? ` (${p.hint})` : ''}`;
}

export const isError = (p: Problem) => (p.severity ?? 'error') === 'error';

/** Every problem, grouped by file (a line naming it, then one indented "location  severity  message" line each, by position). */
export function formatProblems(problems: Problem[]): string {
  const byFile = new Map<string, Problem[]>();
  for (const p of problems) byFile.set(p.file, [...(byFile.get(p.file) ?? []), p]);
  const parts = [...byFile]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([file, list]) =>
      [file, ...list.sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0)).map((p) => `  ${location(p)}  ${p.severity ?? 'error'}  ${problemMessage(p)}`)].join('\n'),
    );
  return parts.join('\n\n');
}

/** Thrown when content is broken; lists every problem found, grouped by file. */
export class ContentError extends Error {
  constructor(readonly problems: Problem[]) {
    super(`${problems.length} content problem${problems.length === 1 ? '' : 's'}:\n${formatProblems(problems)}`);
    this.name = 'ContentError';
  }
}
