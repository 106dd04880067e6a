import fs from 'node:fs';
import path from 'node:path';
import { normaliseQuote } from '@/lib/content/quotes';

/** The reporting the site is written from sits beside the repository (see README). */
export const SOURCES_DIR = process.env.SOURCES_DIR ?? path.resolve(process.cwd(), '../shared/sources');

// One normalisation for the source checks and the pairing check (npm run check) alike.
export { normaliseQuote };

/** Each report's normalised text by file name; throws with the path when the reports are missing. */
export function readReports(): Map<string, string> {
  if (!fs.existsSync(SOURCES_DIR)) throw new Error(`The source reports were not found in ${SOURCES_DIR}: clone the project beside shared/, or set SOURCES_DIR.`);
  const files = fs.readdirSync(SOURCES_DIR).filter((f) => f.endsWith('.txt'));
  return new Map(files.map((f) => [f, normaliseQuote(fs.readFileSync(path.join(SOURCES_DIR, f), 'utf8'))]));
}
