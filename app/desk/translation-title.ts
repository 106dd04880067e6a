/**
 * How the desk names a French story whose title is still Translate's "TK": by the story it
 * translates, on the desk's home and in its editor alike (a list of "TK" rows told the editor
 * nothing). Plain strings, for the server and the browser.
 */
export function translationTitle(title: string, englishTitle: string | undefined): string {
  return englishTitle !== undefined && /^TK\b/.test(title.trim()) ? `French edition of “${englishTitle}” (title to write)` : title;
}
