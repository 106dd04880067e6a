import type { z } from 'zod';
import type { Document } from 'yaml';
import { isMap, isSeq, isScalar } from 'yaml';

import type { Problem } from '../problems';

export { ContentError } from '../problems';

/** Describes a YAML value the way an editor would recognise it. */
export function describeFound(value: unknown): string {
  if (value === undefined) return 'nothing (the field is missing)';
  if (value === null) return 'an empty value';
  if (typeof value === 'string') return JSON.stringify(value);
  if (Array.isArray(value)) return `a list of ${value.length}`;
  if (typeof value === 'object') return 'a group of fields';
  return `${typeof value} ${String(value)}`;
}

const FORMAT_HINTS: Record<string, string> = {
  datetime: 'an ISO 8601 date-time with a UTC offset, like 2026-11-20T09:00:00-05:00',
  date: 'a real calendar date written YYYY-MM-DD, like 2020-04-05',
  url: 'a full web address starting with https://',
};

function expectedText(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      return issue.expected === 'array' ? 'a list' : issue.expected === 'object' ? 'a group of fields' : `a ${issue.expected}`;
    case 'invalid_format':
      return FORMAT_HINTS[issue.format] ?? issue.message;
    case 'too_small':
      return issue.origin === 'array' ? `at least ${issue.minimum} item(s)` : 'some text (it is empty)';
    case 'too_big':
      return issue.origin === 'array' ? `at most ${issue.maximum} items` : `at most ${issue.maximum} characters`;
    case 'invalid_union':
      return issue.errors.map((branch) => (branch[0] ? expectedText(branch[0]) : 'another form')).join(', or ');
    case 'invalid_value':
      return `one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
    default:
      return issue.message;
  }
}

function valueAt(data: unknown, path: PropertyKey[]): unknown {
  return path.reduce<unknown>((node, key) => (node && typeof node === 'object' ? (node as Record<PropertyKey, unknown>)[key] : undefined), data);
}

export function fieldName(path: PropertyKey[]): string {
  return path.reduce<string>((s, k) => (typeof k === 'number' ? `${s}[${k}]` : s ? `${s}.${String(k)}` : String(k)), '');
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

/** Turns zod issues into editor-facing problems: field, expected, found. */
export function schemaProblems(
  file: string,
  issues: z.core.$ZodIssue[],
  data: unknown,
  lineOf: (path: PropertyKey[]) => number | undefined,
  knownFields: readonly string[] = [],
): Problem[] {
  const known = knownFields.length ? `one of ${knownFields.join(', ')}` : 'a documented field';
  return issues.flatMap((issue) => {
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => ({ file, line: lineOf([...issue.path, key]), field: fieldName([...issue.path, key]), expected: known, found: `an unknown field "${key}"` }));
    }
    if (issue.code === 'custom') {
      const [expected, found] = issue.message.replace(/^expected /, '').split(', found ');
      return [{ file, line: lineOf(issue.path), field: fieldName(issue.path), expected, found: found ?? 'something else' }];
    }
    const found = describeFound(valueAt(data, issue.path));
    return [{ file, line: lineOf(issue.path), field: fieldName(issue.path), expected: expectedText(issue), found }];
  });
}
