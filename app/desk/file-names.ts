// Files as an editor knows them. The check names files by path ("content/stories/fr/x.mdx:105"),
// which suits a terminal; the desk says "French story x, line 105".

const CONTENT_FILE = /(?:^|\/)(stories|data)\/(?:(fr)\/)?([^/\s:]+)\.(?:mdx|json)$/;

/** "French story le-bras-de-fer", "Chart n95-output"; the path when it is neither a story nor a chart. */
export function fileName(file: string): string {
  const found = CONTENT_FILE.exec(file);
  if (!found) return file;
  const [, folder, french, name] = found;
  const kind = folder === 'stories' ? 'story' : 'chart';
  return french ? `French ${kind} ${name}` : `${kind[0].toUpperCase()}${kind.slice(1)} ${name}`;
}

/** A message with each story or chart path in it (with its line, if any) named as `fileName` names it: "… at story the-n95-standoff, line 79". */
export function namingFiles(message: string): string {
  return message.replace(/(?:[\w.-]+\/)*(?:stories|data)\/(?:fr\/)?[\w-]+\.(?:mdx|json)(?::(\d+)(?::\d+)?)?/g, (path: string, line?: string) => {
    const named = fileName(path.replace(/:\d+(?::\d+)?$/, '')).replace(/^(Story|Chart) /, (kind) => kind.toLowerCase());
    return `${named}${line ? `, line ${line}` : ''}`;
  });
}
