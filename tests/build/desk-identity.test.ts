import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { FIXTURE_OUT } from '../fixture-site';
import { copySite, filesIn } from './site-copy';

/**
 * "Every public page is byte-identical with and without the desk's code." The fixture site is built
 * again from a copy with the desk taken out (app/desk/, scripts/desk.mjs and the desk's lines of
 * next.config.mjs), and every file of that export is compared with npm run build:fixtures' export
 * of the same content with the desk in (.test-build/site/, built earlier in npm test).
 * tests/site/no-desk.test.ts checks the other half: nothing named for the desk is in the export.
 */

/** The desk's lines of next.config.mjs, each replaced by what the config is without the desk. */
const DESK_CONFIG: [RegExp, string][] = [
  [/^const desk = .*\n/m, ''],
  [/^ {2}\.\.\.\(desk \? \{ devIndicators.*\n/m, ''],
];

describe('the export is the same with and without the desk', () => {
  test('every file of a build without the desk’s code is byte-identical with the fixture build', () => {
    const withDesk = path.resolve(process.env.OUT_DIR ?? FIXTURE_OUT);
    if (!fs.existsSync(path.join(withDesk, 'index.html'))) throw new Error(`This test compares with the fixture site's build in ${withDesk}/: run npm run build:fixtures first.`);

    const site = copySite('without-desk');
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

    // As npm run build:fixtures runs it: vitest's NODE_ENV=test would build another stylesheet (Tailwind optimises in production only).
    const build = site.run('node', ['scripts/build.mjs'], { NODE_ENV: 'production' });
    expect(build.status, build.output).toBe(0);

    const withoutDesk = site.file('out');
    const ours = filesIn(withDesk);
    const theirs = filesIn(withoutDesk);
    expect(ours.length).toBeGreaterThan(50);
    const only = (a: string[], b: string[]) => a.filter((f) => !b.includes(f));
    const differing = ours.filter((f) => theirs.includes(f) && !fs.readFileSync(path.join(withDesk, f)).equals(fs.readFileSync(path.join(withoutDesk, f))));
    expect({ onlyWithDesk: only(ours, theirs), onlyWithoutDesk: only(theirs, ours), differing }).toEqual({ onlyWithDesk: [], onlyWithoutDesk: [], differing: [] });
    fs.rmSync(site.dir, { recursive: true, force: true });
  });
});
