/**
 * The one change that turns `current` into `next`: the text between their common start and end.
 * Offsets are counted in CodeMirror's positions, where a line break is one, whatever `separator`
 * the file uses; the change never starts or ends inside a line break or a surrogate pair.
 */
export function changeBetween(current: string, next: string, separator: string): { from: number; to: number; insert: string } {
  const max = Math.min(current.length, next.length);
  let start = 0;
  while (start < max && current.charCodeAt(start) === next.charCodeAt(start)) start++;
  let end = 0;
  while (end < max - start && current.charCodeAt(current.length - 1 - end) === next.charCodeAt(next.length - 1 - end)) end++;
  // A \r\n and a surrogate pair are one unit each: a boundary between their halves moves out of them.
  const splits = (before: string | undefined, after: string | undefined) => (before === '\r' && after === '\n') || /[\ud800-\udbff]/.test(before ?? '');
  while (start > 0 && (splits(current[start - 1], current[start]) || splits(next[start - 1], next[start]))) start--;
  while (end > 0 && (splits(current[current.length - end - 1], current[current.length - end]) || splits(next[next.length - end - 1], next[next.length - end]))) end--;
  const position = (offset: number) => (separator.length === 1 ? offset : offset - (current.slice(0, offset).split(separator).length - 1) * (separator.length - 1));
  return { from: position(start), to: position(current.length - end), insert: next.slice(start, next.length - end) };
}