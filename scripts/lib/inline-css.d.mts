/** Types for inline-css.mjs (plain JavaScript, run by node without a build step). */
export function required(selector: string): string[];
/** A need: `c:class`, `t:element`, `a:attribute`, or the alternatives of a :where()/:is()/:has(). */
export type Need = string | Need[][];
export function needs(selector: string): Need[];
/** The CSS a page gets, from what it holds; `asks`: all it can ask of a page; `select`: the same choice, unrestricted and not kept. */
export type ForPage = ((classes: Set<string>, names?: Set<string>, used?: Set<string>) => string) & {
  asks: { classes: Set<string>; names: Set<string>; properties: Set<string> };
  select: (classes: Set<string>, names?: Set<string>, used?: Set<string>) => string;
};
export function stylesheetFor(css: string): ForPage;
export function namesIn(html: string, scriptWords: Set<string>): Set<string>;
export function customPropertiesIn(text: string): Set<string>;
export function classesIn(html: string): Set<string>;
export function wordsIn(script: string): Set<string>;
export function scriptWordsOf(out: string): Set<string>;
export function inlinable(href: string, css: string): ReturnType<typeof stylesheetFor>;
export function inlinePage(html: string, sheet: (href: string) => ReturnType<typeof stylesheetFor>, scriptWords: Set<string>): string | undefined;
export function inlinedPieces(html: string, sheet: (href: string) => ReturnType<typeof stylesheetFor>, scriptWords: Set<string>): string[] | undefined;
export function inlineStylesheets(out: string, scriptWords: Set<string>): { pages: number; stylesheets: string[] };
