// BENCHMARKS.md is written by the bench, a "## " section per kind of figure, and annotated by hand:
// the notes under a section's "### " headings record investigations and runs that are not repeated.
// A new run replaces a section's figures (with any "### " part the bench writes itself) and keeps
// those notes after them; before, `npm run bench` wrote the whole file afresh and dropped them all.

/** The text of a Markdown file cut before each heading of `level` ("##" or "###"): the part before the first, then one part per heading. */
function cut(text, level) {
  const starts = [...text.matchAll(new RegExp(`^${level} `, 'gm'))].map((m) => m.index);
  return [text.slice(0, starts[0] ?? text.length), ...starts.map((start, i) => text.slice(start, starts[i + 1] ?? text.length))];
}

const headingOf = (part) => part.split('\n', 1)[0].trim();

/**
 * `section` (one "## " section as the bench writes it) followed by the "### " notes of the section
 * of the same heading in `old`, except those whose heading the bench writes itself.
 */
export function withNotes(old, section) {
  const same = cut(old, '##').slice(1).find((part) => headingOf(part) === headingOf(section));
  if (!same) return section;
  const own = new Set(cut(section, '###').slice(1).map(headingOf));
  const notes = cut(same, '###').slice(1).filter((part) => !own.has(headingOf(part)));
  if (!notes.length) return section;
  return `${section.replace(/\n*$/, '\n\n')}${notes.map((note) => note.replace(/\n*$/, '\n')).join('\n')}`;
}

/** A whole file as the bench writes it (`next`), each of its sections followed by its notes in `old`. */
export function keepingNotes(old, next) {
  const [before, ...sections] = cut(next, '##');
  return before + sections.map((section, i) => {
    const kept = withNotes(old, section);
    // Sections are separated by one blank line, as the bench writes them.
    return i < sections.length - 1 ? kept.replace(/\n*$/, '\n\n') : kept;
  }).join('');
}

/** `md` with its "## " section of `section`'s heading replaced (notes kept), or with `section` added before the section whose heading starts with `before` (or at the end). */
export function replaceSection(md, section, before) {
  const [head, ...sections] = cut(md, '##');
  const text = withNotes(md, section).replace(/\n*$/, '\n');
  const at = sections.findIndex((part) => headingOf(part) === headingOf(section));
  if (at >= 0) sections[at] = at < sections.length - 1 ? `${text}\n` : text;
  else {
    const next = before ? sections.findIndex((part) => headingOf(part).startsWith(`## ${before}`)) : -1;
    if (next < 0) return `${md.replace(/\n*$/, '\n\n')}${text}`;
    sections.splice(next, 0, `${text}\n`);
  }
  return head + sections.join('');
}
