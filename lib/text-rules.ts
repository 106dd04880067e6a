import type { Problem } from './problems';
import { linesAndColumns } from './limits';

/**
 * Characters no text on the site may hold, and text that shows nothing. One rule for every text
 * field, in stories (frontmatter and body) and data files alike:
 *
 * - control characters (C0 other than tab and line breaks, DEL, C1), U+FFFE/U+FFFF and lone
 *   surrogates: XML cannot carry them, so one in a title made both feeds unreadable;
 * - bidi overrides and isolates (U+202A–U+202E, U+2066–U+2069): they reorder the text after them,
 *   so a reader sees words in another order than the file holds ("Trojan Source");
 * - a title, dek, byline or label of invisible characters only (zero-width spaces, format
 *   characters): it is blank on the page.
 */

/** One forbidden character found in a text: where (an index into the text) and which. */
export type ForbiddenChar = { index: number; char: string; name: string; hint: string };

const BIDI: Record<number, string> = {
  0x202a: 'LEFT-TO-RIGHT EMBEDDING',
  0x202b: 'RIGHT-TO-LEFT EMBEDDING',
  0x202c: 'POP DIRECTIONAL FORMATTING',
  0x202d: 'LEFT-TO-RIGHT OVERRIDE',
  0x202e: 'RIGHT-TO-LEFT OVERRIDE',
  0x2066: 'LEFT-TO-RIGHT ISOLATE',
  0x2067: 'RIGHT-TO-LEFT ISOLATE',
  0x2068: 'FIRST STRONG ISOLATE',
  0x2069: 'POP DIRECTIONAL ISOLATE',
};

// Tab, line feed and carriage return are line layout, not controls; everything else below U+0020 is, and DEL and C1.
const FORBIDDEN = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** "U+202E" for a character. */
export const codePoint = (char: string) => `U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;

function describe(char: string): { name: string; hint: string } {
  const code = char.charCodeAt(0);
  if (BIDI[code]) {
    return { name: `${codePoint(char)} (${BIDI[code]})`, hint: 'delete it: it reorders the text after it, so readers would see other words than the file holds; the site sets the direction of the text itself' };
  }
  if (code >= 0xd800 && code <= 0xdfff) return { name: `${codePoint(char)} (half of a character: a lone surrogate)`, hint: 'retype the character; the file holds half of it' };
  if (code === 0xfffe || code === 0xffff) return { name: `${codePoint(char)} (not a character)`, hint: 'delete it' };
  return { name: `${codePoint(char)} (a control character)`, hint: 'delete it; it is invisible and feed readers refuse the whole feed for it. Copying from a PDF or a word processor often brings one along' };
}

/** Every forbidden character in `text`. Line feeds and carriage returns are line breaks, and tabs are allowed. */
export function forbiddenChars(text: string): ForbiddenChar[] {
  const found: ForbiddenChar[] = [];
  FORBIDDEN.lastIndex = 0;
  // A regex scan: linear, and it skips plain text at native speed.
  for (let m = FORBIDDEN.exec(text); m; m = FORBIDDEN.exec(text)) {
    found.push({ index: m.index, char: m[0], ...describe(m[0]) });
  }
  return found;
}

/** Characters that show nothing: spaces, zero-width and format characters, fillers. */
const INVISIBLE = /[\s\p{Cf}\p{Cc}\p{Zs}\u034f\u115f\u1160\u17b4\u17b5\u2800\u3164\uffa0]/gu;

/** Text quoted in a message: on one line, its spaces collapsed, cut with "…" past `max` characters. */
export function oneLine(text: string, max = 60): string {
  const line = text.trim().replace(/\s+/g, ' ');
  return line.length > max ? `${line.slice(0, max - 3)}…` : line;
}

/** How a character that shows no difference is named when two texts differ only by it. */
const UNSEEN_NAMES: Record<string, string> = { ' ': 'a plain space', '\u00a0': 'a no-break space (U+00A0)', '\u202f': 'a narrow no-break space (U+202F)', '\u2009': 'a thin space (U+2009)', '\t': 'a tab', '\u200b': 'a zero-width space (U+200B)' };
const unseenName = (char: string | undefined) =>
  char === undefined ? 'nothing' : (UNSEEN_NAMES[char] ?? (char.replace(INVISIBLE, '') ? `"${char}"` : `${codePoint(char)} (a character that shows nothing)`));

/**
 * When `found` reads exactly like one of `expected` but is not it (a no-break space for a plain one,
 * a zero-width character), the words that say where: "which reads like "…" but has a no-break space
 * (U+00A0) where it has a plain space, after "…Latin"". A message that quoted both would show the
 * same text twice, and the editor could not see what to fix.
 */
export function unseenDifference(found: string, expected: readonly string[]): string | undefined {
  const seen = (text: string) => text.replace(INVISIBLE, (c) => (/[\s\p{Zs}]/u.test(c) ? ' ' : ''));
  const shown = seen(found);
  const twin = expected.find((e) => e !== found && seen(e) === shown);
  if (twin === undefined) return undefined;
  const [a, b] = [[...found], [...twin]];
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  const before = a.slice(Math.max(0, i - 20), i).join('');
  return `which reads like "${oneLine(twin)}" but has ${unseenName(a[i])} where it has ${unseenName(b[i])}${before.trim() ? `, after "${before.trimStart()}"` : ''}`;
}

/** True when `text` shows nothing on a page: empty, or only spaces and invisible characters. */
export const isInvisible = (text: string) => text.replace(INVISIBLE, '') === '';

/** The wording of an invisible-only field, for "found …". */
export function describeInvisible(text: string): string {
  if (!text) return 'nothing (empty text)';
  const shown = [...text].slice(0, 4).map(codePoint).join(' ');
  return `only invisible characters (${shown}${[...text].length > 4 ? ' …' : ''})`;
}

/** A forbidden character at an offset of a file, raw or written as an escape. */
export type CharAt = { offset: number; name: string; hint: string; escape?: string };

/** Every forbidden character typed as it is in `text`, by offset. */
export const rawChars = (text: string, from = 0): CharAt[] => forbiddenChars(text).map(({ index, name, hint }) => ({ offset: from + index, name, hint }));

function escaped(match: string, offset: number, char: string): CharAt[] {
  const [found] = forbiddenChars(char);
  return found ? [{ offset, name: found.name, hint: found.hint, escape: match }] : [];
}

const fromCode = (hex: string, radix = 16) => {
  const code = parseInt(hex, radix);
  return code <= 0x10ffff ? String.fromCodePoint(code) : '';
};

const YAML_ESCAPES: Record<string, string> = { '0': '\u0000', a: '\u0007', b: '\u0008', v: '\u000b', f: '\u000c', e: '\u001b', N: '\u0085' };

/** Forbidden characters written as YAML escapes ("\u202E", "\x1b", "\e") in frontmatter text. */
export function yamlEscapes(yaml: string, from = 0): CharAt[] {
  const out: CharAt[] = [];
  for (const m of yaml.matchAll(/\\(\\|x[0-9a-fA-F]{2}|u[0-9a-fA-F]{4}|U[0-9a-fA-F]{8}|[0abvfeN])/g)) {
    const code = m[1];
    if (code === '\\') continue;
    const char = YAML_ESCAPES[code] ?? fromCode(code.slice(1));
    out.push(...escaped(m[0], from + m.index, char));
  }
  return out;
}

/** Forbidden characters written as numeric character references (&#x202E;, &#8238;) in a story's body. */
export function characterReferences(body: string, from = 0): CharAt[] {
  const out: CharAt[] = [];
  for (const m of body.matchAll(/&#(?:[xX]([0-9a-fA-F]{1,6})|([0-9]{1,7}));/g)) {
    out.push(...escaped(m[0], from + m.index, m[1] ? fromCode(m[1]) : fromCode(m[2], 10)));
  }
  return out;
}

/** Forbidden characters written as JSON escapes ("\u202e", "\b", "\f") in a data file; a \uD83D\uDE00 pair is one character. */
export function jsonEscapes(json: string): CharAt[] {
  const out: CharAt[] = [];
  for (const m of json.matchAll(/\\(?:u([dD][89abAB][0-9a-fA-F]{2})\\u([dD][c-fC-F][0-9a-fA-F]{2})|u([0-9a-fA-F]{4})|(["\\/bfnrt]))/g)) {
    if (m[1]) continue; // a surrogate pair: one whole character, like an emoji
    const char = m[3] ? String.fromCharCode(parseInt(m[3], 16)) : m[4] === 'b' ? '\b' : m[4] === 'f' ? '\f' : '';
    out.push(...escaped(m[0], m.index, char));
  }
  return out;
}

/** At most this many characters are listed per file; the rest are counted in one more line. */
const LISTED = 10;

/**
 * The forbidden characters of a file as problems at their line and column. `field` names what
 * holds them when known ("frontmatter", "JSON text"); a long run is listed up to LISTED times.
 */
export function characterProblems(file: string, text: string, chars: CharAt[], field = 'character'): Problem[] {
  const sorted = [...chars].sort((a, b) => a.offset - b.offset);
  const listed = sorted.slice(0, LISTED);
  const where = linesAndColumns(text, listed.map((c) => c.offset));
  const problems: Problem[] = listed.map((c, i) => ({
    file,
    ...where[i],
    field,
    expected: 'text without control characters or bidi controls',
    found: c.escape ? `${c.name}, written as ${c.escape}` : c.name,
    hint: c.hint,
  }));
  if (sorted.length > LISTED) {
    const [last] = linesAndColumns(text, [sorted[LISTED].offset]);
    problems.push({ file, ...last, field, expected: 'text without control characters or bidi controls', found: `${sorted.length - LISTED} more such characters from here on`, hint: 'search the file for them, or retype the text' });
  }
  return problems;
}
