import { PAGE_SEGMENT, pageParts } from '@/lib/i18n/paths';

// A list's pages share one route with its first page, an optional catch-all ([[...page]]): with
// output: 'export', a route of the later pages alone would have none to generate on a site whose
// lists fit one page, and Next refuses a dynamic route that generates nothing.

// The catch-all's value for a list's page is the parts it adds to the list's address (paths.ts pageParts).

/** The home page's (or a later page's) params, for its route and the page plan alike. */
export const homePageParams = (page: number) => ({ page: pageParts(page) });

/** A topic's page's params, for its route and the page plan alike (pageKey joins them in this order). */
export const tagPageParams = (tagSlug: string, page: number) => ({ tag: tagSlug, page: pageParts(page) });

/** The page a catch-all's value names, or undefined when it names none ("page/1" is the list's own address). */
export function pageOfParam(parts: string[] | undefined): number | undefined {
  if (!parts?.length) return 1;
  if (parts.length !== 2 || parts[0] !== PAGE_SEGMENT || !/^[1-9]\d{0,5}$/.test(parts[1]) || parts[1] === '1') return undefined;
  return Number(parts[1]);
}

/** Every page number of a list of `count` pages. */
export const pageNumbers = (count: number): number[] => Array.from({ length: count }, (_, i) => i + 1);
