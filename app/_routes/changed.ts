import fs from 'node:fs';
import type { Lang } from '@/lib/i18n/lang';

/** The site's routes with one variable part, each edition's apart: what a correction build can regenerate page by page. */
export type RouteId = `${'story' | 'story-card' | 'tag' | 'embed' | 'csv' | 'chart-card'}:${Lang}`;

/** Which pages of each route to generate: the route's param values. */
export type PageSelection = Partial<Record<RouteId, string[]>>;

let selection: PageSelection | undefined;

/**
 * A route's static params, cut to the pages a correction build regenerates. scripts/build.mjs
 * names them in the JSON file at BUILD_ONLY (scripts/lib/page-plan.ts decides which pages'
 * inputs changed); the other pages of out/ are kept. Without BUILD_ONLY, every page is generated.
 */
export function onlyChanged<P extends Record<string, string>>(route: RouteId, params: P[]): P[] {
  const file = process.env.BUILD_ONLY;
  if (!file) return params;
  selection ??= JSON.parse(fs.readFileSync(file, 'utf8')) as PageSelection;
  const wanted = new Set(selection[route] ?? []);
  const kept = params.filter((p) => Object.values(p).some((value) => wanted.has(value)));
  // output: 'export' refuses a dynamic route that generates no page: its first page is generated
  // again, unchanged (the build counts it), and written over its own copy.
  return kept.length ? kept : params.slice(0, 1);
}
