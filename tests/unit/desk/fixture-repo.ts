import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { FIXTURE_CONTENT } from '../../fixture-site';

/** Who commits in the desk's git tests. */
export const IDENTITY = { GIT_AUTHOR_NAME: 'Desk Test', GIT_AUTHOR_EMAIL: 'desk@example.org', GIT_COMMITTER_NAME: 'Desk Test', GIT_COMMITTER_EMAIL: 'desk@example.org' };

/** A new repository in `dir`: the fixture site's content in content/, and `beside` files next to it, committed on main. */
export function fixtureRepo(dir: string, beside: Record<string, string> = {}) {
  fs.cpSync(FIXTURE_CONTENT, path.join(dir, 'content'), { recursive: true });
  for (const [name, text] of Object.entries(beside)) fs.writeFileSync(path.join(dir, name), text);
  for (const args of [['init', '-q', '-b', 'main'], ['add', '-A'], ['commit', '-q', '-m', 'The fixture site']]) execFileSync('git', args, { cwd: dir, env: { ...process.env, ...IDENTITY } });
}
