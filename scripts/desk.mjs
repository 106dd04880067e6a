// npm run desk [-- --port 3001]: the editing desk at http://127.0.0.1:3001/desk/, the site's own
// Next.js app in development mode with the desk's pages and routes (app/desk/, *.dev.tsx and
// *.dev.ts, never in a build). It listens on 127.0.0.1 only: it reads and writes content/.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const args = process.argv.slice(2);
const flag = args.indexOf('--port');
const port = Number(flag >= 0 ? args[flag + 1] : (process.env.PORT ?? 3001));
if (!Number.isInteger(port) || port < 1 || port > 65535) {
  console.error(`npm run desk: expected a port number, found ${flag >= 0 ? args[flag + 1] : process.env.PORT}`);
  process.exit(1);
}

// The newsroom's zone, which the desk writes `published` in (lib/i18n/intl.ts reads it too): an
// unknown name stops the desk here, rather than on its first page or with wrong offsets.
const zone = process.env.NEWSROOM_TIME_ZONE?.trim();
if (zone) {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
  } catch {
    console.error(`npm run desk: NEWSROOM_TIME_ZONE: expected a time zone of the tz database, like America/Toronto or Europe/Paris, found "${process.env.NEWSROOM_TIME_ZONE}"`);
    process.exit(1);
  }
}

const client = spawnSync(process.execPath, ['scripts/build-client.mjs'], { stdio: 'inherit' });
if (client.status !== 0) process.exit(client.status ?? 1);

// A copy of the site (the tests') finds next on PATH, from the node_modules of the repository above it.
const local = path.resolve('node_modules/.bin/next');
const next = fs.existsSync(local) ? local : 'next';
console.log(`The desk: http://127.0.0.1:${port}/desk/`);
const child = spawn(next, ['dev', '--hostname', '127.0.0.1', '--port', String(port)], {
  stdio: 'inherit',
  env: { ...process.env, NODE_ENV: 'development', DESK: '1', NEXT_TELEMETRY_DISABLED: '1' },
});
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
child.on('exit', (code) => process.exit(code ?? 0));
