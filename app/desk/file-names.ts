// Files and fields as an editor knows them. The check names files by path ("content/stories/fr/x.mdx:105")
// and a list's items as code does, from 0 ("values[0].sourceRef"), which suits a terminal; the desk
// says "French story x, line 105" and "entry 1, sourceRef".

const CONTENT_FILE = /(?:^|\/)(stories|data)\/(?:(fr)\/)?([^/\s:]+)\.(?:mdx|json)$/;

/** "French story le-bras-de-fer", "Chart n95-output"; the path when it is neither a story nor a chart. */
export function fileName(file: string): string {
  const found = CONTENT_FILE.exec(file);
  if (!found) return file;
  const [, folder, french, name] = found;
  const kind = folder === 'stories' ? 'story' : 'chart';
  return french ? `French ${kind} ${name}` : `${kind[0].toUpperCase()}${kind.slice(1)} ${name}`;
}

/** A story's or a chart's path in a message, from its folder on (the folders above it are found by hand: see namingFiles). */
const PATH_IN_TEXT = /(?:stories|data)\/(?:fr\/)?[\w-]+\.(?:mdx|json)(?::(\d+)(?::\d+)?)?/g;
const PATH_CHAR = /[\w./-]/;

/**
 * A message with each story or chart path in it (with its line, if any) named as `fileName` names
 * it: "… at story the-n95-standoff, line 79". The folders above a match ("content/") are taken by
 * a scan back that stops at the previous match, so a message of any length is read in linear time
 * (a pattern with them, `(?:[\w.-]+\/)*stories…`, took 5 s on 100 kB of "a/").
 */
export function namingFiles(message: string): string {
  let out = '';
  let last = 0;
  for (const match of message.matchAll(PATH_IN_TEXT)) {
    let start = match.index;
    while (start > last && PATH_CHAR.test(message[start - 1])) start--;
    const found = message.slice(start, match.index + match[0].length);
    const path = found.replace(/:\d+(?::\d+)?$/, '');
    const named = fileName(path);
    out += message.slice(last, start) + (named === path ? found : `${named.replace(/^(Story|Chart) /, (kind) => kind.toLowerCase())}${match[1] ? `, line ${match[1]}` : ''}`);
    last = match.index + match[0].length;
  }
  return out + message.slice(last);
}

/** A path of names and list places, as the check writes one: "values[0].sourceRef", "byline[1]". */
const FIELD_PATH = /^[A-Za-z][\w]*(?:\[\d+\]|\.[A-Za-z][\w]*)*$/;
/**
 * "source" for "sources": the name of one item of a list (a name not in -s stays as it is). A chart's
 * values are its entries: each has a field "value", so "value 1" would read as a value of 1.
 */
const itemOf = (list: string) => (list === 'values' ? 'entry' : list.endsWith('s') && !/(?:ss|series)$/.test(list) ? list.slice(0, -1) : list);

/** The words an item of a top-level list goes by in its file, where it has some: a chart's entry by its label. */
export type ItemLabel = (list: string, index: number) => string | undefined;

/**
 * A field's path as an editor counts: "values[0].sourceRef" is "entry 1, sourceRef", or with the
 * entry's label "entry 1 (Surgical masks), sourceRef"; "byline[1]" is "byline 2". The kinds of
 * problem the check also puts there ("placeholder text", "link #x") stay as they are.
 */
export function fieldName(field: string, labelOf?: ItemLabel): string {
  if (!FIELD_PATH.test(field)) return field;
  // Part by part, so a label's own full stops are not read as the path's.
  return field
    .split('.')
    .map((part, i) =>
      part.replace(/([A-Za-z]\w*)\[(\d+)\]/g, (_, list: string, at: string, offset: number) => {
        const label = i === 0 && offset === 0 ? labelOf?.(list, Number(at)) : undefined;
        return `${itemOf(list)} ${Number(at) + 1}${label ? ` (${label})` : ''}`;
      }),
    )
    .join(', ');
}
