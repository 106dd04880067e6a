// The Nu HTML Checker (vnu-jar) over every built page: any error fails. Installs Java when missing.
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const OUT = process.argv[2] ?? 'out';

if (spawnSync('java', ['-version']).status !== 0) {
  console.log('Java not found; installing Debian\'s default-jre-headless for the HTML checker...');
  const install = spawnSync('bash', ['-c', 'apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq default-jre-headless'], { stdio: 'inherit' });
  if (install.status !== 0) {
    console.error('Could not install Java (needs root). Install a Java runtime and run again.');
    process.exit(1);
  }
}

const jar = createRequire(import.meta.url).resolve('vnu-jar/build/dist/vnu.jar');
// Each page carries its stylesheet in a <style> (scripts/inline-css.mjs): the checker's CSS validator
// knows neither @property nor @layer nor Tailwind's colour functions, and checked no stylesheet
// when it was a file (--skip-non-html), so its CSS messages are left out; the HTML is checked as before.
const result = spawnSync('java', ['-jar', jar, '--errors-only', '--format', 'json', '--skip-non-html', '--filterpattern', 'CSS: .*', OUT], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
const messages = JSON.parse(result.stderr || '{"messages":[]}').messages.filter((m) => m.type === 'error' || m.subType === 'fatal');
for (const m of messages) console.error(`${m.url.replace(pathToFileURL(path.resolve(OUT)).href, OUT)}:${m.lastLine}:${m.firstColumn ?? ''}: ${m.message}`);
if (messages.length) {
  console.error(`\n✗ The Nu HTML Checker found ${messages.length} error${messages.length === 1 ? '' : 's'}.`);
  process.exit(1);
}
console.log('✓ The Nu HTML Checker found no errors in the built pages.');
