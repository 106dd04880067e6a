/** `section` (one "## " section as the bench writes it) followed by the "### " notes of the same section in `old` that it does not write itself. */
export function withNotes(old: string, section: string): string;
/** A whole file as the bench writes it (`next`), each of its sections followed by its notes in `old`. */
export function keepingNotes(old: string, next: string): string;
/** `md` with the section of `section`'s heading replaced (its notes kept), or `section` added before the section whose heading starts with `before` (or at the end). */
export function replaceSection(md: string, section: string, before?: string): string;
