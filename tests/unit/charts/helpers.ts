import path from 'node:path';

/** Fixture folders, relative to the repository root (vitest runs there). */
export const FIXTURES = 'tests/unit/charts/fixtures';
export const VALID_DIR = `${FIXTURES}/valid`;
export const INVALID_DIR = `${FIXTURES}/invalid`;
export const invalidFile = (name: string) => path.join(INVALID_DIR, `${name}.json`);
/** Valid data files with annotations (kept apart so the other fixtures' tests stay as they are). */
export const ANNOTATED_DIR = `${FIXTURES}/annotated`;
