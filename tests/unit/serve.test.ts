// npm start's server (scripts/serve.mjs), run as npm runs it, over a small fixture site.
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import path from 'node:path';
import zlib from 'node:zlib';
import os from 'node:os';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServer } from '../../scripts/serve.mjs';

const SITE = 'tests/fixtures/serve';
const read = (file: string) => fs.readFileSync(path.join(SITE, file));

let server: ChildProcess;
let port: number;

async function freePort(): Promise<number> {
  const probe = net.createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as net.AddressInfo;
  await new Promise((resolve) => probe.close(resolve));
  return port;
}

/** A raw request: no decompression, no headers but the ones given. */
function get(urlPath: string, headers: Record<string, string> = {}) {
  return new Promise<{ status: number; headers: http.IncomingHttpHeaders; body: Buffer }>((resolve, reject) => {
    http
      .get({ host: '127.0.0.1', port, path: urlPath, headers }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
      })
      .on('error', reject);
  });
}

beforeAll(async () => {
  port = await freePort();
  server = spawn('node', ['scripts/serve.mjs'], { env: { ...process.env, OUT_DIR: SITE, PORT: String(port), HOST: '127.0.0.1' } });
  await new Promise<void>((resolve, reject) => {
    server.stdout?.on('data', (d: Buffer) => d.toString().includes('Serving') && resolve());
    server.on('exit', (code) => reject(new Error(`serve.mjs exited with ${code}`)));
  });
});

afterAll(async () => {
  const exited = new Promise((resolve) => server.on('exit', resolve));
  server.kill('SIGTERM');
  await exited;
});

describe('scripts/serve.mjs', () => {
  it('serves a folder’s index.html and redirects the folder without its slash', async () => {
    const page = await get('/guide/');
    expect(page.status).toBe(200);
    expect(page.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(page.body.equals(read('guide/index.html'))).toBe(true);
    const bare = await get('/guide?x=1');
    expect(bare.status).toBe(308);
    expect(bare.headers.location).toBe('/guide/?x=1');
  });

  it('answers a repeated request with 304 when the ETag still matches', async () => {
    const first = await get('/data/numbers.csv');
    expect(first.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(first.headers.etag).toBeTruthy();
    const again = await get('/data/numbers.csv', { 'If-None-Match': first.headers.etag! });
    expect(again.status).toBe(304);
    expect(again.body.length).toBe(0);
    expect((await get('/data/numbers.csv', { 'If-None-Match': 'W/"stale"' })).status).toBe(200);
  });

  it('serves a byte range with 206', async () => {
    const part = await get('/data/numbers.csv', { Range: 'bytes=5-9' });
    expect(part.status).toBe(206);
    expect(part.headers['content-range']).toBe(`bytes 5-9/${read('data/numbers.csv').length}`);
    expect(part.body.toString()).toBe('masks');
  });

  it('answers a missing path with 404 and the site’s own 404 page', async () => {
    for (const missing of ['/no-such-page/', '/assets/missing.css']) {
      const res = await get(missing);
      expect(res.status).toBe(404);
      expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
      expect(res.body.toString()).toContain('The fixture’s own 404 page.');
    }
  });

  it('answers a missing French address with the French 404 page, the nearest 404.html up the path', async () => {
    for (const missing of ['/fr/nulle-part/', '/fr/articles/absent/', '/fr/x.css']) {
      const res = await get(missing);
      expect(res.status, missing).toBe(404);
      expect(res.body.toString(), missing).toContain('La page 404 française du montage.');
    }
    // "/french/" is not under /fr/: the site's own 404.
    expect((await get('/french/')).body.toString()).toContain('The fixture’s own 404 page.');
  });

  it('applies every _headers block that matches, joining a header set twice', async () => {
    const guide = await get('/guide/');
    expect(guide.headers['x-frame-options']).toBe('DENY');
    expect(guide.headers['x-guide']).toBe('yes');
    expect(guide.headers['x-served-by']).toBe('everyone, guide');
    const home = await get('/');
    expect(home.headers['x-frame-options']).toBe('DENY');
    expect(home.headers['x-served-by']).toBe('everyone');
    expect(home.headers['x-guide']).toBeUndefined();
  });

  it('does not serve the _headers file', async () => {
    const res = await get('/_headers');
    expect(res.status).toBe(404);
    expect(res.body.toString()).not.toContain('X-Served-By');
  });

  it('compresses with brotli or gzip when the browser asks, and not otherwise', async () => {
    const original = read('guide/index.html');
    const br = await get('/guide/', { 'Accept-Encoding': 'gzip, deflate, br' });
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.headers.vary).toBe('Accept-Encoding');
    expect(br.body.length).toBeLessThan(original.length);
    expect(zlib.brotliDecompressSync(br.body).equals(original)).toBe(true);
    const gz = await get('/guide/', { 'Accept-Encoding': 'gzip' });
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(zlib.gunzipSync(gz.body).equals(original)).toBe(true);
    const plain = await get('/guide/');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body.equals(original)).toBe(true);
  });

  it('lets browsers keep content-hashed assets for good, and revalidate everything else', async () => {
    expect((await get('/assets/site-0123456789.css')).headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect((await get('/')).headers['cache-control']).toBe('public, max-age=0, must-revalidate');
  });
});

describe('scripts/serve.mjs across a rebuild', () => {
  it('serves the new build once its last file is written: new pages, and changed ones compressed anew', async () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'serve-rebuild-'));
    fs.cpSync(SITE, root, { recursive: true });
    const running = createServer(root);
    await new Promise<void>((resolve) => running.listen(0, '127.0.0.1', resolve));
    const at = (running.address() as net.AddressInfo).port;
    const fetchBr = (urlPath: string) =>
      new Promise<{ status: number; body: Buffer }>((resolve, reject) => {
        http
          .get({ host: '127.0.0.1', port: at, path: urlPath, headers: { 'Accept-Encoding': 'br' } }, (res) => {
            const chunks: Buffer[] = [];
            res.on('data', (c: Buffer) => chunks.push(c));
            res.on('end', () => {
              const body = Buffer.concat(chunks);
              resolve({ status: res.statusCode ?? 0, body: res.headers['content-encoding'] === 'br' ? zlib.brotliDecompressSync(body) : body });
            });
          })
          .on('error', reject);
      });
    try {
      expect((await fetchBr('/guide/')).body.toString()).not.toContain('Rebuilt');
      // A rebuild: a page changed, a page added, and the headers file written last, as the build does.
      const guide = path.join(root, 'guide/index.html');
      fs.writeFileSync(guide, fs.readFileSync(guide, 'utf8').replace('<body>', '<body><p>Rebuilt</p>'));
      fs.mkdirSync(path.join(root, 'added'));
      fs.writeFileSync(path.join(root, 'added/index.html'), '<!doctype html><title>Added</title>');
      await new Promise((resolve) => setTimeout(resolve, 600));
      fs.appendFileSync(path.join(root, '_headers'), '\n');
      await new Promise((resolve) => setTimeout(resolve, 600));
      expect((await fetchBr('/guide/')).body.toString()).toContain('<p>Rebuilt</p>');
      expect((await fetchBr('/added/')).status).toBe(200);
    } finally {
      await new Promise((resolve) => running.close(resolve));
      fs.rmSync(root, { recursive: true, force: true });
    }
  });
});
