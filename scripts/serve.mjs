// Serves the static export in out/ the way a static host or CDN would: index.html for folders,
// a redirect to the trailing-slash URL, the site's own 404 page, real content types, brotli or gzip.
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import zlib from 'node:zlib';

const ROOT = path.resolve(process.env.OUT_DIR ?? 'out');
const PORT = Number(process.env.PORT ?? 3000);
const HOST = process.env.HOST ?? '0.0.0.0';

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
  '.pf_meta': 'application/octet-stream',
};
const COMPRESSIBLE = /^(text\/|application\/(json|xml|manifest\+json)|image\/svg)/;

/** The security headers the build wrote in out/_headers (Netlify/Cloudflare format), as [pattern, headers]. */
function readHeaderRules() {
  const file = path.join(ROOT, '_headers');
  if (!fs.existsSync(file)) return [];
  const rules = [];
  for (const line of fs.readFileSync(file, 'utf8').split('\n')) {
    if (!line.trim() || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      const pattern = new RegExp(`^${line.trim().replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')}$`);
      rules.push([pattern, {}]);
    } else if (rules.length) {
      const i = line.indexOf(':');
      rules.at(-1)[1][line.slice(0, i).trim()] = line.slice(i + 1).trim();
    }
  }
  return rules;
}
const HEADER_RULES = readHeaderRules();
const headersFor = (urlPath) => Object.assign({}, ...HEADER_RULES.filter(([p]) => p.test(urlPath)).map(([, h]) => h));

function resolveFile(urlPath) {
  let decoded;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return { status: 400 };
  }
  const file = path.join(ROOT, path.normalize(decoded));
  if (file !== ROOT && !file.startsWith(ROOT + path.sep)) return { status: 404 };
  // The headers file is configuration, as it is on the hosts that read it.
  if (file === path.join(ROOT, '_headers')) return { status: 404 };
  const stat = fs.statSync(file, { throwIfNoEntry: false });
  if (stat?.isFile()) return { file };
  if (stat?.isDirectory()) {
    if (!urlPath.endsWith('/')) return { redirect: `${urlPath}/` };
    const index = path.join(file, 'index.html');
    if (fs.existsSync(index)) return { file: index };
  }
  return { status: 404 };
}

// Compressed once per file and kept: the files never change while the server runs.
const compressed = new Map();
function encode(file, body, encoding) {
  const key = `${encoding}:${file}`;
  if (!compressed.has(key)) {
    compressed.set(key, encoding === 'br' ? zlib.brotliCompressSync(body, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11 } }) : zlib.gzipSync(body, { level: 9 }));
  }
  return compressed.get(key);
}

function send(req, res, status, file, headers = {}) {
  const type = TYPES[path.extname(file)] ?? 'application/octet-stream';
  const body = fs.readFileSync(file);
  const accepts = req.headers['accept-encoding'] ?? '';
  const encoding = !COMPRESSIBLE.test(type) || body.length <= 1024 ? undefined : /\bbr\b/.test(accepts) ? 'br' : /\bgzip\b/.test(accepts) ? 'gzip' : undefined;
  const payload = encoding ? encode(file, body, encoding) : body;
  // Files named by their content hash never change under that name.
  const immutable = /[/\\]assets[/\\][^/\\]+-[0-9a-f]{10}\.\w+$/.test(file);
  res.writeHead(status, {
    'Content-Type': type,
    'Content-Length': payload.length,
    'Cache-Control': immutable ? 'public, max-age=31536000, immutable' : 'public, max-age=0, must-revalidate',
    'X-Content-Type-Options': 'nosniff',
    Vary: 'Accept-Encoding',
    ...(encoding ? { 'Content-Encoding': encoding } : {}),
    ...headers,
  });
  res.end(req.method === 'HEAD' ? undefined : payload);
}

export function createServer() {
  return http.createServer((req, res) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { Allow: 'GET, HEAD' }).end();
      return;
    }
    const url = new URL(req.url ?? '/', 'http://localhost');
    const found = resolveFile(url.pathname);
    const security = headersFor(url.pathname);
    if (found.redirect) {
      res.writeHead(308, { Location: found.redirect + url.search, ...security }).end();
    } else if (found.file) {
      send(req, res, 200, found.file, security);
    } else {
      const notFound = path.join(ROOT, '404.html');
      if (fs.existsSync(notFound)) send(req, res, found.status ?? 404, notFound, headersFor('/404.html'));
      else res.writeHead(found.status ?? 404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found');
    }
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  if (!fs.existsSync(path.join(ROOT, 'index.html'))) {
    console.error(`No built site in ${ROOT}: run "npm run build" first.`);
    process.exit(1);
  }
  createServer().listen(PORT, HOST, () => console.log(`Serving ${path.relative(process.cwd(), ROOT) || '.'} at http://localhost:${PORT}`));
}
