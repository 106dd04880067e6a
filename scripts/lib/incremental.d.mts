/** Types for incremental.mjs (plain JavaScript, run by node without a build step). */
export const CODE: string[];
export function filesIn(dir: string): string[];
export function codeKey(options?: { root?: string; env?: Record<string, string | undefined>; nodeModules?: string[] }): string;
export function folderStamp(dir: string): string;
export function linkTree(from: string, to: string): void;
export function overlay(from: string, to: string): void;
export function removeFile(root: string, file: string): void;
export function pruneCards(dir: string, needed: string[]): number;
export type PlannedPage = { route: string; param: string; file: string; fingerprint: string };
export function changedPagesOf<P extends PlannedPage>(previous: Record<string, string>, plan: P[]): { changed: P[]; removed: string[]; selection: Record<string, string[]> };
