/** Links in the built pages, read from out/ as a crawler would: every one lands somewhere real. */
import { describe, expect, test } from 'vitest';
import { site } from '@/lib/site';
import { attr, builtPages, elements, fileFor } from './out';

const pages = builtPages();

/** The ids a page gives its elements: the targets of #anchors. */
const idsOn = (urlPath: string) => new Set(elements(urlPath).map((el) => attr(el, 'id')).filter(Boolean));

/** URLs a page points at: href and src, plus the share-preview meta tags (og:image, og:url...). */
function urlsOn(urlPath: string): string[] {
  return elements(urlPath).flatMap((el) => {
    const value = el.tagName === 'meta' ? attr(el, 'content') : (attr(el, 'href') ?? attr(el, 'src'));
    return value && (el.tagName !== 'meta' || value.startsWith(site.url)) ? [value] : [];
  });
}

describe('every link to this site and every #anchor resolves in out/', () => {
  for (const page of pages) {
    test(page, () => {
      const broken: string[] = [];
      for (const value of urlsOn(page)) {
        if (/^(mailto|tel|data|blob|javascript):/.test(value)) continue;
        const url = new URL(value, `${site.url}${page}`);
        if (url.origin !== site.url) continue; // another site's page
        const target = url.pathname === page ? page : url.pathname;
        if (!fileFor(target)) broken.push(`${value}: no file in out/`);
        else if (url.hash && fileFor(target)!.endsWith('.html') && !idsOn(target).has(decodeURIComponent(url.hash.slice(1)))) broken.push(`${value}: no id "${url.hash.slice(1)}" on ${target}`);
      }
      expect(broken).toEqual([]);
    });
  }
});

test('links to other sites never pass on the opener or the referrer', () => {
  const bad: string[] = [];
  for (const page of pages) {
    for (const a of elements(page).filter((el) => el.tagName === 'a')) {
      const href = attr(a, 'href') ?? '';
      if (!/^https?:/.test(href) || new URL(href).origin === site.url) continue;
      const rel = (attr(a, 'rel') ?? '').split(/\s+/);
      if (!rel.includes('noopener') || !rel.includes('noreferrer')) bad.push(`${page}: <a href="${href}" rel="${attr(a, 'rel') ?? ''}">`);
    }
  }
  expect(bad).toEqual([]);
});

test('the pages link to some other sites at all (so the check above checks something)', () => {
  const external = pages.flatMap((page) => elements(page).filter((el) => el.tagName === 'a' && /^https?:/.test(attr(el, 'href') ?? '') && !attr(el, 'href')!.startsWith(site.url)));
  expect(external.length).toBeGreaterThan(0);
});
