// Placeholders ("TK") left in a data file, each named by the field that holds it ("title",
// "values[0].label", "notes[2]"): a chart started by New chart or Translate has ten or more, and
// "placeholder text" ten times over said nothing of where each one is.
import { parseTree, type Node } from 'jsonc-parser';
import { tooDeep } from '../data/json';
import { LIMITS } from '../limits';
import { fieldName } from '../zod-problems';
import { placeholderIn } from './story-facts';

export type Placeholder = { line: number; column: number; field: string; found: string };

/** Every placeholder in the file's texts, in file order. A file the JSON parser cannot read is read line by line, with no field named. */
export function placeholdersInData(text: string): Placeholder[] {
  const errors: unknown[] = [];
  // Too large or too deep, the parser would take long or overflow the stack (lib/data/json.ts says so to the editor).
  const root = text.length > LIMITS.dataChars || tooDeep(text) !== undefined ? undefined : parseTree(text, errors as never[], { disallowComments: true });
  if (!root || errors.length) return lineByLine(text);
  const starts = lineStarts(text);
  const found: Placeholder[] = [];
  // Depth first, by an explicit stack: the texts in file order, their paths carried down.
  const stack: [Node, PropertyKey[]][] = [[root, []]];
  while (stack.length) {
    const [node, path] = stack.pop()!;
    if (node.type === 'string') {
      const m = placeholderIn(text.slice(node.offset, node.offset + node.length));
      if (m) found.push({ ...positionIn(starts, node.offset + m.index), field: fieldName(path), found: m[0] });
    } else if (node.type === 'object') {
      const props = node.children ?? [];
      for (let i = props.length - 1; i >= 0; i--) {
        const [key, value] = props[i].children ?? [];
        if (key && value) stack.push([value, [...path, String(key.value)]]);
      }
    } else if (node.type === 'array') {
      const items = node.children ?? [];
      for (let i = items.length - 1; i >= 0; i--) stack.push([items[i], [...path, i]]);
    }
  }
  return found;
}

function lineByLine(text: string): Placeholder[] {
  return text.split('\n').flatMap((line, i) => {
    const m = placeholderIn(line);
    return m ? [{ line: i + 1, column: m.index + 1, field: 'placeholder text', found: m[0] }] : [];
  });
}

const lineStarts = (text: string) => [0, ...[...text.matchAll(/\n/g)].map((m) => m.index + 1)];

/** 1-based line and column (UTF-16 code units, as the check counts them) of an offset. */
function positionIn(starts: number[], offset: number): { line: number; column: number } {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return { line: lo + 1, column: offset - starts[lo] + 1 };
}
