/** Types for strip-runtime.mjs (plain JavaScript, run by tsx without a build step), which its tests import. */
export function stripRuntime(
  out: string,
  ours: { inlineScripts: readonly string[]; siteScript: string },
  options?: { workers?: number },
): Promise<{ pages: number; stylesheets: number }>;
