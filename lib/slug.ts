/**
 * The one slug rule: lowercase letters and digits, in words joined by single hyphens. Story file
 * names, tags, translationOf and chart ids all follow it, since each becomes part of an address.
 */
export const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export const isSlug = (s: string): boolean => SLUG.test(s);
