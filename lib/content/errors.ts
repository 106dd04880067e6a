import type { Document } from 'yaml';
import { isMap, isSeq, isScalar } from 'yaml';

export { schemaProblems } from '../zod-problems';

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
