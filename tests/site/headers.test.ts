/**
 * out/_headers carries the security headers to static hosts (Netlify, Cloudflare Pages). Each page
 * gets the headers of every rule whose path pattern matches it, as those hosts apply them.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { LANGS } from '@/lib/i18n/lang';
import { parsePath } from '@/lib/i18n/paths';
import { OUT, attr, builtPages, elements, textOf } from './out';

type Rule = { pattern: RegExp; headers: Record<string, string> };

/** The _headers format: a path pattern on its own line, then indented "Name: value" lines. */
function readRules(): Rule[] {
  const rules: Rule[] = [];
  for (const line of fs.readFileSync(path.join(OUT, '_headers'), 'utf8').split('\n')) {
    if (!line.trim() || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      const glob = line.trim().replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*');
      rules.push({ pattern: new RegExp(`^${glob}$`), headers: {} });
    } else {
      const i = line.indexOf(':');
      rules.at(-1)!.headers[line.slice(0, i).trim().toLowerCase()] = line.slice(i + 1).trim();
    }
  }
  return rules;
}

const rules = readRules();
/** Every matching rule applies; a header two rules set gets both values, joined with ", ", as Cloudflare Pages does. */
function headersFor(urlPath: string): Record<string, string | undefined> {
  const merged: Record<string, string> = {};
  for (const rule of rules.filter((r) => r.pattern.test(urlPath))) {
    for (const [name, value] of Object.entries(rule.headers)) merged[name] = merged[name] ? `${merged[name]}, ${value}` : value;
  }
  return merged;
}
const directives = (csp = '') => new Map(csp.split(';').map((d) => d.trim().split(/\s+/)).map(([name, ...values]) => [name, values]));

/** Scripts the browser runs from the page itself: no src, and not a data block such as JSON-LD. */
const inlineScripts = (page: string) =>
  elements(page).filter((el) => el.tagName === 'script' && !attr(el, 'src') && ['', 'text/javascript', 'module'].includes(attr(el, 'type') ?? ''));

const pages = builtPages();
const isEmbed = (page: string) => parsePath(page)?.page === 'embed';

describe('every page gets a Content Security Policy and the usual security headers', () => {
  for (const page of pages) {
    test(page, () => {
      const headers = headersFor(page);
      // One policy: two joined with ", " would both apply, the stricter framing rule winning.
      expect(rules.filter((r) => r.pattern.test(page) && r.headers['content-security-policy'])).toHaveLength(1);
      const csp = directives(headers['content-security-policy']);
      expect(csp.get('default-src')).toEqual(["'self'"]);
      expect(csp.get('script-src')).toContain("'self'");
      expect(csp.get('script-src')).not.toContain("'unsafe-inline'");
      expect(csp.get('object-src')).toEqual(["'none'"]);
      // No opener policy: the site has nothing for another window to probe, and a page that sets one
      // is put in a new browsing context group when reached from one that does not (70-150 ms of
      // Lighthouse's LCP for a bare heading: BENCHMARKS.md).
      expect(headers['cross-origin-opener-policy']).toBeUndefined();
      expect(headers['x-content-type-options']).toBe('nosniff');
      expect(headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
      // Only an embed may be framed, and by any site; nothing else by any.
      if (isEmbed(page)) {
        expect(csp.get('frame-ancestors')).toEqual(['*']);
        expect(headers['x-frame-options']).toBeUndefined();
      } else {
        expect(csp.get('frame-ancestors')).toEqual(["'none'"]);
        expect(headers['x-frame-options']).toBe('DENY');
      }
      // Every inline script runs: the policy lists its hash.
      for (const script of inlineScripts(page)) {
        const hash = crypto.createHash('sha256').update(textOf(script)).digest('base64');
        expect(csp.get('script-src'), `${page}: inline script ${textOf(script).slice(0, 60)}…`).toContain(`'sha256-${hash}'`);
      }
    });
  }
});

test('each edition has embed pages, so the framing rule above is checked for both', () => {
  for (const lang of LANGS) expect(pages.filter((p) => isEmbed(p) && parsePath(p)!.lang === lang).length, lang).toBeGreaterThan(0);
});

test('the pages have inline scripts (so the hash check above checks something)', () => {
  expect(pages.filter((p) => inlineScripts(p).length > 0).length).toBeGreaterThan(pages.length / 2);
});
