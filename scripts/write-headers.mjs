// Writes out/_headers: the security headers for every path, in the format Netlify and Cloudflare
// Pages read, and which `npm start` serves too (scripts/serve.mjs), so there is one policy.
// The only inline scripts allowed are the site's own, hashed from their source; strip-runtime has
// already failed the build if a page holds any other. (Run with tsx, which reads that source.)
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { INLINE_SCRIPTS } from '../components/inline-scripts.ts';
import { LANGS } from '../lib/i18n/lang.ts';
import { paths } from '../lib/i18n/paths.ts';

const OUT = process.argv[2] ?? 'out';

const hashes = INLINE_SCRIPTS.map((script) => `'sha256-${crypto.createHash('sha256').update(script).digest('base64')}'`);

// Every byte here is sent with every page, and a story must fit Lighthouse's first 14.6 kB with its
// headers (issue 19): no directive that says what default-src already says (font-src and
// connect-src 'self' fall back to it; base-uri, form-action and frame-ancestors do not).
const csp = (frameAncestors) =>
  [
    "default-src 'self'",
    // Pagefind's search index is WebAssembly.
    `script-src 'self' ${hashes.join(' ')} 'wasm-unsafe-eval'`,
    // Charts size their SVG with style attributes.
    "style-src 'self' 'unsafe-inline'",
    // Chart downloads draw the SVG into a canvas through blob: and data: URLs.
    "img-src 'self' data: blob:",
    "worker-src 'self' blob:",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    `frame-ancestors ${frameAncestors}`,
  ].join('; ');

// interest-cohort was FLoC's, which Chrome dropped (2022): it now only logs an unknown feature.
// No Cross-Origin-Opener-Policy: this public site keeps no session or reader data for another
// window to probe, its new-window links are all noopener, and it uses no cross-origin isolation,
// while a COOP page reached from one without it (a new tab, another site, Lighthouse's blank page)
// is committed in a new browsing context group: 70-150 ms more LCP and up to 200 ms of TBT for a
// bare heading in Lighthouse's mobile run (BENCHMARKS.md, "Lighthouse").
const common = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=()',
  'Strict-Transport-Security': 'max-age=31536000; includeSubDomains',
};

// Hosts apply every block that matches a path and join a header set by two of them with ", ".
// The headers every path shares are one block; the policy differs for embeds, and two joined
// policies would both apply, so it gets blocks that never overlap: one per path beside the embed
// folders, going down into the folders that hold one (an edition's root, /fr/).
// Charts are made to be embedded anywhere: every edition's embed pages (lib/i18n/paths.ts).
const EMBEDS = LANGS.map((lang) => paths(lang).embeds());
const site = { 'Content-Security-Policy': csp("'none'"), 'X-Frame-Options': 'DENY' };
const embed = { 'Content-Security-Policy': csp('*') };
const rules = [];
/** Rules for the folder at a URL path ending in "/", and for everything in it. */
function rulesFor(folder) {
  rules.push([folder, site]);
  for (const entry of fs.readdirSync(path.join(OUT, folder), { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    const at = `${folder}${entry.name}`;
    if (at === '/_headers') continue;
    rules.push([at, site]);
    if (!entry.isDirectory()) continue;
    if (EMBEDS.includes(`${at}/`)) rules.push([`${at}/*`, embed]);
    else if (EMBEDS.some((embeds) => embeds.startsWith(`${at}/`))) rulesFor(`${at}/`);
    else rules.push([`${at}/*`, site]);
  }
}
rulesFor('/');
rules.push(['/*', common]);

const text = rules.map(([pattern, headers]) => `${pattern}\n${Object.entries(headers).map(([k, v]) => `  ${k}: ${v}`).join('\n')}`).join('\n');
fs.writeFileSync(path.join(OUT, '_headers'), `${text}\n`);
console.log(`Wrote ${OUT}/_headers: ${rules.length} rules, ${hashes.length} inline script hash${hashes.length === 1 ? '' : 'es'}.`);
