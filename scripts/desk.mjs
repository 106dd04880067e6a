// npm run desk [-- --port 3001] [-- --host 0.0.0.0]: the editing desk at http://127.0.0.1:3001/desk/,
// the site's own Next.js app in development mode with the desk's pages and routes (app/desk/,
// *.dev.tsx and *.dev.ts, never in a build). It reads and writes content/, so it listens on
// 127.0.0.1 unless told otherwise, and then only with a password (DESK_PASSWORD).
import { spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { tsImport } from 'tsx/esm/api';

// The same rules the desk's routes apply (one module, checked here so that a mistake stops the start).
const config = await tsImport('../app/desk/_server/config.ts', import.meta.url);

const args = process.argv.slice(2);
const option = (name) => {
  const at = args.indexOf(name);
  return at >= 0 ? args[at + 1] : undefined;
};
const stop = (message) => {
  console.error(`npm run desk: ${message}`);
  process.exit(1);
};

const portText = option('--port') ?? process.env.PORT ?? '3001';
const port = Number(portText);
if (!/^\d+$/.test(portText) || port < 1 || port > 65535) stop(`expected a port number, found ${portText}`);

const host = (option('--host') ?? process.env.HOST ?? '127.0.0.1').trim();
const password = config.deskPassword(process.env.DESK_PASSWORD);
if (!password.ok) stop(password.error);
if (!config.isLoopback(host) && !password.value) {
  stop(`listening on ${host} lets other machines reach the desk, which writes to content/ and commits with git.
Set a password first: DESK_PASSWORD='…' npm run desk -- --host ${host}
(at least ${config.PASSWORD_MINIMUM} characters; editors sign in with it). Or leave --host out to listen on 127.0.0.1 only.`);
}
const branches = config.branchMode(process.env.DESK_BRANCHES);
if (!branches.ok) stop(branches.error);
if (process.env.DESK_EDITOR) {
  const editor = config.editorName(process.env.DESK_EDITOR);
  if (!editor.ok) stop(`DESK_EDITOR: ${editor.error.replace(/^your name/, 'the name')}`);
}

// The names a browser may use to reach the desk (its Host header): loopback, DESK_HOSTS, the address
// given, and on 0.0.0.0 this machine's own name and addresses. Any other name is refused (DNS rebinding).
const extra = [process.env.DESK_HOSTS ?? ''];
if (!config.isLoopback(host) && !config.isWildcard(host)) extra.push(host);
if (config.isWildcard(host)) {
  extra.push(os.hostname());
  for (const list of Object.values(os.networkInterfaces())) for (const a of list ?? []) if (!a.internal) extra.push(a.family === 'IPv6' ? `[${a.address.split('%')[0]}]` : a.address);
}
const hosts = config.deskHosts(extra.filter(Boolean).join(','));
if (!hosts.ok) stop(hosts.error);

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
const shown = config.isLoopback(host) || config.isWildcard(host) ? hosts.value.filter((h) => h !== 'localhost' && h !== '[::1]') : [host.includes(':') && !host.startsWith('[') ? `[${host}]` : host];
for (const name of shown) console.log(`The desk: http://${name}:${port}/desk/`);
if (password.value) console.log('Editors sign in with DESK_PASSWORD.');
const child = spawn(next, ['dev', '--hostname', host, '--port', String(port)], {
  stdio: 'inherit',
  env: {
    ...process.env,
    NODE_ENV: 'development',
    DESK: '1',
    NEXT_TELEMETRY_DISABLED: '1',
    DESK_HOSTS: hosts.value.join(','),
    // Signs the sessions of this start only: a restart signs everyone out.
    DESK_SESSION_SECRET: randomBytes(32).toString('hex'),
  },
});
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
child.on('exit', (code) => process.exit(code ?? 0));
