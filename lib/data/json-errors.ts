/**
 * Finds where a JSON text first goes wrong, independent of the JavaScript engine's wording
 * (V8's JSON.parse messages differ between Node versions and sometimes omit the position).
 * Only used after JSON.parse has failed, so speed does not matter.
 */

export interface JsonSyntaxProblem {
  /** 1-based line. */
  line: number;
  /** 1-based column (in UTF-16 code units). */
  column: number;
  /** What the parser expected at that point. */
  expected: string;
  /** What it found, e.g. `"}"` or `the end of the file`. */
  found: string;
}

class Stop extends Error {
  constructor(
    readonly pos: number,
    readonly expected: string,
  ) {
    super(expected);
  }
}

/** Returns the first syntax problem in `text`, or null when `text` is valid JSON. */
export function findJsonSyntaxProblem(text: string): JsonSyntaxProblem | null {
  let i = 0;
  const ws = () => {
    while (i < text.length && ' \t\n\r'.includes(text[i])) i++;
  };
  const fail = (expected: string): never => {
    throw new Stop(i, expected);
  };
  const str = () => {
    if (text[i] !== '"') fail('a double-quoted string');
    i++;
    for (;;) {
      if (i >= text.length) fail('a closing \'"\'');
      const c = text[i];
      if (c === '"') {
        i++;
        return;
      }
      if (c === '\\') {
        i++;
        const e = text[i];
        if (e === 'u') {
          i++;
          for (let k = 0; k < 4; k++, i++) if (!/[0-9a-fA-F]/.test(text[i] ?? '')) fail('a hexadecimal digit');
          continue;
        }
        if (e === undefined || !'"\\/bfnrt'.includes(e)) fail('a valid escape such as \\n or \\"');
        i++;
        continue;
      }
      if (c < ' ') fail('no control characters inside a string (use \\n)');
      i++;
    }
  };
  const digits = () => {
    if (!/[0-9]/.test(text[i] ?? '')) fail('a digit');
    while (/[0-9]/.test(text[i] ?? '')) i++;
  };
  const num = () => {
    if (text[i] === '-') i++;
    if (text[i] === '0') i++;
    else digits();
    if (text[i] === '.') {
      i++;
      digits();
    }
    if (text[i] === 'e' || text[i] === 'E') {
      i++;
      if (text[i] === '+' || text[i] === '-') i++;
      digits();
    }
  };
  const word = (w: string) => {
    for (const ch of w) {
      if (text[i] !== ch) fail(`"${w}"`);
      i++;
    }
  };
  const value = (): void => {
    ws();
    const c = text[i];
    if (c === '{') {
      i++;
      ws();
      if (text[i] === '}') {
        i++;
        return;
      }
      for (;;) {
        ws();
        if (text[i] !== '"') fail('a double-quoted property name');
        str();
        ws();
        if (text[i] !== ':') fail('":" after a property name');
        i++;
        value();
        ws();
        if (text[i] === ',') {
          i++;
          continue;
        }
        if (text[i] === '}') {
          i++;
          return;
        }
        fail('"," or "}" after a property value');
      }
    }
    if (c === '[') {
      i++;
      ws();
      if (text[i] === ']') {
        i++;
        return;
      }
      for (;;) {
        value();
        ws();
        if (text[i] === ',') {
          i++;
          continue;
        }
        if (text[i] === ']') {
          i++;
          return;
        }
        fail('"," or "]" after an array item');
      }
    }
    if (c === '"') return str();
    if (c === '-' || /[0-9]/.test(c ?? '')) return num();
    if (c === 't') return word('true');
    if (c === 'f') return word('false');
    if (c === 'n') return word('null');
    fail('a JSON value');
  };
  try {
    value();
    ws();
    if (i < text.length) fail('the end of the file');
    return null;
  } catch (e) {
    if (!(e instanceof Stop)) throw e;
    const { line, column } = lineAndColumn(text, e.pos);
    const found = e.pos >= text.length ? 'the end of the file' : JSON.stringify(String.fromCodePoint(text.codePointAt(e.pos)!));
    return { line, column, expected: e.expected, found };
  }
}

/** 1-based line and column of character offset `pos`. */
export function lineAndColumn(text: string, pos: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let k = 0; k < pos && k < text.length; k++) {
    if (text[k] === '\n') {
      line++;
      lineStart = k + 1;
    }
  }
  return { line, column: pos - lineStart + 1 };
}
