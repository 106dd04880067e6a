// Types of scripts/lib/archive.mjs, for the tests that import it.
export const PARTS: string[];
export function addArchive(content: string, extra: number, options?: { french?: boolean }): number;
export function archiveSite(dir: string, extra: number, options?: { french?: boolean }): { dir: string; files: number };
