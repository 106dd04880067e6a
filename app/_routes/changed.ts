import fs from 'node:fs';
import type { Lang } from '@/lib/i18n/lang';

/** The site's routes with a variable part (a list's page number too), each edition's apart: what a correction build can regenerate page by page. */
export type RouteId = `${'home' | 'story' | 'story-card' | 'tag' | 'embed' | 'csv' | 'chart-card'}:${Lang}`;

/** Which pages of each route to generate: each page's key (pageKey). */
export type PageSelection = Partial<Record<RouteId, string[]>>;

/**
 * A page's key among its route's: its params' values joined by "/" (a catch-all's parts too),
 * the page plan's `param` (scripts/lib/page-plan.ts). One param: its value ("x.png"); a topic's
 * second page, "canada/page/2"; the home page, "".
 */
export const pageKey = (params: Record<string, string | string[] | undefined>): string => Object.values(params).flat().filter((v) => v !== undefined).join('/');

let selection: PageSelection | undefined;

/**
 * A route's static params, cut to the pages a correction build regenerates. scripts/build.mjs
 * names them in the JSON file at BUILD_ONLY (scripts/lib/page-plan.ts decides which pages'
 * inputs changed); the other pages of out/ are kept. Without BUILD_ONLY, every page is generated.
 */
export function onlyChanged<P extends Record<string, string | string[] | undefined>>(route: RouteId, params: P[]): P[] {
  const file = process.env.BUILD_ONLY;
  if (!file) return params;
  selection ??= JSON.parse(fs.readFileSync(file, 'utf8')) as PageSelection;
  const wanted = new Set(selection[route] ?? []);
  const kept = params.filter((p) => wanted.has(pageKey(p)));
  // output: 'export' refuses a dynamic route that generates no page: its first page is generated
  // again, unchanged (the build counts it), and written over its own copy.
  return kept.length ? kept : params.slice(0, 1);
}
