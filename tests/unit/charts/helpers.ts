import path from 'node:path';
import { expect } from 'vitest';
import { loadDatasetFile } from '@/lib/data/datasets';
import { ContentError, location, problemMessage, type Problem } from '@/lib/problems';

/** Fixture folders, relative to the repository root (vitest runs there). */
export const FIXTURES = 'tests/unit/charts/fixtures';
export const VALID_DIR = `${FIXTURES}/valid`;
export const INVALID_DIR = `${FIXTURES}/invalid`;
export const invalidFile = (name: string) => path.join(INVALID_DIR, `${name}.json`);

/** Problems as "file:line:col: message" lines, one each. */
export const messagesOf = (problems: Problem[]) => problems.map((p) => `${location(p)}: ${problemMessage(p)}`).join('\n');

/** The message thrown for one invalid fixture (fails the test if the file is accepted). */
export function errorFor(name: string): string {
  try {
    loadDatasetFile(invalidFile(name), 'en');
  } catch (e) {
    expect(e).toBeInstanceOf(ContentError);
    return messagesOf((e as ContentError).problems);
  }
  throw new Error(`${name}.json was accepted`);
}
/** Valid data files with annotations (kept apart so the other fixtures' tests stay as they are). */
export const ANNOTATED_DIR = `${FIXTURES}/annotated`;
/** English data files with their French text in fr/ (lib/data/translation.ts), and French texts with one mistake each in invalid/fr/. */
export const FRENCH_DIR = 'tests/fixtures/charts-fr';
