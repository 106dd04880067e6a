import fs from 'node:fs';
import { expect } from 'vitest';
import type { copySite } from './site-copy';

/** The desk's lines of next.config.mjs, each replaced by what the config is without the desk. */
const DESK_CONFIG: [RegExp, string][] = [
  [/^const desk = .*\n/m, ''],
  [/^ {2}\.\.\.\(desk \? \{ devIndicators.*\n/m, ''],
];

/** Takes the desk's code out of a copy of the site, and fails if any of it is left. */
export function withoutDesk(site: ReturnType<typeof copySite>) {
  fs.rmSync(site.file('app/desk'), { recursive: true });
  fs.rmSync(site.file('scripts/desk.mjs'));
  let config = site.read('next.config.mjs');
  for (const [line, replacement] of DESK_CONFIG) {
    // A changed config must be looked at again, not silently built with the desk still in it.
    expect(config, `next.config.mjs no longer has ${line}: update DESK_CONFIG`).toMatch(line);
    config = config.replace(line, replacement);
  }
  const code = config.replace(/\/\/.*$/gm, '').replace(/\/\*[\s\S]*?\*\//g, '');
  expect(code, 'next.config.mjs still refers to the desk').not.toMatch(/desk|DESK/);
  site.write('next.config.mjs', config);
  expect(fs.readdirSync(site.file('app'), { recursive: true }).filter((f) => String(f).includes('desk'))).toEqual([]);
}
