import path from 'node:path';
import { expect } from 'vitest';
import { DatasetError, loadDatasetFile } from '@/lib/data/datasets';

/** Fixture folders, relative to the repository root (vitest runs there). */
export const FIXTURES = 'tests/unit/charts/fixtures';
export const VALID_DIR = `${FIXTURES}/valid`;
export const INVALID_DIR = `${FIXTURES}/invalid`;
export const invalidFile = (name: string) => path.join(INVALID_DIR, `${name}.json`);

/** The message thrown for one invalid fixture (fails the test if the file is accepted). */
export function errorFor(name: string): string {
  try {
    loadDatasetFile(invalidFile(name));
  } catch (e) {
    expect(e).toBeInstanceOf(DatasetError);
    return (e as Error).message;
  }
  throw new Error(`${name}.json was accepted`);
}
/** Valid data files with annotations (kept apart so the other fixtures' tests stay as they are). */
export const ANNOTATED_DIR = `${FIXTURES}/annotated`;
/** English data files with their French text in fr/ (lib/data/translation.ts), and French texts with one mistake each in invalid/fr/. */
export const FRENCH_DIR = 'tests/fixtures/charts-fr';
