import type { Document } from 'yaml';
import { isMap, isSeq, isScalar } from 'yaml';
import { problemMessage, type Problem } from '../problems';

export { schemaProblems } from '../zod-problems';

/**
 * One problem in one content file, worded for an editor.
 * @deprecated Use Problem (lib/problems.ts); this shape stays until stories and checks report Problem.
 */
export type ContentProblem = { file: string; line?: number; column?: number; message: string };

/** A Problem in the older one-message shape. */
export const toContentProblem = (p: Problem): ContentProblem => ({ file: p.file, line: p.line, column: p.column, message: problemMessage(p) });

/** Thrown when content is broken; lists every problem found, grouped by file. */
export class ContentError extends Error {
  constructor(readonly problems: ContentProblem[]) {
    super(formatProblems(problems));
    this.name = 'ContentError';
  }
}

export function formatProblems(problems: ContentProblem[]): string {
  const byFile = new Map<string, ContentProblem[]>();
  for (const p of problems) byFile.set(p.file, [...(byFile.get(p.file) ?? []), p]);
  const parts = [...byFile].map(([file, list]) =>
    [file, ...list.map((p) => `  ${p.line ? `${file}:${p.line}${p.column ? `:${p.column}` : ''}: ` : ''}${p.message}`)].join('\n'),
  );
  const n = problems.length;
  return `${n} content problem${n === 1 ? '' : 's'}:\n${parts.join('\n')}`;
}

/**
 * Line (1-based, within the YAML text) of the deepest node on `path` that exists,
 * or undefined when even the top-level field is missing (there is no line to point at).
 */
export function yamlLine(doc: Document, yamlText: string, path: PropertyKey[]): number | undefined {
  let node: unknown = doc.contents;
  let offset: number | undefined;
  for (const key of path) {
    if (isMap(node)) {
      const pair = node.items.find((p) => isScalar(p.key) && p.key.value === key);
      if (!pair) break;
      offset = (pair.key as { range?: number[] }).range?.[0] ?? offset;
      node = pair.value;
    } else if (isSeq(node) && typeof key === 'number' && node.items[key]) {
      node = node.items[key];
      offset = (node as { range?: number[] }).range?.[0] ?? offset;
    } else break;
  }
  return offset === undefined ? undefined : yamlText.slice(0, offset).split('\n').length;
}
