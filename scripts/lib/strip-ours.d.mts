/** Types for strip-ours.mjs (plain JavaScript), which its tests import. */
export function siteScripts(source?: URL | string): Promise<{ inlineScripts: readonly string[]; siteScript: string }>;
