import { correctionTime } from '@/lib/content/dates';
import { isMap, isPair, isScalar, isSeq, parseDocument, visit, type Document, type Node, type Pair, type Scalar, type YAMLMap } from 'yaml';

/**
 * The frontmatter panel's reading and writing of a story's YAML, in place. The `yaml` Document API
 * finds each field's node and its byte range; a change replaces only that range of the file's text.
 * `String(doc)` is not used to write: it re-serialises the whole block (folds long lines, respaces
 * comments and flow lists, writes \n for \r\n), and the desk keeps every byte it was not asked to
 * change. Every edit is parsed again and compared with the intended data before it is offered, so
 * a case this code did not foresee is refused, never written wrong.
 */

/** The fields the panel edits, as lib/content/schema.ts names them. Sources and corrections stay in the text. */
export const PANEL_FIELDS = ['title', 'dek', 'byline', 'published', 'updated', 'tags', 'draft', 'translationOf'] as const;
export type PanelField = (typeof PANEL_FIELDS)[number];
const LISTS: readonly PanelField[] = ['byline', 'tags'];
const kindOf = (field: PanelField) => (LISTS.includes(field) ? 'list' : field === 'draft' ? 'boolean' : 'text');
export type FieldValue = string | boolean | string[];

/** How a scalar was written, so a change can write it the same way. */
export type Style = 'PLAIN' | 'QUOTE_DOUBLE' | 'QUOTE_SINGLE' | 'BLOCK_FOLDED' | 'BLOCK_LITERAL';

export type PanelValue =
  | { present: false }
  /** `editable` is false for a value the panel cannot show (a list where text belongs, a map): the text editor edits it. */
  | { present: true; value: FieldValue | undefined; style?: Style; editable: boolean };

export type ReadFrontmatter =
  | { kind: 'none' }
  | { kind: 'unreadable'; reason: string }
  | { kind: 'fields'; fields: Record<PanelField, PanelValue>; corrected?: string };

export type Edit = { ok: true; text: string } | { ok: false; reason: string };

/**
 * The block between a first line `---` and the next `---` line, as micromark's frontmatter (the
 * content model's parser) finds it: after a byte order mark too, with any kind of line end, the
 * fences may end in spaces. `end` is where the closing fence's line starts: new fields go there.
 */
type Block = { start: number; end: number; yaml: string; separator: string };

export function frontmatterBlock(text: string): Block | undefined {
  const bom = text.startsWith('\ufeff') ? 1 : 0;
  const open = /^---[ \t]*(\r\n|\r|\n)/.exec(text.slice(bom));
  if (!open) return undefined;
  const start = bom + open[0].length;
  const close = /(^|\r\n|\r|\n)---[ \t]*(?:\r\n|\r|\n|$)/.exec(text.slice(start));
  if (!close) return undefined;
  const end = start + close.index + close[1].length;
  return { start, end, yaml: text.slice(start, end), separator: open[1] };
}

type Parsed = { block: Block; doc: Document; map: YAMLMap | undefined };

/** The block parsed, or why the panel leaves it to the text editor. */
export function parse(text: string): Parsed | { kind: 'none' } | { kind: 'unreadable'; reason: string } {
  const block = frontmatterBlock(text);
  if (!block) return { kind: 'none' };
  let doc: Document;
  try {
    doc = parseDocument(block.yaml, { uniqueKeys: true, prettyErrors: false });
  } catch {
    return { kind: 'unreadable', reason: 'the YAML is nested too deeply to read' };
  }
  if (doc.errors.length) return { kind: 'unreadable', reason: `the YAML has an error (${doc.errors[0].message.split(/[\r\n]/)[0]})` };
  let aliases = false;
  visit(doc, { Alias: () => void (aliases = true) });
  if (aliases) return { kind: 'unreadable', reason: 'it uses YAML aliases (*name), which the check refuses' };
  const contents = doc.contents;
  if (contents === null || (isScalar(contents) && contents.value === null && !contents.range?.[1])) return { block, doc, map: undefined };
  if (!isMap(contents)) return { kind: 'unreadable', reason: 'it is not a list of fields ("name: value" lines)' };
  if (contents.flow) return { kind: 'unreadable', reason: 'its fields are written as one { … } map' };
  return { block, doc, map: contents };
}

export function pairOf(map: YAMLMap | undefined, key: string): Pair<Scalar, Node | null> | undefined {
  return map?.items.find((p): p is Pair<Scalar, Node | null> => isPair(p) && isScalar(p.key) && p.key.value === key);
}

/** A field's value as its input shows it; a value of another kind (a list where a headline belongs) is left to the text editor. */
function valueOf(node: Node | null, kind: 'list' | 'boolean' | 'text'): { value: FieldValue | undefined; style?: Style; editable: boolean } {
  const textual = (n: unknown): n is Scalar<string | number> => isScalar(n) && (typeof n.value === 'string' || typeof n.value === 'number');
  if (node === null || (isScalar(node) && node.value === null)) return { value: undefined, editable: true };
  if (kind === 'list' && isSeq(node) && node.items.every(textual)) return { value: node.items.map((i) => String(i.value)), editable: true };
  if (kind === 'boolean' && isScalar(node) && typeof node.value === 'boolean') return { value: node.value, editable: true };
  if (kind === 'text' && textual(node)) return { value: String(node.value), style: node.type as Style | undefined, editable: true };
  return { value: undefined, editable: false };
}

/**
 * When the newest correction changed the story (lib/content/dates.ts), which readers see as its
 * Updated time: the panel's Updated field says so while it is empty. Dates that do not read as
 * one are left to the check.
 */
function newestCorrection(node: Node | null): string | undefined {
  if (!isSeq(node)) return undefined;
  const times = node.items
    .map((item) => (isMap(item) ? pairOf(item, 'date')?.value : undefined))
    .filter((date): date is Scalar<string> => isScalar(date) && typeof date.value === 'string' && !Number.isNaN(Date.parse(correctionTime(date.value))))
    .map((date) => correctionTime(date.value));
  return times.reduce<string | undefined>((newest, t) => (newest === undefined || Date.parse(t) > Date.parse(newest) ? t : newest), undefined);
}

/** What the panel shows for the file's text. Never throws. */
export function readFrontmatter(text: string): ReadFrontmatter {
  try {
    const parsed = parse(text);
    if (!('block' in parsed)) return parsed;
    const fields = {} as Record<PanelField, PanelValue>;
    for (const key of PANEL_FIELDS) {
      const pair = pairOf(parsed.map, key);
      fields[key] = pair ? { present: true, ...valueOf(pair.value, kindOf(key)) } : { present: false };
    }
    return { kind: 'fields', fields, corrected: newestCorrection(pairOf(parsed.map, 'corrections')?.value ?? null) };
  } catch (error) {
    return { kind: 'unreadable', reason: `the desk could not read it (${String(error).split('\n')[0]})` };
  }
}

// Writing values ---------------------------------------------------------------------------------

/** True when `value` reads back as exactly this string written plain in that place (a mapping value, or an item of a [flow] list). */
function plainWorks(value: string, flow: boolean): boolean {
  if (value === '' || value !== value.trim() || /[\r\n\t]/.test(value)) return false;
  try {
    const doc = parseDocument(flow ? `k: [${value}]` : `k: ${value}`);
    if (doc.errors.length || doc.warnings.length || !isMap(doc.contents)) return false;
    const node = (doc.contents.items[0] as Pair<Scalar, Node>).value;
    const read = flow ? (isSeq(node) && node.items.length === 1 ? node.items[0] : undefined) : node;
    return isScalar(read) && read.type === 'PLAIN' && read.value === value;
  } catch {
    return false;
  }
}

/** Double-quoted YAML: JSON's escapes are YAML's, plus the characters YAML does not allow unescaped. */
const doubleQuoted = (value: string) =>
  JSON.stringify(value).replace(/[\u007f-\u009f\u2028\u2029\ufeff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);

/** A string written in the style it had when possible: plain when plain reads back the same, else quoted. */
export function scalarText(value: string | boolean, style: Style | undefined, flow = false): string {
  if (typeof value === 'boolean') return String(value);
  if (style === 'QUOTE_SINGLE' && !/[\x00-\x1f\u007f-\u009f\u2028\u2029\ufeff]/.test(value)) return `'${value.replace(/'/g, "''")}'`;
  if (style !== 'QUOTE_DOUBLE' && style !== 'QUOTE_SINGLE' && plainWorks(value, flow)) return value;
  return doubleQuoted(value);
}

type Change = { from: number; to: number; insert: string };

export const lineEnd = (s: string, at: number) => {
  const m = /[\r\n]/.exec(s.slice(at));
  return m ? at + m.index : s.length;
};
export const lineStart = (s: string, at: number) => Math.max(s.lastIndexOf('\n', at - 1), s.lastIndexOf('\r', at - 1)) + 1;
/** A node's end without the line ends a block scalar or block list counts as its own. */
export const trimmedEnd = (s: string, from: number, to: number) => {
  while (to > from && (s[to - 1] === '\n' || s[to - 1] === '\r')) to--;
  return to;
};
export const rangeOf = (node: Node) => node.range ?? [0, 0, 0];

/** Where a pair's value starts being written: just after its ":". */
export function afterColon(yaml: string, pair: Pair<Scalar, Node | null>): number {
  const colon = yaml.indexOf(':', rangeOf(pair.key)[1]);
  return colon < 0 ? rangeOf(pair.key)[1] : colon + 1;
}

/** The lines of a block list, "- a" each, starting on the line after its key. */
const blockList = (items: string[], indent: string, sep: string) => items.map((i) => `${sep}${indent}- ${scalarText(i, undefined)}`).join('');

/** The changes that make a list field hold `items`, item by item where it is a block list, so comments on unchanged items stay. */
function listChanges(yaml: string, pair: Pair<Scalar, Node | null>, items: string[], keyIndent: string, sep: string): Change[] {
  const node = pair.value;
  if (isSeq(node) && node.flow) {
    const [from, to] = rangeOf(node);
    return [{ from, to, insert: `[${items.map((i) => scalarText(i, undefined, true)).join(', ')}]` }];
  }
  if (isSeq(node) && node.items.length && node.items.every(isScalar)) {
    const old = node.items as Scalar[];
    if (!items.length) return [{ from: afterColon(yaml, pair), to: lineEnd(yaml, trimmedEnd(yaml, rangeOf(node)[0], rangeOf(node)[1])), insert: ' []' }];
    const first = rangeOf(node)[0];
    const indent = yaml.slice(lineStart(yaml, first), first);
    const marker = /^-[ \t]+$/.test(yaml.slice(first, rangeOf(old[0])[0])) ? yaml.slice(first, rangeOf(old[0])[0]) : '- ';
    const changes: Change[] = [];
    for (let i = 0; i < Math.min(old.length, items.length); i++) {
      if (String(old[i].value) === items[i]) continue;
      const [from, to] = rangeOf(old[i]);
      changes.push({ from, to: trimmedEnd(yaml, from, to), insert: scalarText(items[i], old[i].type as Style) });
    }
    const lastEnd = (i: number) => lineEnd(yaml, trimmedEnd(yaml, rangeOf(old[i])[0], rangeOf(old[i])[1]));
    if (items.length > old.length) {
      const at = lastEnd(old.length - 1);
      changes.push({ from: at, to: at, insert: items.slice(old.length).map((i) => `${sep}${/^\s*$/.test(indent) ? indent : keyIndent}${marker}${scalarText(i, undefined)}`).join('') });
    } else if (items.length < old.length) {
      changes.push({ from: lastEnd(items.length - 1), to: lastEnd(old.length - 1), insert: '' });
    }
    return changes;
  }
  // Nothing, a single value or a list of something else: the whole value becomes a list.
  const from = afterColon(yaml, pair);
  const to = node ? Math.max(from, trimmedEnd(yaml, rangeOf(node)[0], rangeOf(node)[1])) : from;
  return [{ from, to, insert: items.length ? blockList(items, `${keyIndent}  `, sep) : ' []' }];
}

function applyChanges(s: string, changes: Change[]): string {
  return [...changes].sort((a, b) => b.from - a.from).reduce((t, c) => t.slice(0, c.from) + c.insert + t.slice(c.to), s);
}

/** The data a YAML text holds, to compare an edit with its intent; undefined when it does not parse cleanly. */
export function dataOf(yaml: string): string | undefined {
  try {
    const doc = parseDocument(yaml, { uniqueKeys: true, logLevel: 'error' });
    if (doc.errors.length) return undefined;
    return JSON.stringify(doc.toJS({ maxAliasCount: 0 }) ?? {});
  } catch {
    return undefined;
  }
}

/**
 * The whole text with one field set to `value` (undefined removes it), changing only that field's
 * bytes; a missing field is added as the block's last line. `style` asks for a way of writing a
 * string (the panel passes the style the field had when the editor started typing in it, so one
 * keystroke that needs quotes, a trailing space, does not leave the field quoted). Never throws.
 */
export function setField(text: string, key: PanelField, value: FieldValue | undefined, style?: Style): Edit {
  try {
    const parsed = parse(text);
    if (!('block' in parsed)) return { ok: false, reason: parsed.kind === 'none' ? 'the story has no frontmatter block' : `the frontmatter cannot be edited here: ${parsed.reason}` };
    const { block, map } = parsed;
    const { yaml, separator: sep } = block;
    const pair = pairOf(map, key);
    const firstKey = map?.items[0] && isPair(map.items[0]) && isScalar(map.items[0].key) ? rangeOf(map.items[0].key)[0] : 0;
    const keyIndent = map?.items.length ? yaml.slice(lineStart(yaml, firstKey), firstKey).replace(/\S/g, ' ') : '';
    let changes: Change[];
    if (value === undefined) {
      if (!pair) return { ok: true, text };
      const from = lineStart(yaml, rangeOf(pair.key)[0]);
      const node = pair.value;
      const end = lineEnd(yaml, node ? trimmedEnd(yaml, rangeOf(node)[0], rangeOf(node)[1]) : rangeOf(pair.key)[1]);
      const to = yaml.startsWith('\r\n', end) ? end + 2 : Math.min(yaml.length, end + 1);
      changes = [{ from, to, insert: '' }];
    } else if (!pair) {
      const written = Array.isArray(value) ? (value.length ? blockList(value, `${keyIndent}  `, sep) : ' []') : ` ${scalarText(value, style)}`;
      changes = [{ from: yaml.length, to: yaml.length, insert: `${keyIndent}${key}:${written}${sep}` }];
    } else if (Array.isArray(value)) {
      changes = listChanges(yaml, pair, value, keyIndent, sep);
    } else {
      const node = pair.value;
      if (node === null || (isScalar(node) && node.value === null && rangeOf(node)[0] === rangeOf(node)[1])) {
        const at = node ? rangeOf(node)[0] : afterColon(yaml, pair);
        changes = [{ from: at, to: at, insert: `${at === afterColon(yaml, pair) ? ' ' : ''}${scalarText(value, style)}` }];
      } else {
        const [from, end] = rangeOf(node);
        const old = isScalar(node) ? (node.type as Style) : undefined;
        changes = [{ from, to: trimmedEnd(yaml, from, end), insert: scalarText(value, style ?? (old === 'BLOCK_FOLDED' || old === 'BLOCK_LITERAL' ? undefined : old)) }];
      }
    }
    const newYaml = applyChanges(yaml, changes);
    // The edit must mean exactly what was asked: the same data, with this one field changed.
    const before = JSON.parse(dataOf(yaml) ?? '{}') as Record<string, unknown>;
    const expected = value === undefined ? Object.fromEntries(Object.entries(before).filter(([k]) => k !== key)) : { ...before, [key]: value };
    if (dataOf(newYaml) !== JSON.stringify(expected)) return { ok: false, reason: `the desk could not write ${key} here without changing something else; edit it in the text` };
    return { ok: true, text: text.slice(0, block.start) + newYaml + text.slice(block.end) };
  } catch (error) {
    return { ok: false, reason: `the desk could not write ${key} (${String(error).split('\n')[0]})` };
  }
}
