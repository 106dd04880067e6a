/**
 * A data file's fields by what their strings are to a reader. The page typesets them
 * (lib/content/reader-text.ts) and the desk's spell checker reads them (app/desk/(tools)/edit/spelling.ts).
 */

/** Fields that readers read, in the dataset's language; `at`, `from` and `to` name labels, so they stay equal to them. */
export const READER_TEXT: ReadonlySet<string> = new Set(['title', 'units', 'sourceLine', 'notes', 'name', 'speaker', 'label', 'basis', 'note', 'time', 'splitNotReported', 'text', 'at', 'from', 'to']);

/** The English words quoted, in either edition, exactly as the source report gives them. */
export const QUOTED_ENGLISH: ReadonlySet<string> = new Set(['quote', 'dateQuote', 'original']);
