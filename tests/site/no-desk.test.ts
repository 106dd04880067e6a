/**
 * The editing desk (app/desk/, npm run desk) exists in development only: no page, route, script or
 * style of it may reach the export a static host serves.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { OUT } from './out';

/** Words found only in the desk's code: its API's addresses, its editor's labels. */
const DESK_MARKERS = ['/desk/api/', '/desk/edit/', 'Story source', 'Replace their version with mine', 'Their saved version'];

function filesIn(dir: string): string[] {
  return (fs.readdirSync(dir, { recursive: true, withFileTypes: true }) as fs.Dirent[]).filter((e) => e.isFile()).map((e) => path.join(e.parentPath, e.name));
}

describe('the export holds nothing of the desk', () => {
  const files = filesIn(OUT);

  test('no file or folder is named for it', () => {
    expect(files.length).toBeGreaterThan(50);
    expect(files.map((f) => path.relative(OUT, f)).filter((f) => /(^|[/\\])desk([/\\.]|$)/.test(f))).toEqual([]);
  });

  test('no page, script, style or data file carries its code or its words', () => {
    const found = files.flatMap((file) => {
      const text = fs.readFileSync(file, 'latin1');
      return DESK_MARKERS.filter((marker) => text.includes(marker)).map((marker) => `${path.relative(OUT, file)}: ${marker}`);
    });
    expect(found).toEqual([]);
  });
});
