// Serves the static export in out/ the way a static host or CDN would, with sirv doing the file
// serving (ETag and 304, byte ranges, index.html for folders). What is ours: the redirect to the
// trailing-slash URL, the site's own 404 page, the _headers rules, content types, and brotli or gzip.
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import sirv from 'sirv';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.ico': 'image/x-icon',
  '.webp': 'image/webp',
  '.woff2': 'font/woff2',
  '.webmanifest': 'application/manifest+json',
  '.wasm': 'application/wasm',
  // Pagefind's index files; their contents are compressed already.
  '.pf_meta': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
};
const COMPRESSIBLE = /^(text\/|application\/(json|xml|manifest\+json)|image\/svg)/;

/** A folder URL ("/stories/") is its index.html; a path without an extension is a page too. */
const typeOf = (urlPath) => TYPES[path.extname(urlPath)] ?? (path.extname(urlPath) ? 'application/octet-stream' : TYPES['.html']);

/**
 * The rules of a _headers file (Netlify and Cloudflare Pages format) as [pattern, [name, value][]].
 * `*` matches anything, slashes included, as on both hosts.
 */
function parseHeaders(text) {
  const rules = [];
  for (const line of text.split('\n')) {
    if (!line.trim() || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      const pattern = new RegExp(`^${line.trim().replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')}$`);
      rules.push([pattern, []]);
    } else if (rules.length) {
      const i = line.indexOf(':');
      rules.at(-1)[1].push([line.slice(0, i).trim(), line.slice(i + 1).trim()]);
    }
  }
  return rules;
}

/**
 * The headers for a path: every block whose pattern matches applies, in file order. A header set
 * by more than one matching block gets all their values joined with ", ", as Cloudflare Pages
 * documents it; so a header that must differ between paths (the CSP) must not be in overlapping blocks.
 */
function headersFor(rules, urlPath) {
  const merged = new Map();
  for (const [pattern, headers] of rules) {
    if (!pattern.test(urlPath)) continue;
    for (const [name, value] of headers) {
      const key = name.toLowerCase();
      merged.set(key, merged.has(key) ? [merged.get(key)[0], `${merged.get(key)[1]}, ${value}`] : [name, value]);
    }
  }
  return Object.fromEntries(merged.values());
}

/**
 * sirv serves only compressed files it finds on disk, so the text files are compressed once, at
 * start, into a folder of their own: out/ stays exactly what a static host gets.
 */
function compressInto(root, files) {
  const cache = fs.mkdtempSync(path.join(os.tmpdir(), 'n95-serve-'));
  for (const rel of files) {
    const body = fs.readFileSync(path.join(root, rel));
    if (!COMPRESSIBLE.test(typeOf(rel)) || body.length <= 1024) continue;
    fs.mkdirSync(path.dirname(path.join(cache, rel)), { recursive: true });
    fs.writeFileSync(path.join(cache, `${rel}.br`), zlib.brotliCompressSync(body, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11 } }));
    fs.writeFileSync(path.join(cache, `${rel}.gz`), zlib.gzipSync(body, { level: 9 }));
  }
  return cache;
}

/**
 * What a build writes last (scripts/write-headers.mjs), and when: a rebuild of the folder changes
 * it. Undefined while there is none, as in the middle of a build (next build empties the folder).
 */
function buildStamp(root) {
  try {
    const s = fs.statSync(path.join(root, '_headers'));
    return `${s.ino}:${s.size}:${s.mtimeMs}`;
  } catch {
    return undefined;
  }
}

/** Everything the server knows of the folder as it is now: its files, compressed copies, headers rules and 404 pages. */
function load(root) {
  const stamp = buildStamp(root);
  const entries = fs.readdirSync(root, { recursive: true, withFileTypes: true });
  const relative = (e) => path.relative(root, path.join(e.parentPath, e.name)).split(path.sep).join('/');
  const folders = new Set(entries.filter((e) => e.isDirectory()).map((e) => `/${relative(e)}`));
  const cache = compressInto(root, entries.filter((e) => e.isFile()).map(relative));

  const headersFile = path.join(root, '_headers');
  const rules = fs.existsSync(headersFile) ? parseHeaders(fs.readFileSync(headersFile, 'utf8')) : [];
  // Each edition's 404 page: the nearest 404.html up the path, as static hosts look for it.
  const notFoundPages = new Map(
    entries.filter((e) => e.isFile() && e.name === '404.html').map((e) => [`/${path.dirname(relative(e))}/`.replace(/^\/\.\/$/, '/'), fs.readFileSync(path.join(e.parentPath, e.name))]),
  );
  const notFoundFor = (pathname) => {
    for (let dir = pathname.replace(/[^/]*$/, ''); ; dir = dir.replace(/[^/]*\/$/, '')) {
      if (notFoundPages.has(dir)) return notFoundPages.get(dir);
      if (dir === '/' || !dir) return undefined;
    }
  };

  const notFound = (req, res) => {
    const notFoundPage = notFoundFor(new URL(req.url ?? '/', 'http://localhost').pathname);
    res.statusCode = 404;
    res.setHeader('Content-Type', notFoundPage ? TYPES['.html'] : TYPES['.txt']);
    res.end(req.method === 'HEAD' ? undefined : (notFoundPage ?? 'Not found'));
  };
  const options = { etag: true, extensions: ['html'] };
  const plain = sirv(root, { ...options, onNoMatch: notFound });
  const compressed = sirv(cache, { ...options, brotli: true, gzip: true });
  return { stamp, folders, cache, rules, notFound, plain, compressed };
}

/**
 * An http.Server over the folder `root`; closing it removes its compressed copies. A server left
 * running across `npm run build` serves the new build: sirv lists its files once, and the copies
 * are compressed once, so the folder is read again when the build's last file has changed (looked
 * at no more than twice a second). Until then, and during a build, it serves what it had.
 */
export function createServer(root) {
  let site = load(root);
  let lookedAt = Date.now();
  const current = () => {
    if (Date.now() - lookedAt < 500) return site;
    lookedAt = Date.now();
    const stamp = buildStamp(root);
    if (stamp && stamp !== site.stamp) {
      fs.rmSync(site.cache, { recursive: true, force: true });
      site = load(root);
    }
    return site;
  };

  const server = http.createServer((req, res) => {
    const { folders, rules, notFound, plain, compressed } = current();
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { Allow: 'GET, HEAD' }).end();
      return;
    }
    const url = new URL(req.url ?? '/', 'http://localhost');
    let pathname = url.pathname;
    try {
      pathname = decodeURIComponent(pathname);
    } catch {
      // A malformed escape matches no file; sirv answers 404.
    }
    // Set before sirv answers, so redirects, 304s and 404s carry them too.
    for (const [name, value] of Object.entries(headersFor(rules, url.pathname))) res.setHeader(name, value);
    res.setHeader('Vary', 'Accept-Encoding');
    if (!pathname.endsWith('/') && folders.has(pathname.replace(/\/+$/, ''))) {
      res.writeHead(308, { Location: `${url.pathname}/${url.search}` }).end();
      return;
    }
    // The headers file is configuration, as it is on the hosts that read it.
    if (pathname === '/_headers') return notFound(req, res);
    res.setHeader('Content-Type', typeOf(pathname));
    // Files named by their content hash never change under that name.
    const immutable = /^\/assets\/[^/]+-[0-9a-f]{10}\.\w+$/.test(pathname);
    res.setHeader('Cache-Control', immutable ? 'public, max-age=31536000, immutable' : 'public, max-age=0, must-revalidate');
    // A byte range is of the file itself, never of a compressed copy.
    if (req.headers.range) plain(req, res);
    else compressed(req, res, () => plain(req, res));
  });
  server.on('close', () => fs.rmSync(site.cache, { recursive: true, force: true }));
  return server;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const root = path.resolve(process.env.OUT_DIR ?? 'out');
  const port = Number(process.env.PORT ?? 3000);
  const host = process.env.HOST ?? '0.0.0.0';
  if (!fs.existsSync(path.join(root, 'index.html'))) {
    console.error(`No built site in ${root}: run "npm run build" first.`);
    process.exit(1);
  }
  const server = createServer(root);
  // Ctrl-C or the test runner's SIGTERM: close, which removes the compressed copies.
  for (const signal of ['SIGINT', 'SIGTERM']) {
    process.on(signal, () => {
      server.close(() => process.exit(0));
      server.closeAllConnections();
    });
  }
  server.listen(port, host, () => console.log(`Serving ${path.relative(process.cwd(), root) || '.'} at http://localhost:${port}`));
}
