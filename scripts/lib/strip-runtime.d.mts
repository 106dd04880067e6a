/** Types for strip-runtime.mjs (plain JavaScript, run by node without a build step), which its tests import. */
export function stripRuntime(
  out: string,
  ours: { inlineScripts: readonly string[]; siteScript: string },
  options?: { workers?: number; inlineCss?: boolean },
): Promise<{ pages: number; stylesheets: number; inlined?: { pages: number; stylesheets: string[] } }>;
/** A problem of the inline step, thrown only when the strip itself found none. */
export class InlineError extends Error {}
