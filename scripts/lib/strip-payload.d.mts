/** Types for strip-payload.mjs (plain JavaScript, run by tsx without a build step), which its tests import. */
export function stripPageFast(
  html: string,
  name: string,
  ours: { inlineScripts: readonly string[]; siteScript: string; stylesheet: (href: string) => string },
): { html: string; problems: string[]; fast: boolean };
/** page-allowlist.mjs's stripPage, re-exported for the tests that compare the two roads. */
export function stripPage(
  html: string,
  name: string,
  ours: { inlineScripts: readonly string[]; siteScript: string; stylesheet: (href: string) => string },
): { html: string; problems: string[] };
/** stripPageFast for a page's UTF-8 bytes, the payload cut before decoding; `scratch.buffer` is reused (and grown). */
export function stripBytes(
  bytes: Buffer,
  name: string,
  ours: { inlineScripts: readonly string[]; siteScript: string; stylesheet: (href: string) => string },
  scratch: { buffer: Buffer | undefined },
): { html: string; problems: string[]; fast: boolean };
export function growing(scratch: { buffer: Buffer | undefined }, size: number): Buffer;
