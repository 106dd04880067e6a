import type { Lang } from '@/lib/i18n/lang';

/** What the desk previews for a file of the content root: a story's page, a data file's chart, or nothing. */
export type PreviewKind = { kind: 'story' } | { kind: 'chart'; id: string; lang: Lang };

const DATA_FILE = /^data\/(fr\/)?([^/]+)\.json$/;

/** Pure (the editor in the browser asks it too): by the file's place, as the content model reads it. */
export function previewKind(rel: string): PreviewKind | undefined {
  if (/^stories\/(fr\/)?[^/]+\.mdx?$/i.test(rel)) return { kind: 'story' };
  const data = DATA_FILE.exec(rel);
  return data ? { kind: 'chart', id: data[2], lang: data[1] ? 'fr' : 'en' } : undefined;
}
