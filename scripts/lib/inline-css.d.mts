/** Types for inline-css.mjs (plain JavaScript, run by node without a build step). */
export function required(selector: string): string[];
export function stylesheetFor(css: string): (classes: Set<string>) => string;
export function classesIn(html: string): Set<string>;
export function wordsIn(script: string): Set<string>;
export function inlineStylesheets(out: string, scriptWords: Set<string>): { pages: number; stylesheets: string[] };
