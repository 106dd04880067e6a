/**
 * A file's line separator, so that the editor gives back exactly its bytes. CodeMirror splits lines
 * on \r\n, \r and \n and joins them with one separator: right for a file that uses one kind, wrong
 * for one that mixes them (a save would silently rewrite every line end of the minority).
 */
export type LineEnds = { separator: '\n' | '\r\n' | '\r'; mixed: false } | { separator: '\n'; mixed: true };

export function lineEndsOf(text: string): LineEnds {
  const crlf = text.match(/\r\n/g)?.length ?? 0;
  const cr = (text.match(/\r/g)?.length ?? 0) - crlf;
  const lf = (text.match(/\n/g)?.length ?? 0) - crlf;
  const kinds = [crlf, cr, lf].filter((n) => n > 0).length;
  if (kinds > 1) return { separator: '\n', mixed: true };
  return { separator: crlf ? '\r\n' : cr ? '\r' : '\n', mixed: false };
}
