// Lighthouse and autocannon measure the site for `npm run bench` and nothing else, so they are not
// in package.json, where every `npm install` (and every CI run) would fetch them: the bench
// installs them from the registry on first use, into a folder of their own, and reuses them after.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

/** Exact versions, so two benchmark runs measure with the same tools. */
export const BENCH_TOOLS = { lighthouse: '12.8.2', autocannon: '9.0.0' };

const installed = (dir, name) => {
  const manifest = path.join(dir, 'node_modules', name, 'package.json');
  return fs.existsSync(manifest) && JSON.parse(fs.readFileSync(manifest, 'utf8')).version === BENCH_TOOLS[name];
};

/** The folder of the tools' executables, installing them into `dir` first if they are missing or another version. */
export function benchTools(dir) {
  const missing = Object.keys(BENCH_TOOLS).filter((name) => !installed(dir, name));
  if (missing.length) {
    console.log(`Installing ${missing.map((n) => `${n}@${BENCH_TOOLS[n]}`).join(' and ')} for the bench into ${path.relative(process.cwd(), dir)}/ (once).`);
    fs.mkdirSync(dir, { recursive: true });
    // --prefix keeps them out of the project's node_modules and package-lock.json.
    const specs = Object.entries(BENCH_TOOLS).map(([name, version]) => `${name}@${version}`);
    const result = spawnSync('npm', ['install', '--prefix', dir, '--no-save', '--no-audit', '--no-fund', ...specs], { stdio: 'inherit' });
    if (result.status !== 0) throw new Error(`Could not install ${specs.join(' ')} from the registry (npm exited with ${result.status ?? result.error?.message}); the bench needs them.`);
  }
  return path.join(dir, 'node_modules', '.bin');
}

// `node scripts/lib/bench-tools.mjs <dir>` installs them alone and prints where.
if (import.meta.url === `file://${process.argv[1]}`) console.log(benchTools(path.resolve(process.argv[2] ?? 'node_modules/.cache/n95-bench-tools')));
