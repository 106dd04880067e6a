/**
 * The one formatter for schema (zod) issues, for story frontmatter and data files alike: each
 * issue becomes a Problem naming the field, what was expected, what was found and where.
 */
import { z } from 'zod';
import { monthName } from './i18n/intl';
import type { Problem } from './problems';
import { describeInvisible, isInvisible, unseenDifference } from './text-rules';

/** Where a value sits in its file (1-based). */
export type Position = { line: number; column?: number };

/**
 * Finds the position of `path` in the parsed file: the deepest node on it that exists, so a
 * missing field points at the object that lacks it. A bare number is a line.
 */
export type PositionOf = (path: PropertyKey[]) => Position | number | undefined;

const FORMAT_HINTS: Record<string, string> = {
  datetime: 'a date and time with its offset from UTC, like 2026-11-20T09:00:00-05:00',
  date: 'a real calendar date written YYYY-MM-DD, like 2020-04-05',
  url: 'a full web address starting with https://',
};

/** The types a YAML or JSON value can have, as an editor would name them. */
const TYPE_WORDS: Record<string, string> = { string: 'text', number: 'a number', boolean: 'true or false', array: 'a list', object: 'a group of fields' };

/** The format hint of a string schema with a format (a date, a date and time, a web address). */
function formatOf(inst: unknown): string | undefined {
  const format = (inst as { _zod?: { def?: { format?: unknown } } } | undefined)?._zod?.def?.format;
  return typeof format === 'string' ? FORMAT_HINTS[format] : undefined;
}

/** What the schema wanted, in an editor's words, for issues whose schema gave no wording of its own. */
function expectedText(issue: z.core.$ZodRawIssue): string | undefined {
  switch (issue.code) {
    case 'invalid_type':
      // A missing date says what a date looks like, not that it is text.
      return formatOf(issue.inst) ?? TYPE_WORDS[issue.expected] ?? `a ${issue.expected}`;
    case 'invalid_format':
      return FORMAT_HINTS[issue.format];
    case 'too_small':
      return issue.origin === 'array' ? (Number(issue.minimum) === 1 ? 'at least one entry' : `at least ${issue.minimum} entries`) : 'some text';
    case 'too_big':
      return issue.origin === 'array' ? `at most ${issue.maximum} items` : `at most ${issue.maximum} characters`;
    case 'invalid_union':
      return issue.errors.map((branch) => branch[0]?.message ?? 'another form').join(', or ');
    case 'invalid_value':
      return `one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
    case 'unrecognized_keys': {
      const shape = (issue.inst as { _zod?: { def?: { shape?: object } } } | undefined)?._zod?.def?.shape;
      return shape ? `only the fields ${Object.keys(shape).join(', ')}` : undefined;
    }
    default:
      return undefined;
  }
}

// zod's own messages ("Invalid input: expected string, received undefined") are for programmers.
// Set once for every schema, below any wording a schema gives itself, so every issue's message
// reads as the "expected" half of an editor's error, whoever calls safeParse.
z.config({ customError: expectedText });

/** Describes a value the way an editor would recognise it, for "found …". */
export function describeFound(value: unknown): string {
  if (value === undefined) return 'nothing (the field is missing)';
  if (value === null) return 'null (an empty value)';
  if (typeof value === 'string' && /[^ \t\r\n]/.test(value) && isInvisible(value)) return describeInvisible(value);
  if (value === '') return '"" (nothing between the quotation marks)';
  if (typeof value === 'string') return JSON.stringify(value.length > 60 ? `${value.slice(0, 57)}...` : value);
  if (Array.isArray(value)) return value.length === 0 ? 'an empty list' : `a list of ${value.length}`;
  if (typeof value === 'object') return 'a group of fields';
  if (typeof value === 'number') return `the number ${String(value)}`;
  return String(value);
}

/**
 * Why a date written in the right shape is still refused: "June 2021 has 30 days", "there is no
 * month 13". Undefined when the text does not start YYYY-MM-DD or its date is real, so the
 * shape hint alone speaks.
 */
function impossibleDate(text: string): string | undefined {
  const parts = /^(\d{4})-(\d{2})-(\d{2})(?![0-9])/.exec(text);
  if (!parts) return undefined;
  const [year, month, day] = parts.slice(1).map(Number);
  if (month < 1 || month > 12) return `there is no month ${parts[2]}`;
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day < 1 || day > days) return `${monthName(new Date(Date.UTC(year, month - 1, 1)), 'en')} ${year} has ${days} days`;
  return undefined;
}

/** What was found, with the reason a well-shaped date is not a real one. */
function foundText(issue: z.core.$ZodIssue, value: unknown): string {
  const found = describeFound(value);
  const isDateFormat = (i: { code: string; format?: string }) => i.code === 'invalid_format' && (i.format === 'datetime' || i.format === 'date');
  // A correction's date may be either form: zod reports that as a union whose branches failed on format.
  const dated = isDateFormat(issue) || (issue.code === 'invalid_union' && issue.errors.some((branch) => branch.some(isDateFormat)));
  const reason = dated && typeof value === 'string' ? impossibleDate(value) : undefined;
  if (reason) return `${found}: ${reason}`;
  const twin = issue.code === 'invalid_value' && typeof value === 'string' ? unseenDifference(value, issue.values.filter((v): v is string => typeof v === 'string')) : undefined;
  return twin ? `${found}, ${twin}` : found;
}

/**
 * `values[1].sourceRef`; empty for the top level. A key that is not a plain name, such as a French
 * file's English label or date, in quotes: `values["2021-02"].label`, `speakers["Fixture Co"]`.
 */
export function fieldName(path: readonly PropertyKey[]): string {
  return path.reduce<string>((s, k) => (typeof k === 'number' ? `${s}[${k}]` : /^[A-Za-z_]\w*$/.test(String(k)) ? (s ? `${s}.${String(k)}` : String(k)) : `${s}[${JSON.stringify(String(k))}]`), '');
}

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  return path.reduce<unknown>((node, key) => (node && typeof node === 'object' ? (node as Record<PropertyKey, unknown>)[key] : undefined), data);
}

/** A problem with the field at `path` (none for the top level), positioned at `at` (default: the field). */
export function problemAt(
  file: string,
  path: PropertyKey[],
  positionOf: PositionOf,
  what: { expected: string; found: string },
  at: PropertyKey[] = path,
): Problem {
  const found = positionOf(at);
  const position = typeof found === 'number' ? { line: found } : found;
  return { file, ...position, ...(path.length ? { field: fieldName(path) } : {}), ...what };
}

/** Turns zod issues into problems; `data` is what was validated, to say what was found. */
export function schemaProblems(file: string, issues: z.core.$ZodIssue[], data: unknown, positionOf: PositionOf): Problem[] {
  return issues.flatMap((issue) =>
    issue.code === 'unrecognized_keys'
      ? // One problem per unknown key, at the key itself.
        issue.keys.map((key) => problemAt(file, issue.path, positionOf, { expected: issue.message, found: `unknown field "${key}"` }, [...issue.path, key]))
      : [problemAt(file, issue.path, positionOf, { expected: issue.message, found: foundText(issue, valueAt(data, issue.path)) })],
  );
}
